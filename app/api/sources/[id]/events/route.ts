import { readableSource } from "@/lib/annotations/source-access";
import { annotationsHub } from "@/lib/annotations/live-hub";
import { clientAddress } from "@/lib/auth/client-address";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { errorResponse } from "@/lib/http";
import { eventStreamResponse } from "@/lib/live/event-stream";

// A stream per request, never cached or prerendered.
export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * text/event-stream of LiveEventDto for one source; each event is checked against
 * the reader's rights. Last-Event-ID (or ?lastEventId= for a fresh EventSource)
 * replays the changes after it.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  try {
    const access = await getRequestAccess();
    await readableSource(db(), access, id);
    // The projector resolves the viewer's access again for each change (a stream outlives a membership).
    const viewer = access === null ? null : { id: access.userId };
    return await eventStreamResponse({
      hub: annotationsHub(db()),
      sourceId: id,
      viewer,
      viewerKey: viewer?.id ?? "",
      lastEventId: request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId"),
      owner: { userId: viewer?.id ?? null, address: clientAddress(request.headers) },
      signal: request.signal,
    });
  } catch (error) {
    return errorResponse(error);
  }
}
