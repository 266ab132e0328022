// The load test's data: migrations, the starter corpus, and ~2,000 public annotations
// on its largest text (the benchmarks' seed), so readers open a heavy page.
import path from "node:path";
import { createDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { loadStarterCorpus, readManifest } from "@/lib/sources/starter-corpus";
import { seedAnnotations } from "../bench/seed-annotations";

/** The 280 KB capture the issue names. */
const READER_TITLE = "Analyzing the Moscow Trials";
export const SEEDED_ANNOTATIONS = 2_000;

export interface Seeded {
  db: Db;
  sourceId: string;
  slug: string;
  text: string;
  replyTargets: string[];
  /** The seeded notes' group: writers join it to annotate and reply. */
  groupId: string;
}

export async function seedLoadDatabase(databaseUrl: string): Promise<Seeded> {
  const root = process.cwd();
  const migrated = await migrate(databaseUrl, path.join(root, "prisma/migrations"));
  if (!migrated.ok) throw new Error(migrated.error);
  const db = createDb(databaseUrl);
  const corpusDir = path.join(root, "prisma/corpus");
  await loadStarterCorpus(db, corpusDir);
  const entry = (await readManifest(corpusDir)).sources.find((s) => s.title === READER_TITLE);
  if (entry === undefined) throw new Error(`prisma/corpus/manifest.json lists no "${READER_TITLE}"`);
  const source = await db.source.findFirstOrThrow({
    where: { title: entry.title },
    select: { id: true, slug: true, currentVersion: { select: { text: true } } },
  });
  await seedAnnotations(db, source.id, SEEDED_ANNOTATIONS);
  const targets = await db.annotation.findMany({ where: { sourceId: source.id }, select: { id: true, groupId: true }, orderBy: { start: "asc" }, take: 40 });
  const groupId = targets[0]?.groupId;
  if (groupId === undefined || groupId === null) throw new Error("the seeded annotations have no group");
  return { db, sourceId: source.id, slug: source.slug, text: source.currentVersion?.text ?? "", replyTargets: targets.map((t) => t.id), groupId };
}
