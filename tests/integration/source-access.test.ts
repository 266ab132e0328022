import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveAccess } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { prepareSource, storeSource } from "@/lib/sources/import-source";
import { getReaderSource, listSources } from "@/lib/sources/queries";
import { freshDatabase } from "./support/database";
import { makeUser } from "./support/users";

// A group's source exists only for its members: the library lists it with the
// group's name, the reader opens it; for anyone else it is not there at all.

let db: Db;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db.$disconnect();
});

/** The viewer's access as a request resolves it. */
const as = (user: { id: string }) => resolveAccess(db, user);

async function store(title: string, text: string, groupId: string | null) {
  const prepared = prepareSource(new TextEncoder().encode(text), "s.txt", { title });
  if (!prepared.ok) throw new Error(prepared.error.message);
  return storeSource({ db, prepared: prepared.prepared, createdById: null, groupId });
}

describe("who sees a group's sources", () => {
  it("lists and opens them for members only", async () => {
    const group = await db.group.create({ data: { name: "Archive readers" } });
    const otherGroup = await db.group.create({ data: { name: "Elsewhere" } });
    const member = await makeUser(db, "Member");
    const outsider = await makeUser(db, "Outsider");
    await db.membership.create({ data: { groupId: group.id, userId: member.id, role: "viewer" } });
    await db.membership.create({ data: { groupId: otherGroup.id, userId: outsider.id, role: "owner" } });

    const pub = await store("Public trial record", "Open to all.\n", null);
    const secret = await store("Fond 17 notes", "Members only.\n", group.id);

    const signedOut = await listSources({ db, actor: null, input: { filter: "" } });
    expect(signedOut.map((s) => s.title)).toEqual(["Public trial record"]);
    expect(signedOut[0]?.groupName).toBeNull();
    expect((await listSources({ db, actor: await as(outsider), input: { filter: "" } })).map((s) => s.title)).toEqual(["Public trial record"]);

    const forMember = await listSources({ db, actor: await as(member), input: { filter: "" } });
    expect(forMember.map((s) => [s.title, s.groupName])).toEqual([
      ["Fond 17 notes", "Archive readers"],
      ["Public trial record", null],
    ]);
    expect((await listSources({ db, actor: await as(member), input: { filter: "fond" } })).map((s) => s.title)).toEqual(["Fond 17 notes"]);
    expect(await listSources({ db, actor: await as(outsider), input: { filter: "fond" } })).toEqual([]);

    for (const key of [secret.sourceId, secret.slug]) {
      expect(await getReaderSource({ db, actor: null, input: { idOrSlug: key } })).toBeNull();
      expect(await getReaderSource({ db, actor: null, input: { idOrSlug: key } })).toBeNull();
      expect(await getReaderSource({ db, actor: await as(outsider), input: { idOrSlug: key } })).toBeNull();
      expect((await getReaderSource({ db, actor: await as(member), input: { idOrSlug: key } }))?.text).toBe("Members only.");
    }
    expect((await getReaderSource({ db, actor: null, input: { idOrSlug: pub.slug } }))?.title).toBe("Public trial record");
    expect((await getReaderSource({ db, actor: await as(outsider), input: { idOrSlug: pub.slug } }))?.title).toBe("Public trial record");

    // Leaving the group is losing the source.
    await db.membership.deleteMany({ where: { userId: member.id } });
    expect(await getReaderSource({ db, actor: await as(member), input: { idOrSlug: secret.slug } })).toBeNull();
    expect((await listSources({ db, actor: await as(member), input: { filter: "" } })).map((s) => s.title)).toEqual(["Public trial record"]);
  });
});

describe("deleting a group", () => {
  it("is refused while it owns sources, so they never become public", async () => {
    const group = await db.group.create({ data: { name: "Short-lived seminar" } });
    const source = await store("Seminar handout", "Only for the seminar.\n", group.id);
    await expect(db.group.delete({ where: { id: group.id } })).rejects.toThrow();
    const kept = await db.source.findUniqueOrThrow({ where: { id: source.sourceId } });
    expect(kept.groupId).toBe(group.id);
    expect((await listSources({ db, actor: null, input: { filter: "handout" } })).map((s) => s.title)).toEqual([]);
  });
});
