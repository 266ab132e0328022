// TEI P5 with standoff annotation (the linking module's <listAnnotation>, modelled on
// W3C Web Annotation; docs/design-notes.md, "Interchange formats"): the layers and link kinds as taxonomies
// in the header, each annotation pointing at a character range of its source's text with
// string-range(), notes as <note>, links as <ptr> whose @ana names the kind. The texts come
// last, once every annotation has passed, so annotations stream and only version ids are held.
import { LAYER_LABELS, LAYERS, LINK_KINDS } from "@/lib/annotations/dto";
import { citoCurie } from "@/lib/claims/cito";
import type { InterchangeAnnotation, InterchangeLink } from "../model";
import { annotationIri, type IriBase } from "../w3c/iris";
import { xmlText } from "@/lib/xml/text";
import { xmlId } from "./xml";

export const TEI_NS = "http://www.tei-c.org/ns/1.0";

/** The TEI pointer at [start, end) of a version's text (offsets in UTF-16 units, as stored). */
export function stringRange(versionId: string, start: number, end: number): string {
  return `#string-range(//ab[@xml:id='${xmlId("ab", versionId)}'],${start},${end - start})`;
}

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== "")
    .map((p) => `<p>${xmlText(p)}</p>`)
    .join("");

export class TeiWriter {
  private readonly versions = new Map<string, { title: string; slug: string }>();

  constructor(private readonly base: IriBase) {}

  begin(title: string, generatedAt: string): string {
    const layers = LAYERS.map((l) => `<category xml:id="${xmlId("layer", l)}"><catDesc>${xmlText(LAYER_LABELS[l])}</catDesc></category>`).join("\n          ");
    const kinds = LINK_KINDS.map((k) => `<category xml:id="${xmlId("link", k)}"><catDesc>${k} (${citoCurie(k)})</catDesc></category>`).join("\n          ");
    return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="${TEI_NS}">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>${xmlText(title)}</title></titleStmt>
      <publicationStmt><p>Exported from Palimpsest on <date when="${xmlText(generatedAt)}">${xmlText(generatedAt)}</date>.</p></publicationStmt>
      <sourceDesc><p>The annotated sources follow as &lt;text&gt; elements; each annotation points into one of them.</p></sourceDesc>
    </fileDesc>
    <encodingDesc>
      <classDecl>
        <taxonomy xml:id="layers">
          <desc>Layers: what a passage is</desc>
          ${layers}
        </taxonomy>
        <taxonomy xml:id="link-kinds">
          <desc>Link kinds: how two passages relate (CiTO)</desc>
          ${kinds}
        </taxonomy>
      </classDecl>
    </encodingDesc>
  </teiHeader>
  <standOff>
    <listAnnotation>
`;
  }

  add(annotation: InterchangeAnnotation, links: InterchangeLink[]): string {
    const { source } = annotation;
    if (!this.versions.has(source.versionId)) this.versions.set(source.versionId, { title: source.title, slug: source.slug });
    const note = annotation.bodyText.trim() === "" ? "" : `\n        <note type="comment">${paragraphs(annotation.bodyText)}</note>`;
    const tags = annotation.tags.length === 0 ? "" : `\n        <note type="tags">${annotation.tags.map((t) => `<term>${xmlText(t)}</term>`).join("")}</note>`;
    const ptrs = links
      .map((l) => {
        const target = xmlText(annotationIri(this.base, l.to.sourceSlug, l.to.id));
        const note = l.note === null ? "" : `\n        <note type="link" target="${target}">${xmlText(l.note)}</note>`;
        return `\n        <ptr type="link" ana="#${xmlId("link", l.kind)}" target="${target}"/>${note}`;
      })
      .join("");
    return `      <annotation xml:id="${xmlId("ann", annotation.id)}" target="${xmlText(stringRange(source.versionId, annotation.start, annotation.end))}" motivation="${annotation.bodyText.trim() === "" ? "classifying" : "commenting"}" ana="#${xmlId("layer", annotation.layer)}" corresp="${xmlText(annotationIri(this.base, source.slug, annotation.id))}">
        <respStmt><resp>annotator</resp><persName>${xmlText(annotation.creator.name)}</persName></respStmt>
        <revisionDesc><change status="created" when="${xmlText(annotation.created)}"/><change status="modified" when="${xmlText(annotation.modified)}"/></revisionDesc>
        <note type="quote">${xmlText(annotation.exact)}</note>${note}${tags}${ptrs}
      </annotation>
`;
  }

  /** Closes the standoff and writes each annotated text, fetched one at a time. */
  async *end(versionText: (versionId: string) => Promise<string>): AsyncGenerator<string> {
    yield "    </listAnnotation>\n  </standOff>\n";
    for (const [versionId, { title, slug }] of this.versions) {
      const text = await versionText(versionId);
      yield `  <text xml:id="${xmlId("text", versionId)}" corresp="${xmlText(`${this.base.origin}/sources/${encodeURIComponent(slug)}`)}">\n    <body>\n      <head>${xmlText(title)}</head>\n      <ab xml:id="${xmlId("ab", versionId)}" xml:space="preserve">${xmlText(text)}</ab>\n    </body>\n  </text>\n`;
    }
    yield "</TEI>\n";
  }
}
