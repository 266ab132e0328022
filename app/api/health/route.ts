import path from "node:path";
import { annotationsHub } from "@/lib/annotations/live-hub";
import { db } from "@/lib/db/client";
import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

/** 200 when this instance can serve, 503 otherwise; the body says which part is missing. */
export async function GET(): Promise<Response> {
  const hub = annotationsHub(db());
  const health = await checkHealth({
    db: db(),
    migrationsDir: path.join(process.cwd(), "prisma/migrations"),
    live: async () => ({ mode: await hub.mode(), connected: await hub.listening() }),
  });
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store", ...(health.ok ? {} : { "Retry-After": "5" }) } });
}
