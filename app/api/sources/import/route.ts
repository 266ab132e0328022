import { requireRequestAccess } from "@/lib/auth/request-access";
import { MAX_UPLOAD_BYTES } from "@/lib/corpus/decode-upload";
import { db } from "@/lib/db/client";
import { AppError, BODY_LIMITS, errorResponse, parseInput, readBoundedForm, refuseForeignWrite } from "@/lib/http";
import { importUpload } from "@/lib/sources/import-upload";
import { importUploadFields, importUploadSchema } from "@/lib/sources/import-upload-schema";

// The import is the one write that takes megabytes, so it has its own route and
// limit instead of raising the limit of every server action (next.config.js).

const tooLarge = `The file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB, the limit for an import.`;

/** A multipart upload of the import form; answers ImportedUpload, or the error with the form's field errors. */
export async function POST(request: Request): Promise<Response> {
  try {
    refuseForeignWrite(request);
    const actor = await requireRequestAccess();
    const form = await readBoundedForm(request, BODY_LIMITS.import).catch((error: unknown) => {
      throw error instanceof AppError && error.code === "body_too_large" ? new AppError("body_too_large", tooLarge, { file: [tooLarge] }) : error;
    });
    return Response.json(await importUpload({ db: db(), actor, input: parseInput(importUploadSchema, importUploadFields(form)) }));
  } catch (error) {
    return errorResponse(error);
  }
}
