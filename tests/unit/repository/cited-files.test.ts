// Comments cite files so a reader can check the fact they rely on: the file must be in
// the repository. The project's planning notes outside it (DESIGN.md, ENVIRONMENT.md,
// STYLE.md, REFERENCES.md one folder up) do not ship with the code.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const FOLDERS = ["app", "components", "lib", "scripts", "tests", "prisma", "docs"];
const OUTSIDE = /\.\.\/shared\/|\b(?:DESIGN|ENVIRONMENT|STYLE|REFERENCES)\.md\b/;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "generated" && entry.name !== "corpus") yield* sourceFiles(full);
    } else if (/\.(?:ts|tsx|js|mjs|css|md|sql)$/.test(entry.name)) yield full;
  }
}

describe("cited files", () => {
  it("are all inside the repository", () => {
    const offending: string[] = [];
    const rootFiles = ["proxy.ts", "instrumentation.ts", "next.config.js", "README.md"].map((name) => path.join(ROOT, name));
    for (const files of [rootFiles, ...FOLDERS.map((folder) => sourceFiles(path.join(ROOT, folder)))]) {
      for (const file of files) {
        if (file === path.join(ROOT, "tests/unit/repository/cited-files.test.ts")) continue;
        readFileSync(file, "utf8").split("\n").forEach((line, i) => {
          if (OUTSIDE.test(line)) offending.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(offending).toEqual([]);
  });
});
