// The load test's database: a fresh database on DATABASE_URL's server (dropped
// afterwards), or without DATABASE_URL a throwaway Postgres cluster in a temp folder.
import { createTestDatabase } from "../lib/test-databases";
import { startThrowawayPostgres } from "../lib/throwaway-postgres";

export interface LoadDatabase {
  url: string;
  description: string;
  stop(): Promise<void>;
}

export async function loadDatabase(): Promise<LoadDatabase> {
  const server = process.env.DATABASE_URL;
  if (server !== undefined && server !== "") {
    // The load stays on this machine: its Postgres too, not a shared or remote server.
    const host = new URL(server).hostname;
    if (!["127.0.0.1", "localhost", "[::1]", "::1"].includes(host)) {
      throw new Error(`npm run load sends its load to this machine only, and DATABASE_URL names ${host}. Unset DATABASE_URL to use a throwaway cluster.`);
    }
    // Never the configured database itself: the test writes thousands of rows.
    const database = await createTestDatabase("load");
    return { url: database.url, description: `${database.description} (fresh, dropped afterwards)`, stop: database.drop };
  }
  return throwawayCluster();
}

/** Durable, and sized like a small managed instance (the two app instances' pools need 10). */
async function throwawayCluster(): Promise<LoadDatabase> {
  const cluster = await startThrowawayPostgres({ max_connections: "50", shared_buffers: "256MB" });
  return {
    url: cluster.url,
    description: `throwaway Postgres cluster on 127.0.0.1:${cluster.port}`,
    stop: () => cluster.destroy(),
  };
}
