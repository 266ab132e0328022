import { createLink } from "@/lib/annotations/create-link";
import { requireRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { BODY_LIMITS, jsonRoute } from "@/lib/http";

interface Context {
  params: Promise<{ id: string }>;
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return jsonRoute({ request, caller: requireRequestAccess, bodyLimit: BODY_LIMITS.link, status: 201 }, (caller, input) =>
    createLink({ db: db(), actor: caller, fromId: id, input }),
  );
}
