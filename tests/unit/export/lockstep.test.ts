import { describe, expect, it } from "vitest";
import { lane } from "@/lib/export/lockstep";

async function* source(log: string[], n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    log.push(`read ${i}`);
    yield i;
  }
}

describe("lockstep lanes", () => {
  it("hand every item to every writer and read the next only when each has asked for it", async () => {
    const log: string[] = [];
    const lanes = [lane<number>(), lane<number>()];
    const writers = lanes.map(async (l, w) => {
      for await (const item of l.iterable) {
        // The second writer is slower: the source must wait for it.
        await new Promise((r) => setTimeout(r, w === 1 ? 5 : 0));
        log.push(`w${w} ${item}`);
      }
    });
    for await (const item of source(log, 3)) await Promise.all(lanes.map((l) => l.put({ done: false, value: item })));
    await Promise.all(lanes.map((l) => l.put({ done: true, value: undefined })));
    await Promise.all(writers);
    // Never more than one item ahead of the slowest writer.
    for (let i = 1; i < 3; i++) expect(log.indexOf(`read ${i + 1}`) === -1 || log.indexOf(`w1 ${i - 1}`) < log.indexOf(`read ${i + 1}`)).toBe(true);
    expect(log.filter((e) => e.startsWith("w0"))).toEqual(["w0 0", "w0 1", "w0 2"]);
    expect(log.filter((e) => e.startsWith("w1"))).toEqual(["w1 0", "w1 1", "w1 2"]);
  });

  it("stop handing items to a writer that has stopped", async () => {
    const l = lane<number>();
    const writer = (async () => {
      for await (const item of l.iterable) if (item === 1) break;
    })();
    for (let i = 0; i < 5; i++) await l.put({ done: false, value: i });
    await writer;
  });
});
