// The MUST assertions of the W3C web-annotation-tests repository (JSON Schema draft-04),
// kept in tests/fixtures/w3c-web-annotation-tests with their licence, compiled with ajv.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const ROOT = path.resolve("tests/fixtures/w3c-web-annotation-tests");

const MUSTS = {
  annotation: "annotations/annotationMusts.test",
  collection: "collections/collectionMusts.test",
  page: "collections/pages/pageMusts.test",
} as const;

export type W3cKind = keyof typeof MUSTS;

interface Assertion {
  file: string;
  errorMessage: string;
  expectedResult: "valid" | "invalid";
  validate: (data: unknown) => boolean;
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(ROOT, file), "utf8")) as Record<string, unknown>;
}

function compile(kind: W3cKind): Assertion[] {
  // One Ajv per kind: assertion files of different folders reuse ids.
  const ajv = new AjvDraft04({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const name of readdirSync(path.join(ROOT, "definitions")).filter((n) => n.endsWith(".json"))) ajv.addSchema(readJson(`definitions/${name}`), name);
  const list = readJson(MUSTS[kind]).assertions as string[];
  return list.map((file) => {
    const schema = readJson(file);
    return {
      file,
      errorMessage: String(schema.errorMessage),
      expectedResult: schema.expectedResult === "invalid" ? "invalid" : "valid",
      validate: ajv.compile(schema),
    };
  });
}

const compiled = new Map<W3cKind, Assertion[]>();

/** The MUST assertions `data` fails, as "file: message"; [] when it passes them all. */
export function w3cFailures(kind: W3cKind, data: unknown): string[] {
  let assertions = compiled.get(kind);
  if (assertions === undefined) {
    assertions = compile(kind);
    compiled.set(kind, assertions);
  }
  return assertions.filter((a) => a.validate(data) !== (a.expectedResult === "valid")).map((a) => `${a.file}: ${a.errorMessage}`);
}

/** How many MUST assertions a kind has (so a test can show it checked something). */
export function w3cAssertionCount(kind: W3cKind): number {
  return (readJson(MUSTS[kind]).assertions as string[]).length;
}
