// Runs the Prisma CLI with the one workaround this environment needs.
//
// `prisma generate` (and validate/format) first try to download Prisma's native
// schema engine, and these machines reach no host but the npm registry. Generating
// the client does not actually use that engine, and Prisma skips the download when
// PRISMA_SCHEMA_ENGINE_BINARY names an existing executable, so we point it at the
// Node binary. Migrations, which do need the engine, are applied by lib/db/migrate.ts.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");

const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
