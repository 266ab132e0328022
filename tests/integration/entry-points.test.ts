// Issue 8, section 2: every route handler (each method) and every server action,
// against signed out, an outsider, a former member and each role, through the real
// modules on real Postgres. The route and action files are read from disk, so an
// entry point missing from the table fails the test. Only the framework boundary is
// stood in for: next-auth's getServerSession (whose session the app's own code then
// checks against the database), request headers for server actions, and refresh(),
// which only tells a client to re-render.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeRange } from "@/lib/anchoring";
import { startedAnnotationsHub } from "@/lib/annotations/live-hub";
import type { Db } from "@/lib/db/client";
import { hashInviteToken, newInviteToken } from "@/lib/groups/invite-token";
import { publicBase } from "@/lib/w3c-protocol/base";
import { prepareSource, storeSource } from "@/lib/sources/import-source";
import { castGroup, type Cast, note, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase, testDatabaseUrl } from "./support/database";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId === null ? null : { user: { id: session.userId }, expires: "2099-01-01T00:00:00.000Z" }),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost", "x-forwarded-for": "203.0.113.9" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/cache")>()), refresh: () => undefined }));

const WHO = ["signed-out", "outsider", "former", "owner", "editor", "annotator", "viewer"] as const;
type Who = (typeof WHO)[number];

let db: Db;
let cast: Cast;
let former: { id: string };
let groupSource: StoredSource;
let publicSource: StoredSource;

const userOf = (who: Who): string | null => (who === "signed-out" ? null : who === "former" ? former.id : cast[who].id);

/** A group note on the group's own source, written by the former member while they belonged. */
async function formerNote(extra: { deletedAt?: Date; deletedById?: string; anchorStatus?: "orphaned" } = {}): Promise<string> {
  const anchor = describeRange(groupSource.text, 200, 240);
  const content = { layer: "primary_document" as const, visibility: "group" as const, body: note("FORMER-NOTE"), bodyText: "FORMER-NOTE", tags: [] };
  const row = await db.annotation.create({
    data: { ...content, ...anchor, ...extra, sourceId: groupSource.sourceId, versionId: groupSource.versionId, groupId: cast.groupId, authorId: former.id },
    select: { id: true },
  });
  await db.annotationRevision.create({ data: { ...content, annotationId: row.id, version: 1, editorId: former.id } });
  return row.id;
}

/** A group note by a current member, as the other end of links. */
async function memberNote(): Promise<string> {
  const anchor = describeRange(groupSource.text, 300, 340);
  const row = await db.annotation.create({
    data: {
      ...anchor,
      layer: "rebuttal",
      visibility: "group",
      body: note("MEMBER-NOTE"),
      bodyText: "MEMBER-NOTE",
      tags: [],
      sourceId: groupSource.sourceId,
      versionId: groupSource.versionId,
      groupId: cast.groupId,
      authorId: cast.author.id,
    },
    select: { id: true },
  });
  return row.id;
}

async function link(removed: boolean): Promise<{ id: string; linkId: string }> {
  const id = await formerNote();
  const toId = await memberNote();
  const made = await db.annotationLink.create({
    data: { fromId: id, toId, kind: "rebuts", createdById: cast.author.id, ...(removed ? { deletedAt: new Date(), deletedById: cast.editor.id } : {}) },
    select: { id: true },
  });
  return { id, linkId: made.id };
}

async function invite(groupId = cast.groupId): Promise<{ id: string; token: string }> {
  const token = newInviteToken();
  const row = await db.invite.create({
    data: { groupId, tokenHash: hashInviteToken(token), role: "viewer", expiresAt: new Date(Date.now() + 86_400_000), createdById: cast.owner.id },
    select: { id: true },
  });
  return { id: row.id, token };
}

