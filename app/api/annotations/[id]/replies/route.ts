import { createReply } from "@/lib/annotations/create-reply";
import { listReplies } from "@/lib/annotations/list-replies";
import { readJson, respond } from "@/lib/annotations/respond";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(async () => ({ replies: await listReplies({ db: db(), actor: await getRequestAccess(), annotationId: id }) }));
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(
    async () => createReply({ db: db(), actor: await getRequestAccess(), annotationId: id, input: await readJson(request) }),
    201,
  );
}
