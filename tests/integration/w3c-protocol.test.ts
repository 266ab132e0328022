// Issue 10, section 4: the W3C Web Annotation Protocol's containers and annotations,
// through the route handlers on real Postgres, with personal API tokens. Only
// next-auth's session lookup is stood in for (signed out here: tokens authenticate).
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeRange } from "@/lib/anchoring";
import { startedAnnotationsHub } from "@/lib/annotations/live-hub";
import type { Db } from "@/lib/db/client";
import { prepareSource, storeSource } from "@/lib/sources/import-source";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { castGroup, type Cast, note, passage, personOf, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase, testDatabaseUrl } from "./support/database";

vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<typeof import("next-auth")>()), getServerSession: async () => null }));

const ORIGIN = "http://palimpsest.test";
const MEDIA = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let db: Db;
let cast: Cast;
let groupSource: StoredSource & { slug: string };
let publicSource: StoredSource;
const tokens: Record<string, string> = {};

async function handler(file: string, method: string): Promise<Handler> {
  const mod = (await import(path.resolve("app/api/w3c", file))) as Record<string, Handler>;
  const found = mod[method];
  if (found === undefined) throw new Error(`${file} has no ${method}`);
  return found;
}

async function call(method: string, url: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  const parts = new URL(url, ORIGIN).pathname.replace(/^\/api\/w3c\//, "").split("/").filter((p) => p !== "").map(decodeURIComponent);
  const [kind, key, id] = parts as [string, string, string | undefined];
  const file = kind === "groups" ? "groups/[id]/route.ts" : id === undefined ? "sources/[slug]/route.ts" : "sources/[slug]/[id]/route.ts";
  const params: Record<string, string> = kind === "groups" ? { id: key } : id === undefined ? { slug: key } : { slug: key, id };
  const headers = new Headers(options.headers);
  if (options.token !== undefined) headers.set("authorization", `Bearer ${options.token}`);
  if (options.body !== undefined) headers.set("content-type", "application/ld+json");
  const request = new Request(new URL(url, ORIGIN), { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  return (await handler(file, method))(request, { params: Promise.resolve(params) });
}

function posted(text: string, phrase: string, note: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const at = passage(text, phrase);
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    body: [
      { type: "TextualBody", purpose: "commenting", value: note },
      { type: "TextualBody", purpose: "classifying", value: "rebuttal" },
      { type: "TextualBody", purpose: "tagging", value: "protocol" },
    ],
    target: { source: "https://elsewhere.example/page", selector: [{ type: "TextQuoteSelector", exact: at.exact }, { type: "TextPositionSelector", start: at.start, end: at.end }] },
    ...extra,
  };
}

const container = () => `/api/w3c/sources/${groupSource.slug}/`;

beforeAll(async () => {
  db = await freshDatabase();
  process.env.DATABASE_URL = testDatabaseUrl();
  vi.stubEnv("NEXTAUTH_URL", ORIGIN);
  cast = await castGroup(db, "w3c");
  publicSource = await storeCorpusFile(db, VOGIATZIS, "w3c-public");
  const text = `${"The seminar reads the verdict of 1937 closely. ".repeat(6)}\nA second paragraph names Bukharin and Rykov.\n`;
  const prepared = prepareSource(new TextEncoder().encode(text), "verdict.txt", { title: "Verdict handout", slug: "verdict-handout" });
  if (!prepared.ok) throw new Error(prepared.error.message);
  const stored = await storeSource({ db, prepared: prepared.prepared, createdById: cast.owner.id, groupId: cast.groupId });
  const version = await db.source.findUniqueOrThrow({ where: { id: stored.sourceId }, select: { slug: true, currentVersion: { select: { id: true, text: true } } } });
  groupSource = { ...stored, slug: version.slug, versionId: version.currentVersion?.id ?? "", text: version.currentVersion?.text ?? "" };
  const other = await db.group.create({ data: { name: "Another seminar" } });
  await db.membership.create({ data: { groupId: other.id, userId: cast.author.id, role: "annotator" } });
  cast.author = await personOf(db, cast.author);
  const make = async (who: keyof Cast & string, input: Record<string, unknown>) => (await createApiToken({ db, actor: cast[who as "author"], input })).token;
  tokens.author = await make("author", { name: "sync", canWrite: "on" });
  tokens.authorReadOnly = await make("author", { name: "reader" });
  tokens.authorElsewhere = await make("author", { name: "other group", groupId: other.id, canWrite: "on" });
  tokens.viewer = await make("viewer", { name: "viewer", canWrite: "on" });
  tokens.editor = await make("editor", { name: "editor", canWrite: "on" });
  tokens.outsider = await make("outsider", { name: "outsider", canWrite: "on" });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await startedAnnotationsHub()?.close();
  await db.$disconnect();
});

describe("the W3C Web Annotation Protocol", () => {
  it("describes an empty container with the headers the protocol names", async () => {
    const response = await call("GET", container(), { token: tokens.author });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(MEDIA);
    expect(response.headers.get("link")).toContain('<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"');
    expect(response.headers.get("link")).toContain('<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"');
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    expect(response.headers.get("accept-post")).toBe(MEDIA);
    expect(response.headers.get("vary")).toContain("Accept");
    expect(response.headers.get("etag")).toMatch(/^W\/".+"$/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ id: `${ORIGIN}${container()}`, type: ["BasicContainer", "AnnotationCollection"], total: 0 });
    expect(body.first).toBeUndefined();

    const options = await call("OPTIONS", container());
    expect([options.status, options.headers.get("allow"), options.headers.get("access-control-allow-headers")]).toEqual([204, "GET, HEAD, OPTIONS, POST", expect.stringContaining("Authorization")]);
  });

  it("creates with POST (201, Location under the container, ETag), then reads, replaces with If-Match and deletes", async () => {
    const created = await call("POST", container(), { token: tokens.author, body: posted(groupSource.text, "names Bukharin and Rykov", "Both were tried in 1938.") });
    expect(created.status).toBe(201);
    const location = created.headers.get("location") ?? "";
    expect(location.startsWith(`${ORIGIN}${container()}`)).toBe(true);
    const etag = created.headers.get("etag") ?? "";
    const annotation = (await created.json()) as { id: string; body: { purpose: string; value: string }[]; target: { selector: { type: string; start?: number }[] } };
    expect(annotation.id).toBe(location);
    expect(annotation.body.map((b) => [b.purpose, b.value])).toEqual([["commenting", "Both were tried in 1938."], ["classifying", "rebuttal"], ["tagging", "protocol"]]);
    expect(annotation.target.selector[1]).toEqual({ type: "TextPositionSelector", ...{ start: passage(groupSource.text, "names Bukharin and Rykov").start, end: passage(groupSource.text, "names Bukharin and Rykov").end } });

    const read = await call("GET", location, { token: tokens.author });
    expect([read.status, read.headers.get("etag"), read.headers.get("content-type"), read.headers.get("allow")]).toEqual([200, etag, MEDIA, "GET, HEAD, OPTIONS, PUT, DELETE"]);
    const head = await call("HEAD", location, { token: tokens.author });
    expect([head.status, head.headers.get("etag"), await head.text()]).toEqual([200, etag, ""]);

    const edit = posted(groupSource.text, "names Bukharin and Rykov", "Tried and shot in March 1938.");
    expect((await call("PUT", location, { token: tokens.author, body: edit })).status).toBe(428);
    const replaced = await call("PUT", location, { token: tokens.author, body: edit, headers: { "if-match": etag } });
    expect(replaced.status).toBe(200);
    const newEtag = replaced.headers.get("etag");
    expect(newEtag).not.toBe(etag);
    expect(((await replaced.json()) as { body: { value: string }[] }).body[0]?.value).toBe("Tried and shot in March 1938.");
    // The old ETag is stale now: a second writer who read before the edit is refused.
    const stale = await call("PUT", location, { token: tokens.author, body: posted(groupSource.text, "names Bukharin and Rykov", "lost update"), headers: { "if-match": etag } });
    expect(stale.status).toBe(412);
    expect((await call("DELETE", location, { token: tokens.author, headers: { "if-match": etag } })).status).toBe(412);

    const deleted = await call("DELETE", location, { token: tokens.author, headers: { "if-match": newEtag ?? "" } });
    expect([deleted.status, await deleted.text()]).toEqual([204, ""]);
    expect((await call("GET", location, { token: tokens.author })).status).toBe(404);
  });

  it("pages a container, honouring Prefer for descriptions, IRIs and the minimal container", async () => {
    // Written directly: POSTing 103 would hit the annotation write limit (60 a minute), as it should.
    const at = passage(groupSource.text, "reads the verdict");
    await db.annotation.createMany({
      data: Array.from({ length: 103 }, (_, i) => ({
        ...describeRange(groupSource.text, at.start, at.end),
        layer: "primary_document" as const,
        visibility: "group" as const,
        body: note(`Reading ${i}`),
        bodyText: `Reading ${i}`,
        tags: [],
        sourceId: groupSource.sourceId,
        versionId: groupSource.versionId,
        groupId: cast.groupId,
        authorId: cast.editor.id,
      })),
    });
    const full = (await (await call("GET", container(), { token: tokens.author })).json()) as { total: number; first: { items: { type: string }[]; next: string }; last: string };
    expect(full.total).toBe(103);
    expect(full.first.items).toHaveLength(100);
    expect(full.first.items[0]?.type).toBe("Annotation");
    expect(full.last).toBe(`${ORIGIN}${container()}?page=1`);

    const iris = await call("GET", container(), { token: tokens.author, headers: { prefer: 'return=representation;include="http://www.w3.org/ns/oa#PreferContainedIRIs"' } });
    expect(iris.headers.get("preference-applied")).toBe("return=representation");
    const first = ((await iris.json()) as { first: { items: unknown[] } }).first.items[0];
    expect(typeof first === "string" && first.startsWith(`${ORIGIN}${container()}`)).toBe(true);

    const minimal = (await (await call("GET", container(), { token: tokens.author, headers: { prefer: 'return=representation;include="http://www.w3.org/ns/ldp#PreferMinimalContainer"' } })).json()) as { first: unknown };
    expect(minimal.first).toBe(`${ORIGIN}${container()}?page=0`);

    const second = await call("GET", `${container()}?page=1`, { token: tokens.author });
    const page = (await second.json()) as { type: string; startIndex: number; items: unknown[]; prev: string; next?: string; partOf: { id: string; total: number } };
    expect([second.status, page.type, page.startIndex, page.items.length, page.prev, page.next, page.partOf.total]).toEqual([200, "AnnotationPage", 100, 3, `${ORIGIN}${container()}?page=0`, undefined, 103]);
    expect((await call("GET", `${container()}?page=2`, { token: tokens.author })).status).toBe(404);
    const etag = full.first.next === undefined ? "" : ((await call("GET", container(), { token: tokens.author })).headers.get("etag") ?? "");
    expect((await call("GET", container(), { token: tokens.author, headers: { "if-none-match": etag } })).status).toBe(304);
  });

  it("answers 401 for a bad or revoked token and for anonymous writes, 403 when the token or the role may not write", async () => {
    const bad = await call("GET", container(), { token: "pal_not-a-real-token" });
    expect([bad.status, bad.headers.get("www-authenticate")]).toEqual([401, 'Bearer realm="palimpsest"']);
    const spare = await createApiToken({ db, actor: cast.author, input: { name: "to revoke" } });
    expect((await call("GET", container(), { token: spare.token })).status).toBe(200);
    // Only its owner revokes a token: for anyone else it does not exist.
    await expect(revokeApiToken({ db, actor: cast.owner, input: { tokenId: spare.id } })).rejects.toMatchObject({ status: 404 });
    expect((await call("GET", container(), { token: spare.token })).status).toBe(200);
    await revokeApiToken({ db, actor: cast.author, input: { tokenId: spare.id } });
    expect((await call("GET", container(), { token: spare.token })).status).toBe(401);
    const publicContainer = `/api/w3c/sources/w3c-public/`;
    expect((await call("GET", publicContainer)).status).toBe(200);
    expect((await call("POST", publicContainer, { body: posted(publicSource.text, publicSource.text.slice(200, 240), "anonymous") })).status).toBe(401);

    const body = posted(groupSource.text, "names Bukharin and Rykov", "from a reader's token");
    expect((await call("POST", container(), { token: tokens.authorReadOnly, body })).status).toBe(403);
    expect((await call("POST", container(), { token: tokens.viewer, body })).status).toBe(403);
    const editorsNote = (await (await call("POST", container(), { token: tokens.editor, body })).json()) as { id: string };
    // An annotator may read a colleague's note but not replace it.
    const read = await call("GET", editorsNote.id, { token: tokens.author });
    const put = await call("PUT", editorsNote.id, { token: tokens.author, body, headers: { "if-match": read.headers.get("etag") ?? "" } });
    expect(put.status).toBe(403);
  });

  it("answers 404 for what does not exist or may not be seen, tokens scoped elsewhere included", async () => {
    expect((await call("GET", "/api/w3c/sources/no-such-source/", { token: tokens.author })).status).toBe(404);
    expect((await call("GET", container())).status).toBe(404);
    expect((await call("GET", container(), { token: tokens.outsider })).status).toBe(404);
    expect((await call("GET", container(), { token: tokens.authorElsewhere })).status).toBe(404);
    expect((await call("GET", `/api/w3c/groups/${cast.groupId}/`, { token: tokens.outsider })).status).toBe(404);
    const note = (await (await call("POST", container(), { token: tokens.author, body: posted(groupSource.text, "names Bukharin", "mine") })).json()) as { id: string };
    expect((await call("GET", note.id.replace(groupSource.slug, "w3c-public"), { token: tokens.author })).status).toBe(404);
    expect((await call("GET", note.id, { token: tokens.authorElsewhere })).status).toBe(404);
    expect((await call("GET", `${container()}nope`, { token: tokens.author })).status).toBe(404);
  });

  it("serves a group's container across its sources and takes POSTs that name the source", async () => {
    const group = `/api/w3c/groups/${cast.groupId}/`;
    const listed = await call("GET", group, { token: tokens.viewer });
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { total: number }).total).toBeGreaterThan(100);
    const body = posted(groupSource.text, "Bukharin and Rykov", "via the group", { target: { source: `${ORIGIN}/sources/${groupSource.slug}`, selector: [{ type: "TextQuoteSelector", exact: "Bukharin and Rykov" }] } });
    const created = await call("POST", group, { token: tokens.author, body });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")?.startsWith(`${ORIGIN}${container()}`)).toBe(true);
    const nowhere = await call("POST", group, { token: tokens.author, body: { ...body, target: { source: "https://elsewhere.example/", selector: [{ type: "TextQuoteSelector", exact: "x" }] } } });
    expect(nowhere.status).toBe(400);
  });

  it("refuses a body that is not a W3C annotation, listing what is wrong, and writes nothing", async () => {
    const before = await db.annotation.count();
    const response = await call("POST", container(), { token: tokens.author, body: { type: "Annotation", target: { selector: [{ type: "TextPositionSelector", start: 9, end: 3 }] } } });
    expect(response.status).toBe(400);
    const error = ((await response.json()) as { error: { fieldErrors: { annotation: string[] } } }).error;
    expect(error.fieldErrors.annotation).toEqual([expect.stringContaining("no TextQuoteSelector"), expect.stringContaining("ends before it starts")]);
    const unplaceable = await call("POST", container(), { token: tokens.author, body: posted(groupSource.text, "names Bukharin", "x", { target: { selector: [{ type: "TextQuoteSelector", exact: "a sentence that is not in the handout at all" }] } }) });
    expect(unplaceable.status).toBe(400);
    expect(await db.annotation.count()).toBe(before);
  });
});
