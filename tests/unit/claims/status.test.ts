// The status rule as a table: each row is a small link graph around claim "C" and
// the status it must give, with chains (a rebuttal rebutted) and cycles.
import { describe, expect, it } from "vitest";
import type { Layer } from "@/lib/annotations/dto";
import { type ArgumentLink, type ClaimStatus, claimStatuses, groundedLabels } from "@/lib/claims/status";

const LAYER_OF: Record<string, Layer> = { C: "apologist_claim", D: "apologist_claim", R: "rebuttal", S: "rebuttal", A: "archival_finding", B: "archival_finding", P: "primary_document" };
const nodesOf = (ids: string) => [...ids].map((id) => ({ id, layer: LAYER_OF[id]! }));
/** "R rebuts C" -> a link. */
const links = (...lines: string[]): ArgumentLink[] =>
  lines.map((line) => {
    const [fromId, kind, toId] = line.split(" ");
    return { fromId: fromId!, kind: kind!, toId: toId! };
  });

const TABLE: [string, string, ArgumentLink[], ClaimStatus][] = [
  ["nothing links to it", "C", [], "unanswered"],
  ["a link it makes itself does not answer it", "CP", links("C cites P"), "unanswered"],
  ["only context and citations", "CRP", links("R contextualizes C", "P cites C"), "unanswered"],
  ["a primary document supports it", "CP", links("P supports C"), "supported"],
  ["confirms counts as support", "CA", links("A confirms C"), "supported"],
  ["one rebuttal", "CR", links("R rebuts C"), "rebutted"],
  ["a rebuttal that says refutes", "CR", links("R refutes C"), "rebutted"],
  ["an archival finding that only rebuts", "CA", links("A rebuts C"), "rebutted"],
  ["an archival finding refutes it", "CA", links("A refutes C"), "refuted"],
  ["refuted beats rebutted when both stand", "CRA", links("R rebuts C", "A refutes C"), "refuted"],
  ["refuted even though something supports it", "CAP", links("A refutes C", "P supports C"), "refuted"],
  ["chain: the rebuttal is rebutted, the claim stands again", "CRS", links("R rebuts C", "S rebuts R"), "contested"],
  ["chain: rebuttal rebutted, and a support: supported", "CRSP", links("R rebuts C", "S rebuts R", "P supports C"), "supported"],
  ["chain of three: rebuttal of a rebuttal of a rebuttal", "CRSA", links("R rebuts C", "S rebuts R", "A refutes S"), "rebutted"],
  ["chain: the archival finding is itself refuted", "CAB", links("A refutes C", "B refutes A"), "contested"],
  ["one of two rebuttals defeated, the other stands", "CRSA", links("R rebuts C", "S rebuts C", "A refutes R"), "rebutted"],
  ["the refuting finding is defeated, a rebuttal stands", "CRAB", links("R rebuts C", "A refutes C", "B refutes A"), "rebutted"],
  ["a defeated supporter does not support", "CPR", links("P supports C", "R rebuts P"), "unanswered"],
  ["cycle: claim and rebuttal attack each other", "CR", links("R rebuts C", "C rebuts R"), "contested"],
  ["cycle of three through the claim", "CRS", links("R rebuts C", "S rebuts R", "C rebuts S"), "contested"],
  ["odd cycle elsewhere reaches the claim", "CRSA", links("R rebuts C", "S rebuts R", "A refutes S", "R rebuts A"), "contested"],
  ["a cycle beside it, broken by a finding that stands", "CRSA", links("R rebuts C", "S rebuts R", "R rebuts S", "A refutes S"), "rebutted"],
  ["a self-attacking rebuttal decides nothing", "CR", links("R rebuts C", "R rebuts R"), "contested"],
  ["a rebuttal attacked by an unreadable annotation still stands", "CR", links("R rebuts C", "X rebuts R"), "rebutted"],
  ["an unknown link kind is neither attack nor support", "CR", links("R quotes C"), "unanswered"],
  ["a second claim answers the rebuttal", "CRD", links("R rebuts C", "D rebuts R"), "contested"],
];

describe("claimStatuses", () => {
  it.each(TABLE)("%s", (_what, nodes, graph, expected) => {
    expect(claimStatuses(nodesOf(nodes), graph).get("C")).toBe(expected);
  });

  it("labels a long chain alternately, whatever the order the links come in", () => {
    const ids = Array.from({ length: 200 }, (_, i) => `n${i}`);
    const chain = ids.slice(1).map((id, i) => ({ fromId: id, toId: ids[i]!, kind: "rebuts" }));
    const labels = groundedLabels(ids.map((id) => ({ id, layer: "rebuttal" as const })), chain.reverse());
    // n199 is unattacked: IN; n198 OUT; ... n0 has an even distance: IN.
    expect(labels.get("n199")).toBe("in");
    expect(labels.get("n198")).toBe("out");
    expect(labels.get("n0")).toBe("out");
    expect(labels.get("n1")).toBe("in");
  });
});
