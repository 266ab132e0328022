import { createReply } from "@/lib/annotations/create-reply";
import { listReplies } from "@/lib/annotations/list-replies";
import { getRequestAccess, requireAnnotationWriter } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { BODY_LIMITS, jsonRoute } from "@/lib/http";

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
  return jsonRoute({ request, caller: requireAnnotationWriter, bodyLimit: BODY_LIMITS.reply, status: 201 }, (caller, input) =>
    createReply({ db: db(), actor: caller, annotationId: id, input }),
  );
}
