import type { Prisma } from "@/lib/db/generated/client";
import { citationForRevision } from "./revision-citation";
import { bodyDoc } from "./to-dto";

/** Records the annotation as a write inside `tx` left it, its citation included, as its next revision. */
export async function addRevision(tx: Prisma.TransactionClient, { id, editorId, kind }: { id: string; editorId: string; kind: "edit" | "placed" }): Promise<void> {
  const after = await tx.annotation.findUniqueOrThrow({
    where: { id },
    select: {
      version: true,
      layer: true,
      visibility: true,
      body: true,
      bodyText: true,
      tags: true,
      citations: { take: 1, orderBy: { id: "asc" }, select: { archive: true, fond: true, opis: true, delo: true, list: true, publishedIn: true, documentDate: true, url: true } },
    },
  });
  const { citations, ...content } = after;
  await tx.annotationRevision.create({
    data: { ...content, body: bodyDoc(content.body), citation: citationForRevision(citations[0]), annotationId: id, editorId, kind },
  });
}
