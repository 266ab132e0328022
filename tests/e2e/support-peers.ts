import http from "node:http";

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
    if (body !== undefined) req.write(body);
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
