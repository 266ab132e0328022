import { createReply } from "@/lib/annotations/create-reply";
import { listReplies } from "@/lib/annotations/list-replies";
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
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return jsonRoute({ request, caller: getRequestAccess }, (caller) => listReplies({ db: db(), actor: caller, annotationId: id, query }));
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return jsonRoute({ request, caller: writer, bodyLimit: BODY_LIMITS.reply, status: 201 }, (caller, input) =>
    createReply({ db: db(), actor: caller, annotationId: id, input }),
  );
}
