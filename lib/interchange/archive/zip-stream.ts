import { Zip, ZipDeflate } from "fflate";

/**
 * A zip written entry after entry with fflate: `entry` streams one file's chunks in,
 * and the archive's bytes come out as they are made, so no file is held whole.
 */
export class ZipStream {
  private readonly zip: Zip;
  private out: Uint8Array[] = [];
  private failure: Error | null = null;

  constructor() {
    this.zip = new Zip((error, chunk) => {
      if (error !== null) this.failure = error;
      else this.out.push(chunk);
    });
  }

  private take(): Uint8Array[] {
    if (this.failure !== null) throw this.failure;
    const chunks = this.out;
    this.out = [];
    return chunks;
  }

  async *entry(name: string, chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
    const file = new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    const encoder = new TextEncoder();
    for await (const chunk of chunks) {
      file.push(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
      yield* this.take();
    }
    file.push(new Uint8Array(0), true);
    yield* this.take();
  }

  *end(): Generator<Uint8Array> {
    this.zip.end();
    yield* this.take();
  }
}
