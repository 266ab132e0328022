import { errorResponse } from "@/lib/http";
import { readableSource } from "@/lib/annotations/source-access";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { eventStreamResponse } from "@/lib/live/event-stream";
import { liveHub } from "@/lib/live/hub";

// A stream per request, never cached or prerendered.
export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string }>;
}

/** text/event-stream of LiveEventDto for one source; each event is checked against the reader's rights. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  try {
    const access = await getRequestAccess();
    await readableSource(db(), access, id);
    const viewer = access === null ? null : { id: access.userId };
    return await eventStreamResponse({ hub: liveHub(db()), sourceId: id, viewer, signal: request.signal });
  } catch (error) {
    return errorResponse(error);
  }
}
