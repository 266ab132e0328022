// How `npm start` reports the end of its `next start` child: a server that dies
// from a signal (the OOM killer's SIGKILL, say) or exits non-zero makes npm start
// exit non-zero too, with a line saying why.
import os from "node:os";

export interface ServerExit {
  code: number;
  message: string;
}

export function describeServerExit(code: number | null, signal: NodeJS.Signals | null, stopping: boolean): ServerExit {
  if (stopping) return { code: 0, message: "Palimpsest stopped." };
  if (signal !== null) {
    const number = os.constants.signals[signal] ?? 0;
    return { code: 128 + number, message: `The server was killed by ${signal}; Palimpsest stopped.` };
  }
  if (code !== null && code !== 0) return { code, message: `The server exited with code ${code}; Palimpsest stopped.` };
  return { code: 1, message: "The server exited on its own; Palimpsest stopped." };
}

/** Where to listen: HOST when set; else 127.0.0.1 on the embedded database, every interface on a server. */
export function listenHost(env: NodeJS.ProcessEnv, embedded: boolean): string | null {
  const host = env.HOST?.trim();
  if (host !== undefined && host !== "") return host;
  return embedded ? "127.0.0.1" : null;
}
