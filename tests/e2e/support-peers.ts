import http from "node:http";
import net from "node:net";

// Requests from other loopback addresses (127.0.0.0/8 all reach the server), so one
// machine can play an attacker whose socket address differs from the browser's.

const port = Number(process.env.E2E_PORT ?? "3100");

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(from: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, localAddress: from, method, path, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body, "latin1");
    req.end();
  });
}

export interface SignInAnswer {
  status: number;
  retryAfter: string | undefined;
  /** The code the sign-in page would get ("CredentialsSignin", "Throttled:15"); null when signed in. */
  error: string | null;
}

/**
 * One sign-in attempt through next-auth's credentials callback, as the sign-in
 * form makes it, from the loopback address `from`.
 */
export async function attemptFrom(from: string, email: string, password: string, forwardedFor?: string): Promise<SignInAnswer> {
  const extra: Record<string, string> = forwardedFor === undefined ? {} : { "X-Forwarded-For": forwardedFor };
  const csrf = await request(from, "GET", "/api/auth/csrf", extra);
  const token = (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken;
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const form = new URLSearchParams({ email, password, csrfToken: token, json: "true" }).toString();
  const answer = await request(from, "POST", "/api/auth/callback/credentials", {
    ...extra,
    Cookie: cookie,
    "Content-Type": "application/x-www-form-urlencoded",
    "Content-Length": String(Buffer.byteLength(form)),
  }, form);
  const url = (JSON.parse(answer.body) as { url: string }).url;
  const retryAfter = answer.headers["retry-after"];
  return { status: answer.status, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, error: new URL(url).searchParams.get("error") };
}

/** The error code of one attempt (see attemptFrom). */
export async function signInFrom(from: string, email: string, password: string, forwardedFor?: string): Promise<string | null> {
  return (await attemptFrom(from, email, password, forwardedFor)).error;
}

/**
 * A forward proxy for a browser context (Playwright's `proxy` option) that
 * reaches the app from the loopback address `from`, so that context's traffic
 * has its own socket address.
 */
export async function proxyFrom(from: string): Promise<{ server: string; close(): Promise<void> }> {
  const proxy = http.createServer((req, res) => {
    const target = new URL(req.url ?? "/");
    const upstream = http.request(
      { host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: req.method, headers: req.headers, localAddress: from },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  // Playwright's API requests (context.request) tunnel through CONNECT even for http.
  proxy.on("connect", (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const [host = "127.0.0.1", port = "80"] = (req.url ?? "").split(":");
    const upstream = net.connect({ host, port: Number(port), localAddress: from }, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  // A proxy left open for the rest of the run must not keep the test worker alive.
  proxy.unref();
  const address = proxy.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    server: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      proxy.closeAllConnections();
      proxy.close(() => resolve());
    }),
  };
}

/** Sends a request the browser made (a server action's POST, say) again, from `from`. */
export async function replayFrom(from: string, path: string, headers: Record<string, string>, body: Buffer): Promise<number> {
  const sent = Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith(":")));
  const answer = await request(from, "POST", path, { ...sent, "content-length": String(body.length) }, body.toString("latin1"));
  return answer.status;
}
