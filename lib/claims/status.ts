// A claim's status, derived from the link graph, never typed by hand.
//
// The rule is grounded labelling from abstract argumentation (Dung 1995; see
// docs/design-notes.md, "Claim status"). Every annotation is an argument; a `rebuts` or
// `refutes` link is an attack of its `from` on its `to`. As a least fixed point:
//   - IN    when every attacker is OUT (so also when nothing attacks it),
//   - OUT   when some attacker is IN,
//   - UNDEC otherwise: a cycle of attacks, or an attacker that is UNDEC itself.
// An attack therefore counts only while its attacker stands: a rebuttal that was
// itself rebutted stops defeating the claim it answered.
//
// A claim's status reads its label and its links:
//   - refuted:    OUT, and among the IN attackers is an archival finding whose link is `refutes`,
//   - rebutted:   OUT otherwise,
//   - contested:  UNDEC (the attacks go round in a cycle, or hang on one), or IN
//                 although it was attacked (every attack was itself defeated) and
//                 nothing standing supports it,
//   - supported:  IN, and a `supports` or `confirms` link comes from an IN annotation,
//   - unanswered: IN, never attacked, and nothing standing supports it.
import type { Layer, LinkKind } from "@/lib/annotations/dto";

export type ArgumentLabel = "in" | "out" | "undec";

export const CLAIM_STATUSES = ["unanswered", "supported", "contested", "rebutted", "refuted"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  unanswered: "Unanswered",
  supported: "Supported",
  contested: "Contested",
  rebutted: "Rebutted",
  refuted: "Refuted by an archival finding",
};

export interface ArgumentNode {
  id: string;
  layer: Layer;
}

export interface ArgumentLink {
  fromId: string;
  toId: string;
  /** A kind this module does not know (say, one added later) neither attacks nor supports. */
  kind: LinkKind | (string & {});
}

export const ATTACK_KINDS: ReadonlySet<string> = new Set<LinkKind>(["rebuts", "refutes"]);
export const SUPPORT_KINDS: ReadonlySet<string> = new Set<LinkKind>(["supports", "confirms"]);

/** Links grouped by the annotation they point at. */
function incoming(links: readonly ArgumentLink[], kinds: ReadonlySet<string>): Map<string, ArgumentLink[]> {
  const byTarget = new Map<string, ArgumentLink[]>();
  for (const link of links) {
    if (!kinds.has(link.kind)) continue;
    const list = byTarget.get(link.toId);
    if (list === undefined) byTarget.set(link.toId, [link]);
    else list.push(link);
  }
  return byTarget;
}

/**
 * The grounded labelling of every node. Links with an end outside `nodes` are left
 * out (an attacker the reader may not see does not count for them).
 */
export function groundedLabels(nodes: readonly ArgumentNode[], links: readonly ArgumentLink[]): Map<string, ArgumentLabel> {
  const ids = new Set(nodes.map((n) => n.id));
  const attacks = incoming(links.filter((l) => ids.has(l.fromId) && ids.has(l.toId)), ATTACK_KINDS);
  const attackedBy = new Map<string, string[]>();
  const attacking = new Map<string, string[]>();
  for (const [target, list] of attacks) {
    attackedBy.set(target, [...new Set(list.map((l) => l.fromId))]);
    for (const from of new Set(list.map((l) => l.fromId))) attacking.set(from, [...(attacking.get(from) ?? []), target]);
  }
  const labels = new Map<string, ArgumentLabel>();
  // Worklist: a node is decided once its attackers are; each decision wakes its targets.
  const outCount = new Map<string, number>();
  const queue: string[] = [];
  for (const id of ids) {
    labels.set(id, "undec");
    outCount.set(id, 0);
    if ((attackedBy.get(id) ?? []).length === 0) queue.push(id);
  }
  const decide = (id: string, label: "in" | "out") => {
    labels.set(id, label);
    for (const target of attacking.get(id) ?? []) {
      if (labels.get(target) !== "undec") continue;
      if (label === "in") decide(target, "out");
      else {
        const count = (outCount.get(target) ?? 0) + 1;
        outCount.set(target, count);
        if (count === attackedBy.get(target)?.length) queue.push(target);
      }
    }
  };
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (labels.get(id) === "undec") decide(id, "in");
  }
  return labels;
}

/** The status of every node, as a claim would have it (callers pick the claims). */
export function claimStatuses(nodes: readonly ArgumentNode[], links: readonly ArgumentLink[]): Map<string, ClaimStatus> {
  const labels = groundedLabels(nodes, links);
  const layers = new Map(nodes.map((n) => [n.id, n.layer]));
  const visible = links.filter((l) => labels.has(l.fromId) && labels.has(l.toId));
  const attacks = incoming(visible, ATTACK_KINDS);
  const supports = incoming(visible, SUPPORT_KINDS);
  const statuses = new Map<string, ClaimStatus>();
  for (const [id, label] of labels) {
    const standing = (l: ArgumentLink) => labels.get(l.fromId) === "in";
    const attackers = attacks.get(id) ?? [];
    if (label === "out") {
      const archival = attackers.some((l) => standing(l) && l.kind === "refutes" && layers.get(l.fromId) === "archival_finding");
      statuses.set(id, archival ? "refuted" : "rebutted");
    } else if (label === "undec") statuses.set(id, "contested");
    else if ((supports.get(id) ?? []).some(standing)) statuses.set(id, "supported");
    else statuses.set(id, attackers.length > 0 ? "contested" : "unanswered");
  }
  return statuses;
}
