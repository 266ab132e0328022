import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "@/lib/corpus/decode-upload";
import { importUploadFields, importUploadSchema, titleFromFileName } from "@/lib/sources/import-upload-schema";

const file = (name: string, body: string | Uint8Array = "# Notes\n\nA paragraph.\n") =>
  new File([typeof body === "string" ? body : new Uint8Array(body)], name);

const problems = (raw: Record<string, unknown>) => {
  const parsed = importUploadSchema.safeParse(raw);
  if (parsed.success) throw new Error("expected a refusal");
  return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the import form schema", () => {
  it("leaves a blank title for the importer to take from the file, and blank details out", () => {
    const parsed = importUploadSchema.parse({ groupId: " g1 ", file: file("trial-notes_1937.md"), title: "  ", author: "", url: "" });
    expect(parsed.groupId).toBe("g1");
    expect(parsed.metadata).toEqual({
      title: null,
      author: null,
      site: null,
      url: null,
      published: null,
      language: null,
      kind: null,
      perspective: null,
    });
  });

  it("keeps the details given", () => {
    const parsed = importUploadSchema.parse({
      groupId: "g1",
      file: file("a.txt"),
      title: " Chuev interviews ",
      url: "https://example.org/a",
      published: "1991-05",
      language: "ru",
    });
    expect(parsed.metadata).toMatchObject({ title: "Chuev interviews", url: "https://example.org/a", published: "1991-05", language: "ru" });
  });

  it("refuses a missing file, a file without a name and a string in its place", () => {
    expect(problems({ groupId: "g1" })).toEqual(["file: Choose a file to import."]);
    expect(problems({ groupId: "g1", file: new File([], "") })).toEqual(["file: Choose a file to import."]);
    expect(problems({ groupId: "g1", file: "notes.md" })).toEqual(["file: Choose a file to import."]);
  });

  it("refuses unknown extensions and files over 5 MB before reading them", () => {
    expect(problems({ groupId: "g1", file: file("scan.pdf") })).toEqual(["file: Choose a .txt, .md, .markdown, .html or .htm file."]);
    expect(problems({ groupId: "g1", file: file("noext") })[0]).toMatch(/^file: Choose a \.txt/);
    const big = file("big.txt", new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61));
    expect(problems({ groupId: "g1", file: big })).toEqual(["file: The file is larger than 5 MB, the limit for an import."]);
    expect(importUploadSchema.safeParse({ groupId: "g1", file: file("ok.HTM") }).success).toBe(true);
  });

  it("refuses a missing group and bad details", () => {
    expect(problems({ file: file("a.md") })).toEqual(["groupId: Choose a group."]);
    expect(problems({ groupId: "  ", file: file("a.md") })).toEqual(["groupId: Choose a group."]);
    expect(problems({ groupId: "g1", file: file("a.md"), url: "javascript:alert(1)" })[0]).toMatch(/^url: /);
    expect(problems({ groupId: "g1", file: file("a.md"), url: "example.org" })[0]).toMatch(/^url: /);
    expect(problems({ groupId: "g1", file: file("a.md"), published: "25 Aug 2019" })).toEqual([
      "published: Give the date as 2019-08-25, 1997-09 or 1937.",
    ]);
    expect(problems({ groupId: "g1", file: file("a.md"), title: "x".repeat(501) })[0]).toMatch(/^title: /);
    expect(problems({ groupId: "g1", file: file("a.md"), author: "x".repeat(2001) })[0]).toMatch(/^author: /);
  });

  it("reads a FormData without React's bookkeeping entries", () => {
    const form = new FormData();
    form.set("$ACTION_ID_abc", "");
    form.set("groupId", "g1");
    form.set("file", file("a.md"));
    const raw = importUploadFields(form);
    expect(Object.keys(raw).sort()).toEqual(["file", "groupId"]);
    expect(importUploadSchema.parse(raw).metadata.title).toBeNull();
  });

  it("names untitled files after themselves", () => {
    expect(titleFromFileName("notes.md")).toBe("notes");
    expect(titleFromFileName("--.md")).toBe("--.md");
  });
});
