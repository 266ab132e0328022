// The app's one live hub for annotations (one LISTEN connection per process), kept
// on globalThis because Next bundles each route separately.
import type { Db } from "@/lib/db/client";
import { LiveHub } from "@/lib/live/hub";
import type { LiveEventDto } from "./dto";
import { liveEventForViewer, type LiveViewer } from "./live-event-for-viewer";

type AnnotationsHub = LiveHub<LiveViewer, LiveEventDto>;

const KEY = Symbol.for("palimpsest.live.hub");
const globalWithHub: typeof globalThis & { [KEY]?: AnnotationsHub } = globalThis;

export function annotationsHub(db: Db): AnnotationsHub {
  let hub = globalWithHub[KEY];
  if (hub === undefined) {
    const connectionString = process.env.DATABASE_URL;
    if (connectionString === undefined || connectionString === "") throw new Error("DATABASE_URL is not set.");
    hub = new LiveHub({ db, connectionString, project: liveEventForViewer });
    globalWithHub[KEY] = hub;
  }
  return hub;
}

/** The hub if a stream has started it in this process, for the health check. */
export function startedAnnotationsHub(): AnnotationsHub | undefined {
  return globalWithHub[KEY];
}
