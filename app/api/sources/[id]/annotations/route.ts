import { createAnnotation } from "@/lib/annotations/create-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { limitAnnotationWrites } from "@/lib/annotations/write-limit";
import { getRequestAccess, requireRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { BODY_LIMITS, jsonRoute } from "@/lib/http";

/** A signed-in caller within the write limit, known before any of the body is read. */
async function writer() {
  const caller = await requireRequestAccess();
  await limitAnnotationWrites(caller);
  return caller;
}

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
  return jsonRoute({ request, caller: writer, bodyLimit: BODY_LIMITS.annotation, status: 201 }, (caller, input) =>
    createAnnotation({ db: db(), actor: caller, sourceId: id, input }),
  );
}
