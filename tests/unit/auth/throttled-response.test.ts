import { describe, expect, it } from "vitest";
import { tooManyWhenThrottled } from "@/lib/auth/throttled-response";

// next-auth answers a refused credentials sign-in with 401 and { url }.
const nextAuthAnswer = (url: string, status = 401) => Response.json({ url }, { status, headers: { "set-cookie": "a=b" } });

describe("throttled sign-in answers", () => {
  it("turn into 429 with Retry-After, keeping the body next-auth's client reads", async () => {
    const answer = await tooManyWhenThrottled(nextAuthAnswer("http://127.0.0.1:3000/sign-in?error=Throttled%3A15&provider=credentials"));
    expect(answer.status).toBe(429);
    expect(answer.headers.get("Retry-After")).toBe("900");
    expect(answer.headers.get("set-cookie")).toBe("a=b");
    expect(await answer.json()).toEqual({ url: "http://127.0.0.1:3000/sign-in?error=Throttled%3A15&provider=credentials" });
  });

  it("leave a wrong password, a success and a redirect as they were", async () => {
    const wrong = await tooManyWhenThrottled(nextAuthAnswer("http://127.0.0.1:3000/sign-in?error=CredentialsSignin"));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("Retry-After")).toBeNull();
    expect((await tooManyWhenThrottled(nextAuthAnswer("http://127.0.0.1:3000/", 200))).status).toBe(200);
    const redirect = new Response(null, { status: 302, headers: { location: "/sign-in?error=Throttled%3A3" } });
    expect(await tooManyWhenThrottled(redirect)).toBe(redirect);
  });
});
