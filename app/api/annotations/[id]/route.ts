import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { readJson, respond } from "@/lib/annotations/respond";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { limitAnnotationWrites } from "@/lib/annotations/write-limit";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(async () => getAnnotation({ db: db(), caller: await getSessionUser(), id }));
}

/** 409 with ConflictDto when `version` is not the current one. */
export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(async () => {
    const caller = await getSessionUser();
    await limitAnnotationWrites(caller);
    return updateAnnotation({ db: db(), caller, id, input: await readJson(request) });
  });
}

/** Soft delete; POST ./restore undoes it. */
export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(async () => deleteAnnotation({ db: db(), caller: await getSessionUser(), id }));
}
