import type { ActionResult, ActionState } from "@/lib/http/action-result";
import type { ImportedUpload } from "@/lib/sources/import-upload";

/**
 * Sends the import form to its route (app/api/sources/import) and hands the answer
 * back in the shape the form's useActionState expects, field errors included.
 */
export async function postImport(_previous: ActionState<ImportedUpload>, form: FormData): Promise<ActionResult<ImportedUpload>> {
  let response: Response;
  try {
    response = await fetch("/api/sources/import", { method: "POST", body: form });
  } catch {
    return { ok: false, status: 0, code: "network", message: "The upload did not reach the server. Check the connection and try again." };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: json as ImportedUpload };
  const error = typeof json === "object" && json !== null && "error" in json ? (json.error as { code?: string; message?: string; fieldErrors?: Record<string, string[]> }) : {};
  return {
    ok: false,
    status: response.status,
    code: error.code ?? "internal",
    message: error.message ?? "The import failed on the server; please try again.",
    ...(error.fieldErrors === undefined ? {} : { fieldErrors: error.fieldErrors }),
  };
}
