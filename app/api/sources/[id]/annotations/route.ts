import { createAnnotation } from "@/lib/annotations/create-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { getRequestAccess, requireAnnotationWriter } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { BODY_LIMITS, jsonRoute } from "@/lib/http";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const filters = Object.fromEntries(new URL(request.url).searchParams);
  return jsonRoute({ request, caller: getRequestAccess }, (caller) => listAnnotations({ db: db(), actor: caller, sourceId: id, filters }));
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return jsonRoute({ request, caller: requireAnnotationWriter, bodyLimit: BODY_LIMITS.annotation, status: 201 }, (caller, input) =>
    createAnnotation({ db: db(), actor: caller, sourceId: id, input }),
  );
}
