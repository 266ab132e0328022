import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { readJson, respond } from "@/lib/annotations/respond";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { limitAnnotationWrites } from "@/lib/annotations/write-limit";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(async () => getAnnotation({ db: db(), actor: await getRequestAccess(), id }));
}

/** 409 with ConflictDto when `version` is not the current one. */
export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(async () => {
    const actor = await getRequestAccess();
    await limitAnnotationWrites(actor);
    return updateAnnotation({ db: db(), actor, id, input: await readJson(request) });
  });
}

/** Soft delete; POST ./restore undoes it. */
export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(async () => deleteAnnotation({ db: db(), actor: await getRequestAccess(), id }));
}
