// A claim's chain: what answers it (rebuttals, archival findings, supports), what
// answers those, and so on, as a tree for the board. Pure.
import type { ArgumentLabel } from "./status";
import { ATTACK_KINDS, SUPPORT_KINDS } from "./status";
import type { BoardAnnotation, BoardLink, ChainEntry } from "./types";

/** The kinds a chain follows: attacks and supports, the ones the status reads. */
export const CHAIN_KINDS = [...ATTACK_KINDS, ...SUPPORT_KINDS];

/** Deep enough for any argument people draw by hand; a longer one is cut, not lost (the status still sees it). */
export const CHAIN_DEPTH = 6;

export interface ChainIndex {
  annotations: ReadonlyMap<string, BoardAnnotation>;
  /** Chain links by the annotation they answer. */
  answersTo: ReadonlyMap<string, BoardLink[]>;
  labels: ReadonlyMap<string, ArgumentLabel>;
}

export function chainIndex(annotations: readonly BoardAnnotation[], links: readonly BoardLink[], labels: ReadonlyMap<string, ArgumentLabel>): ChainIndex {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const answersTo = new Map<string, BoardLink[]>();
  const kinds = new Set<string>(CHAIN_KINDS);
  for (const link of links) {
    if (!kinds.has(link.kind) || !byId.has(link.fromId) || !byId.has(link.toId)) continue;
    answersTo.set(link.toId, [...(answersTo.get(link.toId) ?? []), link]);
  }
  return { annotations: byId, answersTo, labels };
}

/** The tree of answers to `claimId`; a cycle ends in an entry marked `repeated`. */
export function chainOf(index: ChainIndex, claimId: string): ChainEntry[] {
  const walk = (id: string, path: Set<string>, depth: number): ChainEntry[] =>
    (index.answersTo.get(id) ?? []).flatMap((link) => {
      const annotation = index.annotations.get(link.fromId);
      if (annotation === undefined) return [];
      const repeated = path.has(link.fromId);
      const answers = repeated || depth >= CHAIN_DEPTH ? [] : walk(link.fromId, new Set([...path, link.fromId]), depth + 1);
      const label = index.labels.get(link.fromId) ?? "undec";
      return [{ link: { id: link.id, kind: link.kind, note: link.note }, annotation, label, repeated, answers }];
    });
  return walk(claimId, new Set([claimId]), 1);
}
