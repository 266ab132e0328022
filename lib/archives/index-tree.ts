// The citation index as a tree: archive > fond > opis > delo for archival references,
// "Case files" > case number, and "Published works" > title > volume. Pure: the
// service hands in the citing passages it may show, this groups and counts them.

export interface CitingPassage {
  /** Unique in the index: "t:" + a text citation's id, "a:" + an annotation citation's. */
  id: string;
  origin: "text" | "annotation";
  sourceTitle: string;
  /** The reader at the passage: a ?range= link for a text, ?annotation= for a note. */
  href: string;
  quote: string;
  /** The folio or pages cited here, when given. */
  list: string | null;
}

export interface CitedReference {
  kind: "archival" | "case" | "published";
  archive: string | null;
  fond: string | null;
  opis: string | null;
  delo: string | null;
  title: string | null;
  volume: string | null;
  passage: CitingPassage;
}

export interface IndexNode {
  /** Stable across requests, usable as an HTML id: "ap-rf/f-3/op-24". */
  key: string;
  label: string;
  /** Passages at and under this node. */
  count: number;
  children: IndexNode[];
  passages: CitingPassage[];
}

const NO_ARCHIVE = "Archive not named";

function pathOf(ref: Omit<CitedReference, "passage">): string[] {
  const levels = (pairs: Array<[string, string | null]>) => pairs.filter(([, v]) => v !== null).map(([prefix, v]) => `${prefix}${v}`);
  switch (ref.kind) {
    case "archival":
      return [ref.archive ?? NO_ARCHIVE, ...levels([["f. ", ref.fond], ["op. ", ref.opis], ["d. ", ref.delo]])];
    case "case":
      return ["Case files", ...levels([["No. ", ref.delo], ["vol. ", ref.volume]])];
    case "published":
      return ["Published works", ...levels([["", ref.title], ["vol. ", ref.volume]])];
  }
}

/** The HTML id of the index entry a reference sits in: /archives#c-<key>. */
export function indexKeyOf(ref: Omit<CitedReference, "passage">): string {
  return pathOf(ref).map(slug).join("/");
}

const slug = (label: string) => label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "x";
const byLabel = (a: IndexNode, b: IndexNode) => a.label.localeCompare(b.label, "en", { numeric: true });
// Named archives first, then the unnamed ones, then case files and published works.
const LAST = [NO_ARCHIVE, "Case files", "Published works"];
const topOrder = (a: IndexNode, b: IndexNode) => LAST.indexOf(a.label) - LAST.indexOf(b.label) || byLabel(a, b);

export function buildCitationIndex(refs: readonly CitedReference[]): IndexNode[] {
  const root: IndexNode = { key: "", label: "", count: 0, children: [], passages: [] };
  for (const ref of refs) {
    let node = root;
    node.count++;
    for (const label of pathOf(ref)) {
      let child = node.children.find((c) => c.label === label);
      if (child === undefined) {
        child = { key: node.key === "" ? slug(label) : `${node.key}/${slug(label)}`, label, count: 0, children: [], passages: [] };
        node.children.push(child);
      }
      child.count++;
      node = child;
    }
    node.passages.push(ref.passage);
  }
  const sort = (node: IndexNode) => {
    node.children.sort(byLabel);
    node.children.forEach(sort);
  };
  sort(root);
  return root.children.sort(topOrder);
}
