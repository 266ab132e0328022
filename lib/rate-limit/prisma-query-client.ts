import type { Db } from "@/lib/db/client";

/** The slice of a pg client that rate-limiter-flexible's Postgres store calls. */
export interface QueryClient {
  query(query: { text: string; values?: unknown[]; name?: string }): Promise<{ rows: Record<string, unknown>[]; rowCount: number }>;
}

/**
 * Runs the Postgres store's statements through the app's Prisma client instead
 * of a second pg pool. On the embedded database every socket shares one backend
 * and concurrent connections corrupt each other's statements (lib/db/client.ts),
 * so the limiter must queue on the same single connection as everything else.
 * The store's statement names are dropped: Prisma prepares statements itself.
 */
export function prismaQueryClient(db: Db): QueryClient {
  return {
    async query({ text, values = [] }) {
      if (/^\s*DELETE\b/i.test(text)) {
        const rowCount = await db.$executeRawUnsafe(text, ...values);
        return { rows: [], rowCount };
      }
      const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(text, ...values);
      // `expire` is BIGINT, which Prisma returns as a bigint; the store does arithmetic with numbers.
      const plain = rows.map((row) => (typeof row.expire === "bigint" ? { ...row, expire: Number(row.expire) } : row));
      return { rows: plain, rowCount: plain.length };
    },
  };
}
