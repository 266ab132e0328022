import path from "node:path";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { loadStarterCorpus } from "@/lib/sources/starter-corpus";
import { createTestDatabase } from "./scripts/lib/test-databases";
import { benchExport } from "./scripts/bench/export";
const database = await createTestDatabase("exportbench");
try {
  const m = await migrate(database.url, path.resolve("prisma/migrations"));
  if (!m.ok) throw new Error(m.error);
  const db = createDb(database.url);
  await loadStarterCorpus(db, path.resolve("prisma/corpus"));
  const largest = (await db.source.findMany({ select: { slug: true, currentVersion: { select: { length: true } } } })).sort((a, b) => (b.currentVersion?.length ?? 0) - (a.currentVersion?.length ?? 0))[0]!;
  await benchExport({ db, sourceSlug: largest.slug });
  await db.$disconnect();
} finally {
  await database.drop();
}
