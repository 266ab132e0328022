// Password authentication in front of the embedded database. pglite-socket 0.2.17
// has no authentication at all: it hands the startup message to PGlite, which
// answers AuthenticationOk to any user. So PGlite listens on a Unix socket in a
// private folder (mode 0700) and this TCP front on 127.0.0.1 asks each client for
// the data folder's password (Postgres' MD5 challenge, which pg and psql speak)
// before passing its bytes through. Anyone who can read the password file (mode
// 0600) could connect anyway, and so could they open the data folder itself.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import net from "node:net";

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
/** A client that has not authenticated by then is cut off. */
const HANDSHAKE_TIMEOUT_MS = 10_000;

export const EMBEDDED_USER = "postgres";

export interface AuthFront {
  port: number;
  close(): Promise<void>;
}

function md5(text: string | Buffer): string {
  return createHash("md5").update(text).digest("hex");
}

/** What an MD5-authenticating client sends: "md5" + md5(md5(password + user) + salt). */
function md5Response(password: string, user: string, salt: Buffer): string {
  return `md5${md5(Buffer.concat([Buffer.from(md5(password + user)), salt]))}`;
}

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function authFailed(user: string): Buffer {
  const fields = ["SFATAL", "VFATAL", "C28P01", `Mpassword authentication failed for user "${user}"`];
  return message("E", Buffer.concat([...fields.map((f) => Buffer.from(`${f}\0`)), Buffer.from([0])]));
}

function startupUser(startup: Buffer): string {
  const parts = startup.subarray(8).toString("utf8").split("\0");
  for (let i = 0; i + 1 < parts.length; i += 2) if (parts[i] === "user") return parts[i + 1] ?? "";
  return "";
}

function handle(client: net.Socket, password: string, innerPath: string): void {
  let buffer = Buffer.alloc(0);
  let startup: Buffer | null = null;
  let user = "";
  const salt = randomBytes(4);
  const timer = setTimeout(() => client.destroy(), HANDSHAKE_TIMEOUT_MS);
  client.on("error", () => client.destroy());

  const onData = (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (startup === null && buffer.length >= 8) {
      const length = buffer.readInt32BE(0);
      const code = buffer.readInt32BE(4);
      if (length === 8 && code === SSL_REQUEST) {
        client.write("N");
        buffer = buffer.subarray(8);
        continue;
      }
      if (code === CANCEL_REQUEST || code !== PROTOCOL_3 || length > 10_000) {
        client.destroy();
        return;
      }
      if (buffer.length < length) return;
      startup = buffer.subarray(0, length);
      buffer = buffer.subarray(length);
      user = startupUser(startup);
      const request = Buffer.alloc(8);
      request.writeInt32BE(5, 0); // AuthenticationMD5Password
      salt.copy(request, 4);
      client.write(message("R", request.subarray(0, 8)));
    }
    if (startup === null || buffer.length < 5) return;
    if (buffer.toString("latin1", 0, 1) !== "p") {
      client.destroy();
      return;
    }
    const length = buffer.readInt32BE(1);
    if (buffer.length < 1 + length) return;
    const given = Buffer.from(buffer.subarray(5, 1 + length).toString("utf8").replace(/\0$/, ""));
    const rest = buffer.subarray(1 + length);
    const expected = Buffer.from(md5Response(password, user, salt));
    client.off("data", onData);
    clearTimeout(timer);
    if (user !== EMBEDDED_USER || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      client.end(authFailed(user));
      return;
    }
    // Authenticated: PGlite answers the startup message itself (AuthenticationOk and the rest).
    const inner = net.connect(innerPath);
    inner.on("error", () => client.destroy());
    client.on("close", () => inner.destroy());
    inner.on("close", () => client.destroy());
    inner.write(startup);
    if (rest.length > 0) inner.write(rest);
    client.pipe(inner);
    inner.pipe(client);
  };
  client.on("data", onData);
}

/** Listens on 127.0.0.1:`port` (0 picks one) and passes authenticated clients to `innerPath`. */
export async function startAuthFront(options: { password: string; innerPath: string; port: number }): Promise<AuthFront> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    handle(socket, options.password, options.innerPath);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
