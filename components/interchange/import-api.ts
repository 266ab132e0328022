// The browser's call to the annotation import (POST /api/sources/:id/annotations/import).
import type { ImportAnnotationsInput } from "@/lib/interchange/import/schemas";
import type { ImportReport } from "@/lib/interchange/import/import-annotations";

export type ImportResult = { ok: true; report: ImportReport } | { ok: false; message: string; problems: string[] };

export async function postImport(sourceId: string, input: Omit<ImportAnnotationsInput, "includeDoubtful"> & { includeDoubtful?: boolean }): Promise<ImportResult> {
  let response: Response;
  try {
    response = await fetch(`/api/sources/${encodeURIComponent(sourceId)}/annotations/import`, {
      method: "POST",
      headers: { accept: "application/json", "content-type": "application/json" },
      body: JSON.stringify(input),
      cache: "no-store",
    });
  } catch {
    return { ok: false, message: "The server could not be reached. Check the connection and try again.", problems: [] };
  }
  const json = (await response.json().catch(() => null)) as { error?: { message?: string; fieldErrors?: Record<string, string[]> } } | ImportReport | null;
  if (response.ok && json !== null) return { ok: true, report: json as ImportReport };
  const error = json !== null && "error" in json ? json.error : undefined;
  return { ok: false, message: error?.message ?? `The import failed (${response.status}).`, problems: error?.fieldErrors?.document ?? [] };
}
