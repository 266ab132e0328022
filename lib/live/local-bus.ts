// The in-process wake-up: "the change log has something new". Kept on globalThis
// because Next bundles each route separately, and a module-level emitter could
// exist once per route bundle.
import { EventEmitter } from "node:events";

const KEY = Symbol.for("palimpsest.live.local-bus");
const globalWithBus: typeof globalThis & { [KEY]?: EventEmitter } = globalThis;

function bus(): EventEmitter {
  let emitter = globalWithBus[KEY];
  if (emitter === undefined) {
    emitter = new EventEmitter();
    // One listener per live hub, not per browser; tests make several hubs.
    emitter.setMaxListeners(100);
    globalWithBus[KEY] = emitter;
  }
  return emitter;
}

export function emitLocalChange(): void {
  bus().emit("change");
}

export function onLocalChange(listener: () => void): () => void {
  bus().on("change", listener);
  return () => bus().off("change", listener);
}
