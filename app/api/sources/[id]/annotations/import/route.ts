import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { BODY_LIMITS, jsonRoute } from "@/lib/http";
import { importAnnotations } from "@/lib/interchange/import/import-annotations";

interface Context {
  params: Promise<{ id: string }>;
}

/** ImportAnnotationsInput -> ImportReport: mode "preview" writes nothing, "commit" writes in one transaction. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return jsonRoute({ request, caller: getRequestAccess, bodyLimit: BODY_LIMITS.annotationImport }, (caller, input) =>
    importAnnotations({ db: db(), actor: caller, sourceId: id, input }),
  );
}
