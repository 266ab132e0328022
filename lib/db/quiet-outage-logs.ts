// Next.js logs every failed page render with its stack. During a database outage
// that is one Prisma stack per request; this turns them into the outage's one line
// (lib/db/outage.ts). Other errors are logged as before.
import { isConnectionError } from "./connection-error";
import { reportOutage } from "./outage";

const KEY = Symbol.for("palimpsest.db.quiet-outage-logs");
const globalWithFlag: typeof globalThis & { [KEY]?: boolean } = globalThis;

export function quietOutageLogs(): void {
  if (globalWithFlag[KEY] === true) return;
  globalWithFlag[KEY] = true;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const outage = args.find((arg) => isConnectionError(arg));
    if (outage === undefined) original(...args);
    else reportOutage(outage, original);
  };
}
