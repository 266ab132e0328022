// 2,000 public annotations spread over a source, all four layers, every fifth one
// overlapping its neighbour, as the benchmarks of the annotated reader need.
import { describeRange } from "@/lib/anchoring";
import { LAYERS } from "@/lib/annotations/dto";
import type { Db } from "@/lib/db/client";

export async function seedAnnotations(db: Db, sourceId: string, count: number): Promise<void> {
  const source = await db.source.findUniqueOrThrow({
    where: { id: sourceId },
    select: { currentVersion: { select: { id: true, text: true } }, },
  });
  const version = source.currentVersion;
  if (version === null) throw new Error("the source has no version");
  const author = await db.user.create({ data: { email: `bench-${Date.now()}@example.org`, name: "Bench Reader" } });
  const group = await db.group.create({ data: { name: "Bench group" } });
  await db.membership.create({ data: { groupId: group.id, userId: author.id, role: "owner" } });

  const step = Math.floor((version.text.length - 200) / count);
  const data = Array.from({ length: count }, (_, i) => {
    const start = i * step + 20;
    // Every fifth passage reaches into the next one: overlaps must stay visible.
    const length = i % 5 === 0 ? step + 30 : Math.min(60, step - 5);
    const anchor = describeRange(version.text, start, start + length);
    const bodyText = `Bench note ${i} on this passage.`;
    return {
      sourceId,
      versionId: version.id,
      groupId: group.id,
      authorId: author.id,
      visibility: "public" as const,
      layer: LAYERS[i % LAYERS.length] ?? "primary_document",
      ...anchor,
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: bodyText }] }] },
      bodyText,
      tags: i % 3 === 0 ? ["bench"] : [],
    };
  });
  await db.annotation.createMany({ data });
}
