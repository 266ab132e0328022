// The in-process path. Kept on globalThis because Next bundles each route
// separately, and a module-level emitter could exist once per route bundle.
import { EventEmitter } from "node:events";
import type { ChangeEvent } from "./change-event";

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

export function emitLocalChange(event: ChangeEvent): void {
  bus().emit("change", event);
}

export function onLocalChange(listener: (event: ChangeEvent) => void): () => void {
  bus().on("change", listener);
  return () => bus().off("change", listener);
}
