// A Hypothesis JSON export (`{export_date, export_userid, client_version, annotations}`,
// each annotation in its API shape; docs/design-notes.md, "Interchange formats") read as ForeignAnnotations.
// Replies (those with `references`) answer an annotation rather than mark a passage:
// counted, not imported. Page notes (no quote) are reported as errors of their own.
import { z } from "zod";
import { type ForeignAnnotation, foreignDate, foreignNote, type Parsed } from "../foreign";

const Selector = z.looseObject({ type: z.string() });
const HypothesisAnnotation = z.looseObject({
  id: z.string().optional(),
  created: z.string().optional(),
  user: z.string().optional(),
  user_info: z.looseObject({ display_name: z.string().nullish() }).nullish(),
  text: z.string().default(""),
  tags: z.array(z.string()).default([]),
  references: z.array(z.string()).optional(),
  target: z.array(z.looseObject({ source: z.string().optional(), selector: z.array(Selector).optional() })).default([]),
});
const HypothesisExport = z.looseObject({ annotations: z.array(z.unknown()) });

export function isHypothesisExport(json: unknown): boolean {
  return HypothesisExport.safeParse(json).success && typeof json === "object" && json !== null && !("type" in json);
}

export function annotationsFromHypothesis(json: unknown): Parsed<{ annotations: ForeignAnnotation[]; replies: number }> {
  const parsed = HypothesisExport.safeParse(json);
  if (!parsed.success) return { ok: false, errors: ["the document: a Hypothesis export is an object with an `annotations` array"] };
  const errors: string[] = [];
  const annotations: ForeignAnnotation[] = [];
  let replies = 0;
  parsed.data.annotations.forEach((raw, i) => {
    const where = `annotation ${i + 1}`;
    const one = HypothesisAnnotation.safeParse(raw);
    if (!one.success) return void errors.push(`${where}: ${one.error.issues[0]?.path.join(".") ?? ""} ${one.error.issues[0]?.message ?? "is not a Hypothesis annotation"}`.trim());
    const a = one.data;
    if (a.references !== undefined && a.references.length > 0) return void (replies += 1);
    const selectors = a.target.flatMap((t) => t.selector ?? []);
    const quote = selectors.find((s) => s.type === "TextQuoteSelector" && typeof s.exact === "string" && s.exact !== "");
    const position = selectors.find((s) => s.type === "TextPositionSelector" && Number.isInteger(s.start) && Number.isInteger(s.end));
    if (quote === undefined) return void errors.push(`${where}: it quotes no passage (a page note?), so it cannot be placed`);
    const note = foreignNote(null, a.text);
    if (!note.ok) return void errors.push(...note.errors.map((e) => `${where}: ${e}`));
    annotations.push({
      originalId: a.id ?? null,
      // "acct:name@hypothes.is": the display name when there is one, else the account's name.
      creator: a.user_info?.display_name ?? a.user?.replace(/^acct:/, "").replace(/@.*$/, "") ?? null,
      created: foreignDate(a.created),
      selector: {
        exact: String(quote.exact),
        prefix: typeof quote.prefix === "string" ? quote.prefix : "",
        suffix: typeof quote.suffix === "string" ? quote.suffix : "",
        start: position === undefined ? null : Number(position.start),
        end: position === undefined ? null : Number(position.end),
      },
      note: note.value,
      layer: null,
      tags: a.tags.map((t) => t.trim()).filter((t) => t !== ""),
    });
  });
  if (errors.length === 0 && annotations.length === 0) errors.push("the export holds no annotation of a passage");
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { annotations, replies } };
}
