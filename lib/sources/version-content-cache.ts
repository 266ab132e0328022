import type { Block, Mark, Section } from "@/lib/corpus/types";
import type { ReaderCitation } from "./types";

// A stored version's text and structure never change under its id (a new import
// makes a new version), and its citations are fixed once parsed, so the reader need
// not read and parse them again on every request: on the 280 KB source that read was
// most of the page's database time. Bounded by the texts' total length; the least
// recently read version goes first.

export interface VersionContent {
  text: string;
  blocks: Block[];
  marks: Mark[];
  sections: Section[];
  citations: ReaderCitation[];
}

export class VersionContentCache {
  private readonly entries = new Map<string, VersionContent>();
  private size = 0;

  /** `budget`: the most text characters kept, over all versions. */
  constructor(private readonly budget: number) {}

  get(versionId: string): VersionContent | undefined {
    const hit = this.entries.get(versionId);
    if (hit === undefined) return undefined;
    this.entries.delete(versionId);
    this.entries.set(versionId, hit);
    return hit;
  }

  set(versionId: string, content: VersionContent): void {
    if (content.text.length > this.budget) return;
    const old = this.entries.get(versionId);
    if (old !== undefined) {
      this.size -= old.text.length;
      this.entries.delete(versionId);
    }
    this.entries.set(versionId, content);
    this.size += content.text.length;
    for (const [id, entry] of this.entries) {
      if (this.size <= this.budget) break;
      this.entries.delete(id);
      this.size -= entry.text.length;
    }
  }
}
