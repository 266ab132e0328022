import { type Access, actorIn } from "@/lib/access";
import { AnnotationError } from "@/lib/annotations/errors";
import { insertAnnotation } from "@/lib/annotations/insert-annotation";
import { lockCurrentVersion } from "@/lib/annotations/lock-current-version";
import { TagsInput } from "@/lib/annotations/schemas";
import { checkSharing, readableSource } from "@/lib/annotations/source-access";
import { limitAnnotationWrites } from "@/lib/annotations/write-limit";
import type { Db } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/http";
import { announceCommitted } from "@/lib/live/publish";
import { assertCan } from "@/lib/policy";
import { type Placement, type PlacementStatus, planImport } from "./plan-import";
import { type ImportDocument, readImportDocument } from "./read-import-document";
import { ImportAnnotationsInput } from "./schemas";

export interface ImportListEntry {
  index: number;
  exact: string;
  /** For a doubtful one: the passage it would be put on. */
  foundText?: string;
  reason?: string;
}

export interface ImportReport {
  format: "w3c" | "hypothesis";
  versionId: string;
  counts: Record<PlacementStatus, number>;
  skipped: { links: number; replies: number };
  doubtful: ImportListEntry[];
  orphaned: ImportListEntry[];
  /** 0 in a preview; what was written by a commit. */
  imported: number;
}

export interface ImportAnnotationsOptions {
  db: Db;
  actor: Access | null;
  sourceId: string;
  /** Untrusted JSON, parsed with ImportAnnotationsInput. */
  input: unknown;
}

/**
 * Reads a W3C or Hypothesis file onto an existing source. A preview anchors and
 * reports; a commit writes every placed and moved annotation (and the doubtful
 * ones when asked) in one transaction, with the caller as author and the original
 * creator kept as provenance. Any error in the file: a list of them, nothing written.
 */
export async function importAnnotations({ db, actor: access, sourceId, input }: ImportAnnotationsOptions): Promise<ImportReport> {
  const data = parseInput(ImportAnnotationsInput, input);
  const source = await readableSource(db, access, sourceId);
  const draft = { kind: "annotation", authorId: access?.userId ?? "", groupId: data.groupId, visibility: data.visibility, deleted: false } as const;
  assertCan(actorIn(access, data.groupId), "annotation:create", draft);
  checkSharing(source.groupId, data.groupId, data.visibility);
  const read = readImportDocument(data.document);
  if (!read.ok) throw new AppError("invalid_input", read.errors[0] ?? "The file cannot be imported.", { document: read.errors });
  const doc = read.value;
  const wanted = (p: Placement) => p.status === "placed" || p.status === "moved" || (p.status === "doubtful" && data.includeDoubtful);

  if (data.mode === "preview") {
    const version = await db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { currentVersion: { select: { id: true, text: true } } } });
    if (version.currentVersion === null) throw new AnnotationError("not_found", "Source not found.");
    return report(doc, version.currentVersion.id, planImport(doc.annotations, version.currentVersion.text), 0);
  }

  await limitAnnotationWrites(access);
  const result = await db.$transaction(
    async (tx) => {
      const version = await lockCurrentVersion(tx, sourceId);
      if (data.versionId !== undefined && data.versionId !== version.id) {
        throw new AnnotationError("version_changed", "The source has a new version since the preview; preview the import again.");
      }
      const plan = planImport(doc.annotations, version.text);
      let imported = 0;
      for (const placement of plan) {
        if (!wanted(placement) || placement.anchor === undefined) continue;
        const { foreign } = placement;
        await insertAnnotation(tx, {
          sourceId,
          versionId: version.id,
          authorId: draft.authorId,
          groupId: data.groupId,
          visibility: data.visibility,
          layer: foreign.layer ?? data.layer,
          anchor: placement.anchor,
          anchorStatus: placement.status === "placed" ? "exact" : placement.status === "moved" ? "quote" : "fuzzy",
          body: foreign.note,
          tags: parseInput(TagsInput, foreign.tags),
          provenance: { format: doc.format, originalId: foreign.originalId, originalCreator: foreign.creator, originalCreated: foreign.created },
        });
        imported += 1;
      }
      return report(doc, version.id, plan, imported);
    },
    // Thousands of rows: longer than Prisma's 5 s default.
    { timeout: 120_000 },
  );
  announceCommitted();
  return result;
}

function report(doc: ImportDocument, versionId: string, plan: Placement[], imported: number): ImportReport {
  const counts: Record<PlacementStatus, number> = { placed: 0, moved: 0, doubtful: 0, orphaned: 0 };
  for (const p of plan) counts[p.status] += 1;
  const entry = (p: Placement): ImportListEntry => ({
    index: p.index,
    exact: p.foreign.selector.exact.slice(0, 300),
    ...(p.anchor === undefined ? {} : { foundText: p.anchor.exact.slice(0, 300) }),
    ...(p.reason === undefined ? {} : { reason: p.reason }),
  });
  return {
    format: doc.format,
    versionId,
    counts,
    skipped: doc.skipped,
    doubtful: plan.filter((p) => p.status === "doubtful").map(entry),
    orphaned: plan.filter((p) => p.status === "orphaned").map(entry),
    imported,
  };
}
