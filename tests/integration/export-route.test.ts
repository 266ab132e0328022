// GET /api/export through the route handler: the session's rights, the download's
// headers, and a refusal as JSON. Only next-auth's getServerSession is stood in for.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import type { Db } from "@/lib/db/client";
import { annotationInput, castGroup, type Cast, storeCorpusFile, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase, testDatabaseUrl } from "./support/database";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId === null ? null : { user: { id: session.userId }, expires: "2099-01-01T00:00:00.000Z" }),
}));

let db: Db;
let cast: Cast;

async function get(query: string): Promise<Response> {
  const { GET } = await import("@/app/api/export/route");
  return GET(new Request(`http://localhost/api/export?${query}`, { headers: { host: "localhost" } }));
}

beforeAll(async () => {
  db = await freshDatabase();
  process.env.DATABASE_URL = testDatabaseUrl();
  process.env.NEXTAUTH_URL = "https://palimpsest.example";
  cast = await castGroup(db, "route");
  const source = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-route");
  const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
  await createAnnotation({ db, actor: cast.author, sourceId: source.sourceId, input: annotationInput(source.text, "The climax", { visibility: "public", groupId: cast.groupId, body: note("ROUTE-public") }) });
  await createAnnotation({ db, actor: cast.author, sourceId: source.sourceId, input: annotationInput(source.text, "Some examples", { visibility: "group", groupId: cast.groupId, body: note("ROUTE-group") }) });
});
afterAll(() => db.$disconnect());

describe("GET /api/export", () => {
  it("downloads what the session may read, with its count and file name", async () => {
    session.userId = null;
    const anonymous = await get("format=csv&source=vogiatzis-route");
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(anonymous.headers.get("x-export-count")).toBe("1");
    expect(anonymous.headers.get("content-disposition")).toMatch(/^attachment; filename="test-copy-of-002-fba6f277ba2da556-txt-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await anonymous.text();
    expect(text).toContain("ROUTE-public");
    expect(text).not.toContain("ROUTE-group");
    expect(text).toContain("https://palimpsest.example/sources/vogiatzis-route?annotation=");

    session.userId = cast.viewer.id;
    const member = await get("format=markdown&source=vogiatzis-route");
    expect(member.headers.get("x-export-count")).toBe("2");
    expect(await member.text()).toContain("ROUTE-group");
  });

  it("answers a bad query or a scope the session may not read with a JSON error", async () => {
    session.userId = null;
    const bad = await get("format=csv");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid_input" } });
    const group = await get(`format=csv&group=${cast.groupId}`);
    expect(group.status).toBe(404);
    session.userId = cast.outsider.id;
    expect((await get(`format=csv&group=${cast.groupId}`)).status).toBe(404);
  });
});
