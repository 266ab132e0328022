import { defineConfig } from "prisma/config";

// Prisma 7 keeps the connection URL here, not in schema.prisma. Only the Prisma CLI
// reads this file; the app connects through lib/db/client.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/palimpsest" },
});
