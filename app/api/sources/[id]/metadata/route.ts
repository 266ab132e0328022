import { getRequestAccess, requireRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { BODY_LIMITS, jsonRoute } from "@/lib/http";
import { listMetadataRevisions } from "@/lib/sources/list-metadata-revisions";
import { updateSourceMetadata } from "@/lib/sources/update-source-metadata";

interface Context {
  params: Promise<{ id: string }>;
}

/** The history of the source's metadata: `{ revisions }`, newest first. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return jsonRoute({ request, caller: getRequestAccess }, async (caller) => ({ revisions: await listMetadataRevisions({ db: db(), actor: caller, sourceId: id }) }));
}

/** Changes the fields sent (UpdateSourceMetadataInput); answers the revision written, or null when nothing changed. */
export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return jsonRoute({ request, caller: requireRequestAccess, bodyLimit: BODY_LIMITS.sourceMetadata }, (caller, input) =>
    updateSourceMetadata({ db: db(), actor: caller, sourceId: id, input }),
  );
}
