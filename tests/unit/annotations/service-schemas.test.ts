import { describe, expect, it } from "vitest";
import { AnnotationError } from "@/lib/annotations/errors";
import { parseInput } from "@/lib/annotations/parse-input";
import { LIST_LIMIT_DEFAULT } from "@/lib/annotations/list-limits";
import { CreateAnnotationInput, CreateLinkInput, CreateReplyInput, ListAnnotationsQuery, UpdateAnnotationInput } from "@/lib/annotations/schemas";
import { doc, item, linkedDoc, nestedLists, para, text } from "./payloads";

const base = {
  visibility: "group",
  layer: "rebuttal",
  groupId: "g1",
  start: 10,
  end: 20,
  exact: "0123456789",
  body: doc(para(text("A note."))),
};

function refusal(run: () => unknown): AnnotationError {
  try {
    run();
  } catch (error) {
    if (error instanceof AnnotationError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("CreateAnnotationInput", () => {
  it("returns the checked note with its plain text", () => {
    const parsed = parseInput(CreateAnnotationInput, base);
    expect(parsed.body).toEqual({ doc: doc(para(text("A note."))), text: "A note." });
    expect(parsed.tags).toEqual([]);
  });

  it("trims tags and drops repeats whatever their case, keeping the first spelling", () => {
    const parsed = parseInput(CreateAnnotationInput, { ...base, tags: ["  Bukharin ", "NKVD", "bukharin", "nkvd ", "1937"] });
    expect(parsed.tags).toEqual(["Bukharin", "NKVD", "1937"]);
  });

  it("counts tags after removing repeats", () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `t${i}`);
    expect(parseInput(CreateAnnotationInput, { ...base, tags: [...twenty, "T0", "t1"] }).tags).toHaveLength(20);
    expect(refusal(() => parseInput(CreateAnnotationInput, { ...base, tags: [...twenty, "t20"] })).message).toBe("tags: at most 20 tags");
  });

  it("refuses empty and over-long tags", () => {
    expect(refusal(() => parseInput(CreateAnnotationInput, { ...base, tags: ["  "] })).message).toBe("tags.0: a tag cannot be empty");
    expect(refusal(() => parseInput(CreateAnnotationInput, { ...base, tags: ["x".repeat(41)] })).code).toBe("invalid_input");
  });

  it("refuses hostile notes as invalid_body with validateBody's reason", () => {
    const js = refusal(() => parseInput(CreateAnnotationInput, { ...base, body: linkedDoc("javascript:alert(1)") }));
    expect(js).toMatchObject({ code: "invalid_body", status: 400 });
    expect(js.message).toMatch(/^body: .*link to javascript: is not allowed/);
    expect(refusal(() => parseInput(CreateAnnotationInput, { ...base, body: nestedLists(10_000) })).code).toBe("invalid_body");
    expect(refusal(() => parseInput(CreateAnnotationInput, { ...base, body: "<p>hi</p>" })).code).toBe("invalid_body");
  });

  it("refuses unknown fields, layers and visibilities", () => {
    expect(refusal(() => parseInput(CreateAnnotationInput, { ...base, authorId: "someone-else" })).code).toBe("invalid_input");
    expect(refusal(() => parseInput(CreateAnnotationInput, { ...base, layer: "propaganda" })).message).toMatch(/^layer:/);
    expect(refusal(() => parseInput(CreateAnnotationInput, { ...base, visibility: "secret" })).message).toMatch(/^visibility:/);
    expect(refusal(() => parseInput(CreateAnnotationInput, { ...base, start: 1.5 })).message).toMatch(/^start:/);
  });

  it("keeps a citation's given fields and needs at least one", () => {
    const parsed = parseInput(CreateAnnotationInput, { ...base, citation: { archive: " RGASPI ", fond: "17", list: "" } });
    expect(parsed.citation).toEqual({ archive: "RGASPI", fond: "17", opis: null, delo: null, list: null, publishedIn: null, documentDate: null, url: null });
    expect(refusal(() => parseInput(CreateAnnotationInput, { ...base, citation: { archive: " " } })).message).toBe("citation: a citation needs at least one field");
  });

  it("takes a citation's URL only as an http(s) address", () => {
    const url = "https://www.alexanderyakovlev.org/fond/issues-doc/1005082";
    expect(parseInput(CreateAnnotationInput, { ...base, citation: { url } }).citation?.url).toBe(url);
    for (const bad of ["javascript:alert(1)", "www.example.org", "data:text/html,x"]) {
      expect(refusal(() => parseInput(CreateAnnotationInput, { ...base, citation: { archive: "GARF", url: bad } })).message).toMatch(/^citation\.url: /);
    }
  });
});

describe("the other inputs", () => {
  it("UpdateAnnotationInput needs the edited version and something to change", () => {
    expect(parseInput(UpdateAnnotationInput, { version: 3, layer: "rebuttal" })).toEqual({ version: 3, layer: "rebuttal" });
    expect(refusal(() => parseInput(UpdateAnnotationInput, { layer: "rebuttal" })).message).toMatch(/^version:/);
    expect(refusal(() => parseInput(UpdateAnnotationInput, { version: 3 })).message).toMatch(/nothing to change/);
    expect(refusal(() => parseInput(UpdateAnnotationInput, { version: 3, exact: "moved" })).code).toBe("invalid_input");
  });

  it("CreateReplyInput refuses an empty reply", () => {
    expect(refusal(() => parseInput(CreateReplyInput, { body: doc(para()) })).message).toBe("body: a reply cannot be empty");
    expect(parseInput(CreateReplyInput, { body: doc({ type: "bulletList", content: [item(para(text("yes")))] }) }).body.text).toBe("- yes");
  });

  it("CreateLinkInput takes the link kinds of the design", () => {
    expect(parseInput(CreateLinkInput, { toId: "a2", kind: "contextualizes", note: " " })).toEqual({ toId: "a2", kind: "contextualizes", note: null });
    expect(refusal(() => parseInput(CreateLinkInput, { toId: "a2", kind: "likes" })).message).toMatch(/^kind:/);
    expect(parseInput(CreateLinkInput, { toId: "a2", kind: "quotes" }).kind).toBe("quotes");
  });

  it("ListAnnotationsQuery ignores unknown query parameters", () => {
    expect(parseInput(ListAnnotationsQuery, { layer: "rebuttal", _: "1700000000" })).toEqual({ layer: "rebuttal", limit: LIST_LIMIT_DEFAULT });
  });

  it("ListAnnotationsQuery bounds the page", () => {
    expect(parseInput(ListAnnotationsQuery, { limit: "1000", cursor: "abc" })).toEqual({ limit: 1000, cursor: "abc" });
    for (const limit of ["0", "1001", "2.5", "all"]) {
      expect(() => parseInput(ListAnnotationsQuery, { limit })).toThrow(/limit/);
    }
  });
});
