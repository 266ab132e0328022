// W3C Web Annotation JSON-LD read back into ForeignAnnotations: one Annotation, an
// array of them, an AnnotationPage, or an AnnotationCollection with its pages embedded
// (or, as the exports write it, an array of the collection and its pages). Lenient in
// what it accepts (model 3.2: bodies and targets may be strings, objects or arrays),
// precise in what it refuses: each problem is named with where it is.
import { z } from "zod";
import { LAYERS, type Layer } from "@/lib/annotations/dto";
import { type ForeignAnnotation, foreignDate, foreignNote, type Parsed } from "../foreign";

const Loose = z.record(z.string(), z.unknown());
const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const typesOf = (node: Record<string, unknown>): string[] => asList(node.type).filter((t): t is string => typeof t === "string");

const QuoteSelector = z.object({ type: z.literal("TextQuoteSelector"), exact: z.string().min(1), prefix: z.string().optional(), suffix: z.string().optional() });
const PositionSelector = z.object({ type: z.literal("TextPositionSelector"), start: z.number().int().min(0), end: z.number().int().min(0) });

export interface W3cReadResult {
  annotations: ForeignAnnotation[];
  /** Linking annotations are relations between annotations, not passages: counted, not imported. */
  links: number;
}

/** Every annotation of a W3C document, or every problem found in it (then nothing is taken). */
export function annotationsFromW3c(json: unknown): Parsed<W3cReadResult> {
  const nodes: { node: Record<string, unknown>; where: string }[] = [];
  const errors: string[] = [];
  collect(json, "the document", nodes, errors, 0);
  const annotations: ForeignAnnotation[] = [];
  let links = 0;
  for (const { node, where } of nodes) {
    if (asList(node.motivation).includes("linking")) {
      links += 1;
      continue;
    }
    const parsed = annotationFromW3c(node, where);
    if (parsed.ok) annotations.push(parsed.value);
    else errors.push(...parsed.errors);
  }
  if (errors.length === 0 && annotations.length === 0) errors.push("the document holds no annotation of a text passage");
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { annotations, links } };
}

function collect(json: unknown, where: string, out: { node: Record<string, unknown>; where: string }[], errors: string[], depth: number): void {
  if (depth > 4) return void errors.push(`${where}: nested too deeply`);
  if (Array.isArray(json)) return json.forEach((item, i) => collect(item, `${where}, item ${i + 1}`, out, errors, depth + 1));
  const node = Loose.safeParse(json);
  if (!node.success) return void errors.push(`${where}: expected an object or an array`);
  const types = typesOf(node.data);
  if (types.includes("Annotation")) return void out.push({ node: node.data, where });
  if (types.includes("AnnotationPage")) return collect(node.data.items ?? [], `${where} (page)`, out, errors, depth + 1);
  if (types.includes("AnnotationCollection")) {
    // A collection names its first page by IRI (then the pages follow in the same array) or embeds it.
    if (typeof node.data.first === "object") collect(node.data.first, `${where} (first page)`, out, errors, depth + 1);
    return;
  }
  errors.push(`${where}: its type is ${types.length === 0 ? "missing" : `"${types.join(", ")}"`}, not Annotation, AnnotationPage or AnnotationCollection`);
}

/** One W3C Annotation as a ForeignAnnotation. */
export function annotationFromW3c(node: Record<string, unknown>, where = "the annotation"): Parsed<ForeignAnnotation> {
  const errors: string[] = [];
  const target = asList(node.target).find((t) => typeof t === "object" && t !== null && "selector" in t) as Record<string, unknown> | undefined;
  const selectors = asList(target?.selector);
  const quote = selectors.map((s) => QuoteSelector.safeParse(s)).find((r) => r.success)?.data;
  const position = selectors.map((s) => PositionSelector.safeParse(s)).find((r) => r.success)?.data;
  if (quote === undefined) errors.push(`${where}: its target has no TextQuoteSelector with an exact quote`);
  if (position !== undefined && position.end <= position.start) errors.push(`${where}: its TextPositionSelector ends before it starts`);

  const bodies = [...asList(node.body), ...(typeof node.bodyValue === "string" ? [{ type: "TextualBody", value: node.bodyValue }] : [])]
    .map((b) => Loose.safeParse(b))
    .flatMap((r) => (r.success ? [r.data] : []));
  const purposeOf = (b: Record<string, unknown>) => asList(b.purpose);
  const comment = bodies.find((b) => typeof b.value === "string" && (purposeOf(b).includes("commenting") || purposeOf(b).length === 0));
  const layer = bodies
    .filter((b) => purposeOf(b).includes("classifying"))
    .map((b) => b.value)
    .find((v): v is Layer => typeof v === "string" && (LAYERS as readonly string[]).includes(v));
  const tags = bodies.filter((b) => purposeOf(b).includes("tagging") && typeof b.value === "string").map((b) => String(b.value).trim()).filter((t) => t !== "");
  const note = foreignNote(comment?.doc, typeof comment?.value === "string" ? comment.value : "");
  if (!note.ok) errors.push(...note.errors.map((e) => `${where}: ${e}`));
  if (errors.length > 0 || quote === undefined || !note.ok) return { ok: false, errors };

  const creator = asList(node.creator)[0];
  const creatorName = typeof creator === "string" ? creator : typeof creator === "object" && creator !== null && "name" in creator ? String(creator.name) : null;
  return {
    ok: true,
    value: {
      originalId: typeof node.id === "string" ? node.id : null,
      creator: creatorName,
      created: foreignDate(node.created),
      selector: { exact: quote.exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "", start: position?.start ?? null, end: position?.end ?? null },
      note: note.value,
      layer: layer ?? null,
      tags,
    },
  };
}