/** A group of its own for one cell, with `who` in the role the column names (the former member removed again). */
async function groupFor(who: Who): Promise<{ id: string; name: string }> {
  const name = `Doomed ${Math.random().toString(36).slice(2, 8)}`;
  const group = await db.group.create({ data: { name }, select: { id: true } });
  const owner = who === "owner" ? cast.owner.id : (await db.user.create({ data: { email: `${name.replace(" ", "-")}@example.org` } })).id;
  await db.membership.create({ data: { groupId: group.id, userId: owner, role: "owner" } });
  const user = userOf(who);
  if (user !== null && (who === "former" || who === "editor" || who === "annotator" || who === "viewer")) {
    await db.membership.create({ data: { groupId: group.id, userId: user, role: who === "former" ? "annotator" : who } });
    if (who === "former") await db.membership.delete({ where: { groupId_userId: { groupId: group.id, userId: user } } });
  }
  return { id: group.id, name };
}

async function spareMember(): Promise<string> {
  const user = await db.user.create({ data: { email: `spare-${Math.random().toString(36).slice(2)}@example.org` }, select: { id: true } });
  await db.membership.create({ data: { groupId: cast.groupId, userId: user.id, role: "viewer" } });
  return user.id;
}

function request(url: string, method: string, body?: unknown): Request {
  const headers = new Headers({ host: "localhost", origin: "http://localhost", "sec-fetch-site": "same-origin" });
  if (body instanceof FormData) return new Request(`http://localhost${url}`, { method, headers, body });
  if (body !== undefined) headers.set("content-type", "application/json");
  return new Request(`http://localhost${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function route(file: string, method: string): Promise<Handler> {
  const mod: Record<string, unknown> = await import(path.resolve("app", file));
  const handler = mod[method];
  if (typeof handler !== "function") throw new Error(`${file} exports no ${method}`);
  return handler as Handler;
}

/** Calls a route handler; the outcome is its status, or "stream" for an open event stream. */
async function call(file: string, method: string, url: string, params: Record<string, string>, body?: unknown): Promise<string> {
  const handler = await route(file, method);
  const controller = new AbortController();
  const req = request(url, method, body);
  const response = await handler(new Request(req, { signal: controller.signal }), { params: Promise.resolve(params) });
  controller.abort();
  if (response.headers.get("content-type")?.startsWith("text/event-stream")) {
    await response.body?.cancel();
    return `${response.status} stream`;
  }
  return String(response.status);
}

/** A server action's outcome: "ok", "redirect", or the refusal's status. */
async function act(file: string, name: string, form: Record<string, string>, withState = true): Promise<string> {
  const mod: Record<string, unknown> = await import(path.resolve("app", file));
  const action = mod[name];
  if (typeof action !== "function") throw new Error(`${file} exports no ${name}`);
  const data = new FormData();
  for (const [k, v] of Object.entries(form)) data.set(k, v);
  try {
    const result = (await (withState ? action(null, data) : action(data))) as { ok: boolean; status?: number };
    return result.ok ? "ok" : String(result.status);
  } catch (error) {
    if (error instanceof Error && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT")) return "redirect";
    throw error;
  }
}

interface Row {
  /** The entry point: `route <file> <METHOD>` or `action <file> <name>`. */
  entry: string;
  /** Outcomes for signed-out, outsider, former, owner, editor, annotator, viewer. */
  expected: string;
  run: (who: Who) => Promise<string>;
}

const A = "annotations/[id]";
const S = "sources/[id]";
const W = "w3c/sources/[slug]";

/** A W3C Web Annotation on the group's handout, for the protocol's POST and PUT. */
function w3cNote(source = "https://elsewhere.example/handout"): Record<string, unknown> {
  const at = describeRange(groupSource.text, 500, 540);
  return { type: "Annotation", body: { type: "TextualBody", value: "via the protocol" }, target: { source, selector: [{ type: "TextQuoteSelector", exact: at.exact }, { type: "TextPositionSelector", start: at.start, end: at.end }] } };
}
const rows: Row[] = [
  { entry: `route api/${A}/route.ts GET`, expected: "404 404 404 200 200 200 200", run: async () => { const id = await formerNote(); return call(`api/${A}/route.ts`, "GET", `/api/annotations/${id}`, { id }); } },
  { entry: `route api/${A}/route.ts PATCH`, expected: "401 404 404 200 200 403 403", run: async () => { const id = await formerNote(); return call(`api/${A}/route.ts`, "PATCH", `/api/annotations/${id}`, { id }, { version: 1, body: note("edited") }); } },
  { entry: `route api/${A}/route.ts DELETE`, expected: "404 404 404 200 200 403 403", run: async () => { const id = await formerNote(); return call(`api/${A}/route.ts`, "DELETE", `/api/annotations/${id}`, { id }); } },
  {
    entry: `route api/${A}/place/route.ts POST`,
    // Signed out cannot read the group's note at all: the 404 of an unknown id.
    expected: "404 404 404 200 200 403 403",
    run: async () => {
      const id = await formerNote({ anchorStatus: "orphaned" });
      const input = { version: 1, versionId: groupSource.versionId, start: 500, end: 540, exact: groupSource.text.slice(500, 540) };
      return call(`api/${A}/place/route.ts`, "POST", `/api/annotations/${id}/place`, { id }, input);
    },
  },
  { entry: `route api/${A}/restore/route.ts POST`, expected: "404 404 404 200 200 403 403", run: async () => { const id = await formerNote({ deletedAt: new Date(), deletedById: cast.editor.id }); return call(`api/${A}/restore/route.ts`, "POST", `/api/annotations/${id}/restore`, { id }); } },
  { entry: `route api/${A}/replies/route.ts GET`, expected: "404 404 404 200 200 200 200", run: async () => { const id = await formerNote(); return call(`api/${A}/replies/route.ts`, "GET", `/api/annotations/${id}/replies`, { id }); } },
  { entry: `route api/${A}/replies/route.ts POST`, expected: "401 404 404 201 201 201 403", run: async () => { const id = await formerNote(); return call(`api/${A}/replies/route.ts`, "POST", `/api/annotations/${id}/replies`, { id }, { body: note("a reply") }); } },
  { entry: `route api/${A}/revisions/route.ts GET`, expected: "404 404 404 200 200 200 200", run: async () => { const id = await formerNote(); return call(`api/${A}/revisions/route.ts`, "GET", `/api/annotations/${id}/revisions`, { id }); } },
  { entry: `route api/${A}/links/route.ts POST`, expected: "401 404 404 201 201 201 403", run: async () => { const id = await formerNote(); const toId = await memberNote(); return call(`api/${A}/links/route.ts`, "POST", `/api/annotations/${id}/links`, { id }, { toId, kind: "supports" }); } },
  { entry: `route api/${A}/links/[linkId]/route.ts DELETE`, expected: "404 404 404 200 200 403 403", run: async () => { const { id, linkId } = await link(false); return call(`api/${A}/links/[linkId]/route.ts`, "DELETE", `/api/annotations/${id}/links/${linkId}`, { id, linkId }); } },
  { entry: `route api/${A}/links/[linkId]/restore/route.ts POST`, expected: "404 404 404 200 200 403 403", run: async () => { const { id, linkId } = await link(true); return call(`api/${A}/links/[linkId]/restore/route.ts`, "POST", `/api/annotations/${id}/links/${linkId}/restore`, { id, linkId }); } },
  { entry: "route api/annotations/search/route.ts GET", expected: "200 200 200 200 200 200 200", run: () => call("api/annotations/search/route.ts", "GET", "/api/annotations/search?q=FORMER-NOTE", {}) },
  { entry: "route api/search/route.ts GET", expected: "200 200 200 200 200 200 200", run: () => call("api/search/route.ts", "GET", "/api/search?q=FORMER-NOTE", {}) },
  { entry: "route api/sources/text-matches/route.ts GET", expected: "200 200 200 200 200 200 200", run: () => call("api/sources/text-matches/route.ts", "GET", "/api/sources/text-matches?q=seminar", {}) },
  { entry: `route api/${S}/similar/route.ts GET`, expected: "404 404 404 200 200 200 200", run: () => call(`api/${S}/similar/route.ts`, "GET", `/api/sources/${groupSource.sourceId}/similar?start=0&end=40`, { id: groupSource.sourceId }) },
  { entry: `route api/${S}/text/route.ts GET`, expected: "404 404 404 200 200 200 200", run: () => call(`api/${S}/text/route.ts`, "GET", `/api/sources/${groupSource.sourceId}/text?version=${groupSource.versionId}`, { id: groupSource.sourceId }) },
  { entry: `route api/${S}/annotations/route.ts GET`, expected: "404 404 404 200 200 200 200", run: () => call(`api/${S}/annotations/route.ts`, "GET", `/api/sources/${groupSource.sourceId}/annotations`, { id: groupSource.sourceId }) },
  {
    entry: `route api/${S}/annotations/route.ts POST`,
    expected: "401 404 404 201 201 201 403",
    run: () => {
      const anchor = describeRange(groupSource.text, 400, 430);
      const input = { visibility: "group", layer: "rebuttal", groupId: cast.groupId, start: anchor.start, end: anchor.end, exact: anchor.exact, body: note("new"), tags: [] };
      return call(`api/${S}/annotations/route.ts`, "POST", `/api/sources/${groupSource.sourceId}/annotations`, { id: groupSource.sourceId }, input);
    },
  },
  { entry: `route api/${S}/metadata/route.ts GET`, expected: "404 404 404 200 200 200 200", run: () => call(`api/${S}/metadata/route.ts`, "GET", `/api/sources/${groupSource.sourceId}/metadata`, { id: groupSource.sourceId }) },
  // Each call names a new author, so every allowed one writes a revision (an unchanged value writes none and still answers 200).
  { entry: `route api/${S}/metadata/route.ts PATCH`, expected: "401 404 404 200 200 403 403", run: () => call(`api/${S}/metadata/route.ts`, "PATCH", `/api/sources/${groupSource.sourceId}/metadata`, { id: groupSource.sourceId }, { author: `Author ${Math.random()}` }) },
  { entry: `route api/${S}/events/route.ts GET`, expected: "404 404 404 200stream 200stream 200stream 200stream", run: () => call(`api/${S}/events/route.ts`, "GET", `/api/sources/${groupSource.sourceId}/events`, { id: groupSource.sourceId }) },
  {
    entry: "route api/sources/import/route.ts POST",
    expected: "401 404 404 200 200 403 403",
    run: () => {
      const form = new FormData();
      form.set("groupId", cast.groupId);
      form.set("file", new File([`Minutes ${Math.random()}\n`], "minutes.txt"));
      form.set("title", `Minutes ${Math.random().toString(36).slice(2)}`);
      return call("api/sources/import/route.ts", "POST", "/api/sources/import", {}, form);
    },
  },
  {
    entry: `route api/${S}/annotations/import/route.ts POST`,
    expected: "404 404 404 200 200 200 403",
    run: () => {
      const at = describeRange(groupSource.text, 100, 140);
      const document = JSON.stringify({ type: "Annotation", target: { selector: [{ type: "TextQuoteSelector", exact: at.exact }] } });
      const input = { mode: "preview", document, visibility: "group", groupId: cast.groupId, layer: "rebuttal" };
      return call(`api/${S}/annotations/import/route.ts`, "POST", `/api/sources/${groupSource.sourceId}/annotations/import`, { id: groupSource.sourceId }, input);
    },
  },
  { entry: `route api/${W}/route.ts GET`, expected: "404 404 404 200 200 200 200", run: () => call(`api/${W}/route.ts`, "GET", `/api/w3c/sources/${groupSource.slug}/`, { slug: groupSource.slug }) },
  { entry: `route api/${W}/route.ts POST`, expected: "404 404 404 201 201 201 403", run: () => call(`api/${W}/route.ts`, "POST", `/api/w3c/sources/${groupSource.slug}/`, { slug: groupSource.slug }, w3cNote()) },
  { entry: `route api/${W}/[id]/route.ts GET`, expected: "404 404 404 200 200 200 200", run: async () => { const id = await formerNote(); return call(`api/${W}/[id]/route.ts`, "GET", `/api/w3c/sources/${groupSource.slug}/${id}`, { slug: groupSource.slug, id }); } },
  // Without If-Match: 428 for those who may edit, after the policy refused the others.
  { entry: `route api/${W}/[id]/route.ts PUT`, expected: "404 404 404 428 428 403 403", run: async () => { const id = await formerNote(); return call(`api/${W}/[id]/route.ts`, "PUT", `/api/w3c/sources/${groupSource.slug}/${id}`, { slug: groupSource.slug, id }, w3cNote()); } },
  { entry: `route api/${W}/[id]/route.ts DELETE`, expected: "404 404 404 204 204 403 403", run: async () => { const id = await formerNote(); return call(`api/${W}/[id]/route.ts`, "DELETE", `/api/w3c/sources/${groupSource.slug}/${id}`, { slug: groupSource.slug, id }); } },
  { entry: "route api/w3c/groups/[id]/route.ts GET", expected: "401 404 404 200 200 200 200", run: () => call("api/w3c/groups/[id]/route.ts", "GET", `/api/w3c/groups/${cast.groupId}/`, { id: cast.groupId }) },
  {
    entry: "route api/w3c/groups/[id]/route.ts POST",
    expected: "401 404 404 201 201 201 403",
    run: () => call("api/w3c/groups/[id]/route.ts", "POST", `/api/w3c/groups/${cast.groupId}/`, { id: cast.groupId }, w3cNote(`${publicBase(new Request("http://localhost/")).origin}/sources/${groupSource.slug}`)),
  },
  { entry: "route api/export/route.ts GET", expected: "404 404 404 200 200 200 200", run: () => call("api/export/route.ts", "GET", `/api/export?format=csv&source=${groupSource.sourceId}`, {}) },
  { entry: "route api/compare/route.ts GET", expected: "404 404 404 200 200 200 200", run: () => call("api/compare/route.ts", "GET", `/api/compare?left=${groupSource.sourceId}&right=${publicSource.sourceId}`, {}) },
  {
    entry: "route api/compare/links/route.ts POST",
    expected: "401 404 404 201 201 201 403",
    run: async () => {
      const anchor = describeRange(groupSource.text, 100, 130);
      const from = { sourceId: groupSource.sourceId, visibility: "group", layer: "rebuttal", groupId: cast.groupId, start: anchor.start, end: anchor.end, exact: anchor.exact, body: note("in place"), tags: [] };
      return call("api/compare/links/route.ts", "POST", "/api/compare/links", {}, { from, to: { annotationId: await memberNote() }, kind: "quotes" });
    },
  },
  { entry: "route api/health/route.ts GET", expected: "200 200 200 200 200 200 200", run: () => call("api/health/route.ts", "GET", "/api/health", {}) },

  { entry: "action groups/actions.ts createGroupAction", expected: "401 redirect redirect redirect redirect redirect redirect", run: () => act("groups/actions.ts", "createGroupAction", { name: "A new seminar" }) },
  { entry: "action groups/[id]/actions.ts createInviteAction", expected: "401 404 404 ok 403 403 403", run: () => act("groups/[id]/actions.ts", "createInviteAction", { groupId: cast.groupId, role: "viewer", expiresInDays: "7" }) },
  { entry: "action groups/[id]/actions.ts changeRoleAction", expected: "401 404 404 ok 403 403 403", run: async () => act("groups/[id]/actions.ts", "changeRoleAction", { groupId: cast.groupId, userId: await spareMember(), role: "annotator" }) },
  { entry: "action groups/[id]/actions.ts removeMemberAction", expected: "401 404 404 ok 403 403 403", run: async () => act("groups/[id]/actions.ts", "removeMemberAction", { groupId: cast.groupId, userId: await spareMember() }) },
  { entry: "action groups/[id]/actions.ts revokeInviteAction", expected: "401 404 404 ok 403 403 403", run: async () => act("groups/[id]/actions.ts", "revokeInviteAction", { groupId: cast.groupId, inviteId: (await invite()).id }) },
  {
    entry: "action groups/[id]/actions.ts deleteGroupAction",
    expected: "401 404 404 redirect 403 403 403",
    run: async (who) => {
      const group = await groupFor(who);
      return act("groups/[id]/actions.ts", "deleteGroupAction", { groupId: group.id, confirmName: group.name });
    },
  },
  {
    entry: "action invite/[token]/actions.ts acceptInviteAction",
    // Holding the link is the permission; a member keeps their role. A group of its own, so no one joins the seminar.
    expected: "401 redirect redirect redirect redirect redirect redirect",
    run: async (who) => act("invite/[token]/actions.ts", "acceptInviteAction", { token: (await invite((await groupFor(who)).id)).token }),
  },
  { entry: "action settings/tokens/actions.ts createTokenAction", expected: "401 ok ok ok ok ok ok", run: () => act("settings/tokens/actions.ts", "createTokenAction", { name: "A sync tool" }) },
  {
    entry: "action settings/tokens/actions.ts revokeTokenAction",
    // Each revokes a token of their own; signed out, the owner's.
    expected: "401 ok ok ok ok ok ok",
    run: async (who) => {
      const token = await db.apiToken.create({ data: { userId: userOf(who) ?? cast.owner.id, name: "old", tokenHash: `hash-${Math.random()}` }, select: { id: true } });
      return act("settings/tokens/actions.ts", "revokeTokenAction", { tokenId: token.id });
    },
  },
  {
    entry: "action sign-up/actions.ts signUpAction",
    // Anyone may make an account; a signed-in caller makes a second one like anyone else.
    expected: "ok ok ok ok ok ok ok",
    run: () => act("sign-up/actions.ts", "signUpAction", { email: `new-${Math.random().toString(36).slice(2)}@example.org`, password: "a long enough password" }, false),
  },
];

/** Entry points that are not ours to authorize, with the reason. */
const OUTSIDE_THE_TABLE: Record<string, string> = {
  "route api/auth/[...nextauth]/route.ts GET": "next-auth's own sign-in endpoints (tested in accounts and sign-in suites)",
  "route api/auth/[...nextauth]/route.ts POST": "next-auth's own sign-in endpoints (tested in accounts and sign-in suites)",
};

async function filesNamed(dir: string, name: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name === name).map((e) => path.relative("app", path.join(e.parentPath, e.name)));
}

async function entryPointsOnDisk(): Promise<string[]> {
  const found: string[] = [];
  for (const file of await filesNamed("app", "route.ts")) {
    const source = await readFile(path.join("app", file), "utf8");
    for (const [, method] of source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`route ${file} ${method}`);
    for (const [, methods] of source.matchAll(/export \{([^}]*)\}/g)) {
      for (const method of methods?.match(/\b(GET|POST|PUT|PATCH|DELETE)\b/g) ?? []) found.push(`route ${file} ${method}`);
    }
  }
  for (const file of await filesNamed("app", "actions.ts")) {
    const source = await readFile(path.join("app", file), "utf8");
    for (const [, name] of source.matchAll(/export async function (\w+)/g)) found.push(`action ${file} ${name}`);
  }
  return found.sort();
}

beforeAll(async () => {
  db = await freshDatabase();
  // The route modules use the app's own client, on the suite's database.
  process.env.DATABASE_URL = testDatabaseUrl();
  cast = await castGroup(db, "entry");
  former = await db.user.create({ data: { name: "entry former", email: "entry-former@example.org" }, select: { id: true } });
  await db.membership.create({ data: { groupId: cast.groupId, userId: former.id, role: "annotator" } });
  publicSource = await storeCorpusFile(db, VOGIATZIS, "entry-public");
  const text = `${"A paragraph the seminar reads closely, again and again. ".repeat(12)}\n`;
  const prepared = prepareSource(new TextEncoder().encode(text), "handout.txt", { title: "Entry handout" });
  if (!prepared.ok) throw new Error(prepared.error.message);
  const stored = await storeSource({ db, prepared: prepared.prepared, createdById: cast.owner.id, groupId: cast.groupId });
  const version = await db.source.findUniqueOrThrow({ where: { id: stored.sourceId }, select: { currentVersion: { select: { id: true, text: true } } } });
  groupSource = { ...stored, versionId: version.currentVersion?.id ?? "", text: version.currentVersion?.text ?? "" };
  // The former member wrote on the group's text, then was removed.
  await db.membership.delete({ where: { groupId_userId: { groupId: cast.groupId, userId: former.id } } });
});
afterAll(async () => {
  await startedAnnotationsHub()?.close();
  await db.$disconnect();
});

describe("every entry point against every kind of caller", () => {
  it("lists every route handler and server action on disk", async () => {
    const listed = [...rows.map((r) => r.entry), ...Object.keys(OUTSIDE_THE_TABLE)].sort();
    expect(listed).toEqual(await entryPointsOnDisk());
    expect(publicSource.sourceId).not.toBe(groupSource.sourceId);
  });

  it.each(rows.map((r) => [r.entry, r] as const))("%s", async (_entry, row) => {
    const outcomes: string[] = [];
    for (const who of WHO) {
      session.userId = userOf(who);
      outcomes.push((await row.run(who)).replace(" stream", "stream"));
    }
    session.userId = null;
    expect(Object.fromEntries(WHO.map((who, i) => [who, outcomes[i]]))).toEqual(
      Object.fromEntries(WHO.map((who, i) => [who, row.expected.split(" ")[i]])),
    );
  });

  it("never shows the former member's note to those who may not read it", async () => {
    const id = await formerNote();
    for (const who of WHO) {
      session.userId = userOf(who);
      const handler = await route("api/annotations/search/route.ts", "GET");
      const response = await handler(request("/api/annotations/search?q=FORMER-NOTE", "GET"), { params: Promise.resolve({}) });
      const found = ((await response.json()) as { results: { id: string }[] }).results.some((r) => r.id === id);
      expect([who, found]).toEqual([who, ["owner", "editor", "annotator", "viewer"].includes(who)]);
    }
    session.userId = null;
  });

  it("finds the former member's notes, and the group's text, only for those who may read them", async () => {
    await formerNote();
    for (const who of WHO) {
      session.userId = userOf(who);
      const search = await route("api/search/route.ts", "GET");
      const notes = (await (await search(request("/api/search?q=FORMER-NOTE", "GET"), { params: Promise.resolve({}) })).json()) as { total: number };
      const counts = await route("api/sources/text-matches/route.ts", "GET");
      const texts = (await (await counts(request("/api/sources/text-matches?q=seminar", "GET"), { params: Promise.resolve({}) })).json()) as { counts: Record<string, number> };
      const member = ["owner", "editor", "annotator", "viewer"].includes(who);
      expect([who, notes.total > 0, groupSource.slug in texts.counts]).toEqual([who, member, member]);
    }
    session.userId = null;
  });
});
