import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/app-error";
import { fileRoute, siteOrigin } from "@/lib/http/file-route";

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield new TextEncoder().encode(p);
}

describe("fileRoute", () => {
  it("streams the file with its type, an RFC 6266 name and extra headers", async () => {
    const response = await fileRoute(async () => "caller", async (caller) => ({
      fileName: "процессы-2026-12-02.md",
      contentType: "text/markdown; charset=utf-8",
      body: chunks("# ", caller),
      headers: { "X-Export-Count": "2" },
    }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="________-2026-12-02.md"; filename*=UTF-8''${encodeURIComponent("процессы-2026-12-02.md")}`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-export-count")).toBe("2");
    expect(await response.text()).toBe("# caller");
  });

  it("answers a refusal as the JSON error every route gives", async () => {
    const response = await fileRoute(async () => null, async () => {
      throw new AppError("not_found", "Source not found.");
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found", message: "Source not found." } });
  });

  it("takes the site's address from NEXTAUTH_URL when set", () => {
    const request = new Request("http://10.0.0.5:3000/api/export");
    const saved = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = "https://palimpsest.example/";
    expect(siteOrigin(request)).toBe("https://palimpsest.example");
    delete process.env.NEXTAUTH_URL;
    expect(siteOrigin(request)).toBe("http://10.0.0.5:3000");
    if (saved !== undefined) process.env.NEXTAUTH_URL = saved;
  });
});
