"use server";

import { requireRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { type ActionResult, type ActionState, parseInput, runAction } from "@/lib/http";
import { type ImportedUpload, importUpload } from "@/lib/sources/import-upload";
import { importUploadFields, importUploadSchema } from "@/lib/sources/import-upload-schema";

export async function importSourceAction(_previous: ActionState<ImportedUpload>, form: FormData): Promise<ActionResult<ImportedUpload>> {
  return runAction(async () => {
    const actor = await requireRequestAccess();
    return importUpload({ db: db(), actor, input: parseInput(importUploadSchema, importUploadFields(form)) });
  });
}
