// Data for the backup round trips: a corpus source with bench annotations, and a row
// in every other table the app writes, made with Prisma so they do not depend on
// the services' signatures.
import type { Db } from "@/lib/db/client";
import { seedAnnotations } from "@/scripts/bench/seed-annotations";
import { note, storeCorpusFile, VOGIATZIS } from "../annotations-fixtures";

export async function fillDatabase(db: Db): Promise<void> {
  const source = await storeCorpusFile(db, VOGIATZIS, "backup-source");
  await seedAnnotations(db, source.sourceId, 120);
  const [first, second] = await db.annotation.findMany({ take: 2, orderBy: { start: "asc" }, select: { id: true, authorId: true, groupId: true } });
  if (first === undefined || second === undefined) throw new Error("no annotations were seeded");
  const reader = await db.user.create({ data: { email: "backup-reader@example.org", name: "Backup Reader", passwordHash: "x" } });
  if (first.groupId !== null) {
    await db.membership.create({ data: { groupId: first.groupId, userId: reader.id, role: "viewer" } });
    await db.invite.create({ data: { groupId: first.groupId, createdById: first.authorId, role: "annotator", tokenHash: "backup-invite-hash", expiresAt: new Date(Date.now() + 86_400_000) } });
  }
  await db.reply.create({ data: { annotationId: first.id, authorId: reader.id, body: note("A reply with ünïcode and 'quotes'"), bodyText: "A reply with ünïcode and 'quotes'", visibility: "public" } });
  await db.annotationRevision.create({ data: { annotationId: first.id, editorId: first.authorId, version: 1, body: note("first words"), bodyText: "first words", layer: "rebuttal", visibility: "public", tags: ["a", "b"] } });
  await db.archivalCitation.create({ data: { annotationId: second.id, archive: "RGASPI", fond: "17", opis: "171", delo: "230", list: "1-5" } });
  await db.rateLimit.create({ data: { key: "backup:address", points: 3, expire: BigInt(Date.now() + 900_000) } });
  await db.annotationLink.create({ data: { fromId: first.id, toId: second.id, kind: "rebuts", createdById: reader.id, note: "see there" } });
}
