import { describe, expect, it } from "vitest";
import { describeServerExit, listenHost } from "@/scripts/lib/server-exit";

describe("npm start's report of its server's end", () => {
  it("exits non-zero and says why when the server dies from a signal or fails", () => {
    expect(describeServerExit(null, "SIGKILL", false)).toEqual({ code: 137, message: "The server was killed by SIGKILL; Palimpsest stopped." });
    expect(describeServerExit(null, "SIGTERM", false).code).toBe(143);
    expect(describeServerExit(1, null, false)).toEqual({ code: 1, message: "The server exited with code 1; Palimpsest stopped." });
    expect(describeServerExit(0, null, false).code).toBe(1);
  });

  it("exits 0 when it was asked to stop", () => {
    expect(describeServerExit(null, "SIGTERM", true)).toEqual({ code: 0, message: "Palimpsest stopped." });
  });
});

describe("where npm start listens", () => {
  it("binds the embedded database's app to 127.0.0.1 unless HOST says otherwise", () => {
    expect(listenHost({ NODE_ENV: "test" }, true)).toBe("127.0.0.1");
    expect(listenHost({ NODE_ENV: "test", HOST: "0.0.0.0" }, true)).toBe("0.0.0.0");
    expect(listenHost({ NODE_ENV: "test" }, false)).toBeNull();
    expect(listenHost({ NODE_ENV: "test", HOST: " " }, false)).toBeNull();
  });
});
