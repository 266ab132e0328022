import { once } from "node:events";
import { constants, crc32, createDeflateRaw, type DeflateRaw } from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";

/**
 * One zip entry compressed by Node's own zlib (fflate's JavaScript deflate was the
 * archive's bottleneck, about 10 MB/s here), framed by fflate's Zip, which writes the
 * sizes and CRC after the data, so nothing needs to be known in advance.
 */
class NativeDeflateEntry implements ZipInputFile {
  size = 0;
  crc = 0;
  readonly compression = 8;
  ondata?: ZipInputFile["ondata"];
  // Level 1: twice as fast as 6 on the bench, for a zip about a fifth larger (scripts/bench/interchange.ts).
  private readonly deflate: DeflateRaw = createDeflateRaw({ level: 1 });

  constructor(readonly filename: string) {
    // A copy: fflate types its chunks as plain ArrayBuffer views, Node may hand out pooled ones.
    this.deflate.on("data", (chunk: Buffer) => this.ondata?.(null, new Uint8Array(chunk), false));
  }

  async push(chunk: Uint8Array): Promise<void> {
    this.crc = crc32(chunk, this.crc);
    this.size += chunk.byteLength;
    if (!this.deflate.write(chunk)) await once(this.deflate, "drain");
  }

  async finish(): Promise<void> {
    // Flush first so every compressed byte has been handed on before the entry closes.
    await new Promise<void>((resolve) => this.deflate.flush(constants.Z_FINISH, () => resolve()));
    this.deflate.end();
    await once(this.deflate, "end");
    this.ondata?.(null, new Uint8Array(0), true);
  }
}

export interface ZipEntryWriter {
  push(chunk: Uint8Array | string): Promise<void>;
  finish(): Promise<void>;
}

/**
 * A zip written entry after entry: `entry` streams one file's chunks in, and the
 * archive's bytes come out as they are made, so no file is held whole.
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

  /** The archive's bytes made since the last call. */
  take(): Uint8Array[] {
    if (this.failure !== null) throw this.failure;
    const chunks = this.out;
    this.out = [];
    return chunks;
  }

  async *entry(name: string, chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
    const file = this.open(name);
    for await (const chunk of chunks) {
      await file.push(chunk);
      yield* this.take();
    }
    await file.finish();
    yield* this.take();
  }

  /**
   * An entry written to by hand. Several may be open at once: the first opened is
   * written out as it comes, the others' compressed bytes wait (in fflate's Zip)
   * until those before them are finished, then follow in the order opened.
   */
  open(name: string): ZipEntryWriter {
    const file = new NativeDeflateEntry(name);
    this.zip.add(file);
    const encoder = new TextEncoder();
    return {
      push: (chunk) => file.push(typeof chunk === "string" ? encoder.encode(chunk) : chunk),
      finish: () => file.finish(),
    };
  }

  *end(): Generator<Uint8Array> {
    this.zip.end();
    yield* this.take();
  }
}
