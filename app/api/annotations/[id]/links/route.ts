import { createLink } from "@/lib/annotations/create-link";
import { requireSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { BODY_LIMITS, jsonRoute } from "@/lib/http";

interface Context {
  params: Promise<{ id: string }>;
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return jsonRoute({ request, caller: requireSessionUser, bodyLimit: BODY_LIMITS.link, status: 201 }, (caller, input) =>
    createLink({ db: db(), caller, fromId: id, input }),
  );
}
