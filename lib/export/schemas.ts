// One zod schema for what to export, shared by the API's query string, the CLI's
// flags, the dialog and the tests. Lists arrive as "a,b" or as repeated keys.
import { z } from "zod";
import { LAYERS } from "@/lib/annotations/dto";
import { VISIBILITIES } from "@/lib/policy";
import { EXPORT_FORMAT_IDS } from "./format-ids";

export const MAX_PICKED_IDS = 1000;
export const MAX_SOURCES = 10;

const Id = z.string().trim().min(1).max(64);
/** "a,b", ["a", "b"] or ["a,b"]: the same list. */
const list = <T extends z.ZodType<unknown, string>>(item: T, max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter((s) => s !== ""))
    .pipe(z.array(item).max(max, `at most ${max} values`));
const Day = z.iso.date({ error: "a date is YYYY-MM-DD" });

export const ExportQuery = z
  .strictObject({
    format: z.enum(EXPORT_FORMAT_IDS, { error: `format: one of ${EXPORT_FORMAT_IDS.join(", ")}` }),
    /** A source, by slug or id. */
    source: z.string().trim().min(1).max(200).optional(),
    /** Several sources, by slug or id: the compare view's two texts. */
    sources: list(z.string().trim().min(1).max(200), MAX_SOURCES).optional(),
    group: Id.optional(),
    /** An annotation: it and the annotations linked to it, transitively (claim-chain.ts). */
    claim: Id.optional(),
    /** Annotations picked by hand. */
    ids: list(Id, MAX_PICKED_IDS).optional(),
    layer: list(z.enum(LAYERS), LAYERS.length).optional(),
    tag: list(z.string().min(1).max(40), 20).optional(),
    author: list(Id, 50).optional(),
    visibility: list(z.enum(VISIBILITIES), VISIBILITIES.length).optional(),
    /** Created on or after this day (UTC). */
    from: Day.optional(),
    /** Created on or before this day (UTC). */
    to: Day.optional(),
  })
  .refine((q) => q.source !== undefined || (q.sources !== undefined && q.sources.length > 0) || q.group !== undefined || q.claim !== undefined || q.ids !== undefined, {
    message: "say what to export: a source, sources, a group, a claim or picked ids",
    path: ["source"],
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: "from is after to", path: ["from"] });
export type ExportQuery = z.output<typeof ExportQuery>;

/** The query string (or CLI flags) as a plain record: repeated keys become lists. */
export function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}
