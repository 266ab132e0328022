import { listRevisions } from "@/lib/annotations/list-revisions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { jsonRoute } from "@/lib/http";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return jsonRoute({ request, caller: getSessionUser }, (caller) => listRevisions({ db: db(), caller, annotationId: id, query }));
}
