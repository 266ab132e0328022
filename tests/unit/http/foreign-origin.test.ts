import { describe, expect, it } from "vitest";
import { isForeignWrite } from "@/lib/http";

const HOST = "palimpsest.example:3000";
const headers = (extra: Record<string, string>) => new Headers({ host: HOST, ...extra });

describe("isForeignWrite", () => {
  it.each([
    // method, headers, foreign?
    ["POST", { origin: `http://${HOST}`, "sec-fetch-site": "same-origin" }, false],
    ["PATCH", { origin: `https://${HOST}` }, false],
    ["DELETE", { "sec-fetch-site": "same-origin" }, false],
    ["POST", { "sec-fetch-site": "none" }, false],
    // Neither header: not a browser, so no victim's cookie to forge with.
    ["POST", {}, false],
    ["DELETE", { origin: "https://evil.example" }, true],
    ["POST", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }, true],
    ["PATCH", { "sec-fetch-site": "cross-site" }, true],
    ["PUT", { "sec-fetch-site": "same-site" }, true],
    ["POST", { origin: "http://palimpsest.example:4000", "sec-fetch-site": "same-site" }, true],
    ["POST", { origin: "null" }, true],
    ["POST", { origin: `http://${HOST}`, "sec-fetch-site": "cross-site" }, true],
    ["POST", { origin: "http://palimpsest.example" }, true],
    // Reads change nothing: a foreign page may embed or fetch them as the browser allows.
    ["GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }, false],
    ["HEAD", { "sec-fetch-site": "cross-site" }, false],
  ] as const)("%s with %j is foreign: %s", (method, extra, foreign) => {
    expect(isForeignWrite(method, headers(extra))).toBe(foreign);
  });

  it("compares with the host a proxy forwarded, as Next's server actions do", () => {
    const forwarded = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "reader.example, 10.0.0.1", origin: "https://reader.example" });
    expect(isForeignWrite("POST", forwarded)).toBe(false);
    forwarded.set("origin", "http://127.0.0.1:3000");
    expect(isForeignWrite("POST", forwarded)).toBe(true);
  });
});
