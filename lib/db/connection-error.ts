// Whether an error means "the database cannot be reached right now" rather than a
// bug: such errors become a 503 with Retry-After (lib/http) and one log line per
// outage, not a stack per request. They arrive in several wrappings: pg's own
// errors, Node's socket errors, @prisma/adapter-pg's mapped kinds, and Prisma's
// P1xxx codes, nested under `cause`.

// Node socket errors seen when the server is down, restarting or unreachable.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
// SQLSTATE: class 08 (connection exception), 57P01-57P03 (admin shutdown, crash
// shutdown, cannot connect now: starting up or shutting down), 53300 too many connections.
const SQLSTATE = /^(08\d{3}|57P0[123]|53300)$/;
// @prisma/adapter-pg's names for the same failures.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Prisma: P1001 can't reach, P1002 timed out, P1008 operation timed out, P1017 server closed the connection, P2024 pool timeout.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// pg raises these as plain Errors without a code.
const MESSAGES = /Connection terminated|Connection closed|connection timeout|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)/i;

function field(value: object, name: string): unknown {
  return name in value ? (value as Record<string, unknown>)[name] : undefined;
}

/**
 * Node's HTTP server raises ECONNRESET "aborted" when a browser closes its own
 * request: the client left, the database is fine, so it is no outage.
 */
function isClientAbort(value: object): boolean {
  return field(value, "code") === "ECONNRESET" && field(value, "message") === "aborted";
}

function matches(value: object): boolean {
  if (isClientAbort(value)) return false;
  const code = field(value, "code");
  if (typeof code === "string" && (SOCKET_CODES.has(code) || SQLSTATE.test(code) || PRISMA_CODES.has(code))) return true;
  for (const name of ["kind", "originalCode"]) {
    const kind = field(value, name);
    if (typeof kind === "string" && (ADAPTER_KINDS.has(kind) || SQLSTATE.test(kind))) return true;
  }
  const message = field(value, "message");
  return typeof message === "string" && MESSAGES.test(message);
}

/** True when `error`, or anything it wraps, is a connection failure. */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  if (matches(error)) return true;
  return ["cause", "meta", "error", "driverAdapterError"].some((name) => isConnectionError(field(error, name), depth + 1));
}

/** A short reason for a log line: the code when there is one, else the first line of the message. */
export function describeConnectionError(error: unknown): string {
  if (typeof error !== "object" || error === null) return "connection closed";
  const code = field(error, "code");
  const message = field(error, "message");
  const text = typeof message === "string" ? (message.split("\n").find((line) => line.trim() !== "") ?? "").trim() : "";
  if (typeof code === "string" && code !== "") return text === "" ? code : `${code}: ${text}`;
  return text === "" ? "connection closed" : text;
}
