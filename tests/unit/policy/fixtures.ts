import type { Actor, AnnotationResource, Role, Visibility } from "@/lib/policy";

export const ME = "user-me";
export const SOMEONE_ELSE = "user-other";
export const GROUP = "group-1";

export type Who = Role | "non-member" | "anonymous";
export type Whose = "own" | "other";

export function actorFor(who: Who): Actor | null {
  if (who === "anonymous") return null;
  return { userId: ME, role: who === "non-member" ? null : who };
}

export function annotation(
  visibility: Visibility,
  whose: Whose,
  overrides: Partial<AnnotationResource> = {},
): AnnotationResource {
  return {
    kind: "annotation",
    authorId: whose === "own" ? ME : SOMEONE_ELSE,
    groupId: GROUP,
    visibility,
    deleted: false,
    ...overrides,
  };
}

/**
 * Reads a whitespace-aligned table: the first row names the columns, "#"
 * starts a comment. Keeps the expected decisions readable as a grid.
 */
export function parseTable(text: string): Record<string, string>[] {
  const lines = text
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line !== "");
  const [header, ...rows] = lines.map((line) => line.split(/\s+/));
  if (header === undefined) throw new Error("empty table");
  return rows.map((cells) => {
    if (cells.length !== header.length) throw new Error(`row has ${cells.length} cells: ${cells.join(" ")}`);
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]));
  });
}

/** "allow" or the refusal's HTTP status, as the tables spell it. */
export function outcome(decision: { allowed: true } | { allowed: false; status: number }): string {
  return decision.allowed ? "allow" : String(decision.status);
}

/** Narrows a table cell to one of `allowed`, failing the test on a typo. */
export function oneOf<T extends string>(allowed: readonly T[], value: string | undefined): T {
  const found = allowed.find((item) => item === value);
  if (found === undefined) throw new Error(`unexpected table cell: ${value}`);
  return found;
}

export const WHO: readonly Who[] = ["owner", "editor", "annotator", "viewer", "non-member", "anonymous"];
