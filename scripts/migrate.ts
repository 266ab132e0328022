// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL or the embedded database.
import path from "node:path";
import { openDatabase } from "@/lib/db/database-url";
import { migrate } from "@/lib/db/migrate";

const database = await openDatabase();
try {
  const result = await migrate(database.url, path.resolve("prisma/migrations"));
  if (!result.ok) {
    console.error(result.error);
    process.exitCode = 1;
  } else {
    console.log(`${database.description}: applied ${result.applied.length}, already applied ${result.alreadyApplied}`);
  }
} finally {
  await database.close();
}
