import { createReply } from "@/lib/annotations/create-reply";
import { listReplies } from "@/lib/annotations/list-replies";
import { readJson, respond } from "@/lib/annotations/respond";
import { limitAnnotationWrites } from "@/lib/annotations/write-limit";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return respond(async () => listReplies({ db: db(), actor: await getRequestAccess(), annotationId: id, query }));
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(
    async () => {
      const actor = await getRequestAccess();
      await limitAnnotationWrites(actor);
      return createReply({ db: db(), actor, annotationId: id, input: await readJson(request) });
    },
    201,
  );
}
