import { describe, expect, it } from "vitest";
import { can, readableEntryVisibilities, VISIBILITIES, type Visibility, visibleAnnotationsWhere, visibleEntriesWhere } from "@/lib/policy";
import { actorFor, annotation, GROUP, ME, oneOf, outcome, parseTable, WHO, type Who } from "./fixtures";

/*
 * Revisions and replies (issue 8, finding 1.1): who reads an entry written under one
 * visibility (before ">") of an annotation that has another now (after ">").
 * "author" reads their own annotation (as an annotator of the group); every other
 * row reads someone else's. Cells: allow, or the refusal's status.
 */
const TABLE = `
reader      private>private private>group private>public group>private group>group group>public public>private public>group public>public
author      allow           allow         allow          allow         allow       allow        allow          allow        allow
owner       404             404           404            404           allow       allow        404            allow        allow
editor      404             404           404            404           allow       allow        404            allow        allow
annotator   404             404           404            404           allow       allow        404            allow        allow
viewer      404             404           404            404           allow       allow        404            allow        allow
non-member  404             404           404            404           404         404          404            404          allow
anonymous   404             404           404            404           404         404          404            404          allow
`;

type Reader = Who | "author";
const READERS: readonly Reader[] = ["author", ...WHO];

const cases = parseTable(TABLE).flatMap((row) =>
  VISIBILITIES.flatMap((writtenUnder) =>
    VISIBILITIES.map((now) => ({
      reader: oneOf(READERS, row.reader),
      writtenUnder,
      now,
      expected: row[`${writtenUnder}>${now}`] ?? "missing",
    })),
  ),
);

const actorOf = (reader: Reader) => (reader === "author" ? { userId: ME, role: "annotator" as const } : actorFor(reader));
const annotationOf = (reader: Reader, now: Visibility) => annotation(now, reader === "author" ? "own" : "other");

describe("can: annotation:read-entry, reader x visibility when written x visibility now", () => {
  it("covers every reader and pair of visibilities", () => {
    expect(cases).toHaveLength(READERS.length * 9);
  });

  it.each(cases)("$reader, written $writtenUnder, now $now: $expected", ({ reader, writtenUnder, now, expected }) => {
    const decision = can(actorOf(reader), "annotation:read-entry", { kind: "entry", annotation: annotationOf(reader, now), writtenUnder });
    expect(outcome(decision)).toBe(expected);
  });

  it("an entry never reaches further than its annotation reaches now", () => {
    for (const { reader, writtenUnder, now } of cases) {
      const entry = can(actorOf(reader), "annotation:read-entry", { kind: "entry", annotation: annotationOf(reader, now), writtenUnder });
      if (entry.allowed) expect(can(actorOf(reader), "annotation:read", annotationOf(reader, now)).allowed).toBe(true);
    }
  });
});

describe("readableEntryVisibilities: the same rule as a list filter", () => {
  it.each(cases.filter((c) => c.writtenUnder === "private"))("$reader on a $now annotation", ({ reader, now }) => {
    const expected = VISIBILITIES.filter((writtenUnder) => {
      const decision = can(actorOf(reader), "annotation:read-entry", { kind: "entry", annotation: annotationOf(reader, now), writtenUnder });
      return decision.allowed;
    });
    expect(readableEntryVisibilities(actorOf(reader), annotationOf(reader, now))).toEqual(expected);
  });
});

describe("visibleEntriesWhere: entries across a list, judged by their own visibility", () => {
  it("signed out: public entries only", () => {
    expect(visibleEntriesWhere(visibleAnnotationsWhere(null))).toEqual({ OR: [{ visibility: "public" }] });
  });

  it("signed in: group entries of the reader's groups, private entries of the reader's own annotations", () => {
    expect(visibleEntriesWhere(visibleAnnotationsWhere({ userId: ME, groupIds: [GROUP] }))).toEqual({
      OR: [
        { visibility: "public" },
        { visibility: "private", annotation: { authorId: ME } },
        { visibility: "group", annotation: { groupId: { in: [GROUP] } } },
      ],
    });
  });
});
