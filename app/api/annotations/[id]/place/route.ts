import { placeAnnotation } from "@/lib/annotations/place-annotation";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { BODY_LIMITS, jsonRoute } from "@/lib/http";

interface Context {
  params: Promise<{ id: string }>;
}

/** "Place again" on an orphan: body { version, versionId, start, end, exact }. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return jsonRoute({ request, caller: getRequestAccess, bodyLimit: BODY_LIMITS.place }, (caller, body) =>
    placeAnnotation({ db: db(), actor: caller, id, input: body }),
  );
}
