import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { getRequestAccess, requireAnnotationWriter } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { BODY_LIMITS, jsonRoute } from "@/lib/http";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return jsonRoute({ request, caller: getRequestAccess }, (caller) => getAnnotation({ db: db(), actor: caller, id }));
}

/** 409 with ConflictDto when `version` is not the current one. */
export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return jsonRoute({ request, caller: requireAnnotationWriter, bodyLimit: BODY_LIMITS.annotation }, (caller, input) =>
    updateAnnotation({ db: db(), actor: caller, id, input }),
  );
}

/** Soft delete; POST ./restore undoes it. */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return jsonRoute({ request, caller: getRequestAccess }, (caller) => deleteAnnotation({ db: db(), actor: caller, id }));
}
