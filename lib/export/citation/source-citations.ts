import { readFileSync } from "node:fs";
import path from "node:path";
import CSL from "citeproc";
import type { ExportSource } from "../row";
import { type CslItem, cslItem } from "./csl-item";
import { htmlSegments, type Segment } from "./segments";

// The style and locale are the CSL project's own files, kept in lib/export/csl
// (CC BY-SA 3.0, see the README there): Chicago notes and bibliography, 18th edition.
// Read from the project folder, as the app, the CLI and the tests all run there
// (a bundled module has no reliable import.meta.url to resolve it by).
const CSL_DIR = path.join(process.cwd(), "lib", "export", "csl");
type Items = ReadonlyMap<string, CslItem>;

// Building an engine parses and compiles the 240 KB style: seconds of CPU. One
// engine serves the process; each export hands it its own items before every
// (synchronous) call, so exports running side by side never see each other's sources.
let shared: { engine: InstanceType<typeof CSL.Engine>; items: Items } | undefined;

function engineFor(items: Items): InstanceType<typeof CSL.Engine> {
  if (shared === undefined) {
    const style = readFileSync(path.join(CSL_DIR, "chicago-notes-bibliography.csl"), "utf8");
    const locale = readFileSync(path.join(CSL_DIR, "locales-en-US.xml"), "utf8");
    const state: { engine?: InstanceType<typeof CSL.Engine>; items: Items } = { items };
    const engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: (id) => state.items.get(id) }, style, "en-US", true);
    engine.setOutputFormat("html");
    shared = Object.assign(state, { engine });
  }
  shared.items = items;
  shared.engine.updateItems([...items.keys()]);
  return shared.engine;
}

/** Compiles the style now, so the first export does not block the event loop for it. */
export function warmCitationEngine(): void {
  engineFor(new Map());
}

/**
 * Citations of the sources an export meets, formatted by citeproc-js: a full note
 * for each excerpt (the same for every excerpt of a source, so computed once) and
 * the bibliography of all of them at the end.
 */
export class SourceCitations {
  readonly #items = new Map<string, CslItem>();
  readonly #notes = new Map<string, Segment[]>();

  /** The source's full note citation, as runs of text. */
  note(source: ExportSource): Segment[] {
    const known = this.#notes.get(source.id);
    if (known !== undefined) return known;
    this.#items.set(source.id, cslItem(source));
    const note = htmlSegments(engineFor(this.#items).makeCitationCluster([{ id: source.id }]));
    this.#notes.set(source.id, note);
    return note;
  }

  /** Bibliography entries of every source met, in the style's order. */
  bibliography(): Segment[][] {
    if (this.#items.size === 0) return [];
    const made = engineFor(this.#items).makeBibliography();
    return made === false ? [] : made[1].map(htmlSegments);
  }
}
