import { createLink } from "@/lib/annotations/create-link";
import { readJson, respond } from "@/lib/annotations/respond";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";

interface Context {
  params: Promise<{ id: string }>;
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(
    async () => createLink({ db: db(), actor: await getRequestAccess(), fromId: id, input: await readJson(request) }),
    201,
  );
}
