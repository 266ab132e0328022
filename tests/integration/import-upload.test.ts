import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveAccess } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/http";
import { PolicyError, type Role } from "@/lib/policy";
import { prepareSource, storeSource } from "@/lib/sources/import-source";
import { importUpload } from "@/lib/sources/import-upload";
import { type ImportUploadInput, importUploadSchema } from "@/lib/sources/import-upload-schema";
import { freshDatabase } from "./support/database";
import { makeUser } from "./support/users";

/** The import as the server action calls it: the caller's access resolved first. */
async function importUploadAs(userId: string, input: ImportUploadInput) {
  const actor = await resolveAccess(db, { id: userId });
  if (actor === null) throw new Error("no access for a user id");
  return importUpload({ db, actor, input });
}

// Web imports go into a group, and only ever touch that group's sources.

let db: Db;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db.$disconnect();
});

const NOTES = "# Trial notes\n\nVyshinsky opened the case on 19 August 1936.\n\nThe accused confessed.\n";

async function groupWith(roles: Role[]) {
  const group = await db.group.create({ data: { name: `Seminar ${Math.random().toString(36).slice(2, 8)}` } });
  const users: Record<string, string> = {};
  for (const role of roles) {
    const user = await makeUser(db, role);
    await db.membership.create({ data: { groupId: group.id, userId: user.id, role } });
    users[role] = user.id;
  }
  return { groupId: group.id, users };
}

const upload = (groupId: string, body: string | Uint8Array, name = "trial-notes.md", fields: Record<string, string> = {}) =>
  importUploadSchema.parse({ groupId, file: new File([typeof body === "string" ? body : new Uint8Array(body)], name), ...fields });

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
}

describe("importing an upload into a group", () => {
  it("lets an editor import a new group source, then sees the same bytes as unchanged", async () => {
    const { groupId, users } = await groupWith(["owner", "editor"]);
    const first = await importUploadAs(users.editor!, upload(groupId, NOTES, "trial-notes.md", { author: "A. Reader" }));
    // The title is the file's own "# Trial notes", not its name.
    expect(first).toMatchObject({ outcome: "created", slug: "trial-notes", title: "Trial notes", versionNumber: 1 });
    expect(first.report.filled).toEqual(["title"]);
    expect(first.report.blocksByKind.heading).toBe(1);
    const row = await db.source.findUniqueOrThrow({ where: { id: first.sourceId }, include: { versions: true } });
    expect(row.groupId).toBe(groupId);
    expect(row.author).toBe("A. Reader");
    expect(row.versions[0]?.createdById).toBe(users.editor);

    const again = await importUploadAs(users.owner!, upload(groupId, NOTES));
    expect(again).toMatchObject({ outcome: "unchanged", sourceId: first.sourceId, versionNumber: 1 });
    expect(await db.sourceVersion.count({ where: { sourceId: first.sourceId } })).toBe(1);

    const changed = await importUploadAs(users.editor!, upload(groupId, `${NOTES}\nA later paragraph.\n`));
    expect(changed).toMatchObject({ outcome: "new-version", sourceId: first.sourceId, slug: "trial-notes", versionNumber: 2 });
    expect(await db.sourceVersion.count({ where: { sourceId: first.sourceId } })).toBe(2);
  });

  it("refuses annotators and viewers (403) and outsiders (404), storing nothing", async () => {
    const { groupId, users } = await groupWith(["annotator", "viewer"]);
    const outsider = await makeUser(db, "Outsider");
    const before = await db.source.count();
    for (const [userId, status] of [[users.annotator!, 403], [users.viewer!, 403], [outsider.id, 404]] as const) {
      const error = await refusal(importUploadAs(userId, upload(groupId, NOTES, "refused.md")));
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).status).toBe(status);
    }
    const missing = await refusal(importUploadAs(outsider.id, upload("no-such-group", NOTES, "refused.md")));
    expect((missing as PolicyError).status).toBe(404);
    expect(await db.source.count()).toBe(before);
  });

  it("turns the importer's refusals into form errors on the file", async () => {
    const { groupId, users } = await groupWith(["editor"]);
    const cases: [string | Uint8Array, string, RegExp][] = [
      ["", "empty.md", /is empty/],
      ["   \n\n ", "blank.txt", /only whitespace/],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), "zip.txt", /binary/],
      [new Uint8Array([0x61, 0x62, 0xc3, 0x28, 0x63]), "latin.txt", /not valid UTF-8/],
    ];
    for (const [body, name, message] of cases) {
      const error = await refusal(importUploadAs(users.editor!, upload(groupId, body, name)));
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(message);
      expect((error as AppError).fieldErrors?.file?.[0]).toMatch(message);
    }
    expect(await db.source.count({ where: { groupId } })).toBe(0);
  });

  it("never adds a version to a public source or another group's: the upload gets a fresh slug", async () => {
    const publicSource = prepareSource(new TextEncoder().encode("The public text.\n"), "purge.txt", { title: "The Great Purge" });
    if (!publicSource.ok) throw new Error(publicSource.error.message);
    const pub = await storeSource({ db, prepared: publicSource.prepared, createdById: null, groupId: null });
    const other = await groupWith(["editor"]);
    const theirs = await importUploadAs(other.users.editor!, upload(other.groupId, "Their text.\n", "x.txt", { title: "The Great Purge" }));
    expect(theirs.slug).toBe("the-great-purge-2");

    const mine = await groupWith(["owner"]);
    const ours = await importUploadAs(mine.users.owner!, upload(mine.groupId, "Our text.\n", "y.txt", { title: "The Great Purge" }));
    expect(ours).toMatchObject({ outcome: "created", slug: "the-great-purge-3" });
    const again = await importUploadAs(mine.users.owner!, upload(mine.groupId, "Our text, edited.\n", "y.txt", { title: "The Great Purge" }));
    expect(again).toMatchObject({ outcome: "new-version", slug: "the-great-purge-3", sourceId: ours.sourceId });

    for (const [id, text, groupId] of [[pub.sourceId, "The public text.", null], [theirs.sourceId, "Their text.", other.groupId]] as const) {
      const row = await db.source.findUniqueOrThrow({ where: { id }, include: { versions: true, currentVersion: true } });
      expect(row.versions).toHaveLength(1);
      expect(row.currentVersion?.text).toBe(text);
      expect(row.groupId).toBe(groupId);
    }
  });

  it("keeps the CLI's public imports away from group sources too", async () => {
    const { groupId, users } = await groupWith(["editor"]);
    const group = await importUploadAs(users.editor!, upload(groupId, "Group only.\n", "z.txt", { title: "Secret minutes" }));
    const cli = prepareSource(new TextEncoder().encode("Public copy.\n"), "z.txt", { title: "Secret minutes" });
    if (!cli.ok) throw new Error(cli.error.message);
    const stored = await storeSource({ db, prepared: cli.prepared, createdById: null, groupId: null });
    expect(stored).toMatchObject({ outcome: "created", slug: "secret-minutes-2" });
    expect(await db.sourceVersion.count({ where: { sourceId: group.sourceId } })).toBe(1);
  });
});
