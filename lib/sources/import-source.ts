import { createHash } from "node:crypto";
import type { z } from "zod";
import { importCapture } from "@/lib/corpus";
import type { ImportError, ImportReport, SourceDocument } from "@/lib/corpus/types";
import { reanchorVersion } from "@/lib/annotations/reanchor-version";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { titleFromFileName } from "./import-upload-schema";
import { slugify, sourceMetadataSchema, type SourceMetadata, type SourceMetadataInput } from "./metadata";
import { citationRows } from "./version-citations";

export interface PreparedSource {
  fileName: string;
  slug: string;
  metadata: Omit<SourceMetadata, "slug">;
  document: SourceDocument;
}

export type PrepareError = ImportError | { code: "invalid-metadata"; message: string };

const FILLABLE = ["title", "author", "published"] as const;
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * The given metadata with the title, author and date the file states where none was
 * given; the report lists what was filled. Without a title anywhere, the file's name.
 */
function fillFromDocument(input: SourceMetadataInput, document: SourceDocument, fileName: string): SourceMetadataInput {
  const found = document.report.found ?? {};
  const filled: (typeof FILLABLE)[number][] = [];
  const out: SourceMetadataInput = { ...input };
  for (const field of FILLABLE) {
    const value = found[field]?.value;
    if (isBlank(out[field]) && value !== undefined) {
      out[field] = value;
      filled.push(field);
    }
  }
  if (isBlank(out.title)) out.title = titleFromFileName(fileName);
  if (filled.length > 0) document.report.filled = filled;
  return out;
}

/** Parses a file and its metadata without touching the database; a missing title, author or date is taken from the file. */
export function prepareSource(
  bytes: Uint8Array,
  fileName: string,
  metadataInput: Omit<SourceMetadataInput, "title"> & { title?: string | null },
): { ok: true; prepared: PreparedSource } | { ok: false; error: PrepareError } {
  const given = sourceMetadataSchema.extend({ title: sourceMetadataSchema.shape.title.nullish() }).safeParse(metadataInput);
  if (!given.success) return { ok: false, error: metadataError(given.error) };
  const parsed = importCapture(bytes, fileName);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const meta = sourceMetadataSchema.safeParse(fillFromDocument(metadataInput as SourceMetadataInput, parsed.document, fileName));
  if (!meta.success) return { ok: false, error: metadataError(meta.error) };
  const { slug, ...metadata } = meta.data;
  return { ok: true, prepared: { fileName, slug: slug ?? slugify(metadata.title), metadata, document: parsed.document } };
}

function metadataError(error: z.ZodError): PrepareError {
  const issue = error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? "" : `${issue.path.join(".")}: `;
  return { code: "invalid-metadata", message: `${where}${issue?.message ?? "invalid metadata"}` };
}

export type StoreOutcome = "created" | "new-version" | "unchanged";

export interface StoreResult {
  outcome: StoreOutcome;
  sourceId: string;
  slug: string;
  versionNumber: number;
  report: ImportReport;
}

export interface StoreSourceOptions {
  db: Db;
  prepared: PreparedSource;
  /** Who uploaded it; null for the command-line importer and the starter corpus. */
  createdById: string | null;
  /**
   * The owning group, or null for the public corpus: no default, because a
   * forgotten group would publish a group's text to everyone.
   */
  groupId: string | null;
}

/**
 * Stores a prepared source, or a new version of the source with the same slug and
 * owner (`groupId`, null for the public corpus). The same text again changes nothing;
 * changed text makes a new version and keeps the old. A slug held by another owner is
 * never touched: the source gets the first free `slug-2`, `slug-3`…
 * Callers check "source:import" first (importUpload); the CLI is the operator.
 */
export async function storeSource({ db, prepared, createdById, groupId }: StoreSourceOptions): Promise<StoreResult> {
  const { document } = prepared;
  const contentHash = createHash("sha256").update(document.text).digest("hex");
  const versionData = {
    text: document.text,
    length: document.text.length,
    blocks: document.blocks,
    marks: document.marks,
    sections: document.sections,
    report: document.report,
    contentHash,
    fileName: prepared.fileName,
    createdById,
    // Parsed once here, outside the transaction; stored with the version it belongs to.
    citationsParsedAt: new Date(),
    citations: { createMany: { data: citationRows(document.text) } },
  };

  // Two imports of one slug at once: the loser hits a unique index (the slug, or the
  // version number), and its second try sees the winner's row like any later import.
  for (let attempt = 1; ; attempt++) {
    try {
      return await storeOnce(db, prepared, versionData, groupId);
    } catch (error) {
      const raced = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!raced || attempt === STORE_ATTEMPTS) throw error;
    }
  }
}

const STORE_ATTEMPTS = 3;

type VersionData = Omit<Prisma.SourceVersionUncheckedCreateInput, "sourceId" | "number">;

async function storeOnce(db: Db, prepared: PreparedSource, versionData: VersionData, groupId: string | null): Promise<StoreResult> {
  const { document, metadata } = prepared;
  const contentHash = versionData.contentHash;
  return db.$transaction(async (tx) => {
    const { slug, existing } = await claimSlug(tx, prepared.slug, groupId);
    const result = (outcome: StoreOutcome, sourceId: string, versionNumber: number): StoreResult => ({
      outcome,
      sourceId,
      slug,
      versionNumber,
      report: document.report,
    });
    if (existing === null) {
      const source = await tx.source.create({ data: { slug, ...metadata, groupId } });
      const version = await tx.sourceVersion.create({ data: { ...versionData, sourceId: source.id, number: 1 } });
      await tx.source.update({ where: { id: source.id }, data: { currentVersionId: version.id } });
      return result("created", source.id, 1);
    }
    const current = existing.currentVersion;
    if (current !== null && current.contentHash === contentHash) {
      return result("unchanged", existing.id, current.number);
    }
    const last = await tx.sourceVersion.aggregate({ where: { sourceId: existing.id }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const version = await tx.sourceVersion.create({ data: { ...versionData, sourceId: existing.id, number } });
    await tx.source.update({ where: { id: existing.id }, data: { ...metadata, currentVersionId: version.id } });
    // In this transaction, after the source row is locked by the update above
    // (createAnnotation share-locks it), so no annotation is left on the old text.
    await reanchorVersion({ tx, sourceId: existing.id, versionId: version.id, text: document.text });
    return result("new-version", existing.id, number);
  });
}

/**
 * The slug this upload goes to: the first of `base`, `base-2`, `base-3`… that is
 * free or already the same owner's source. One query for all candidates.
 */
async function claimSlug(tx: Prisma.TransactionClient, base: string, groupId: string | null) {
  const taken = await tx.source.findMany({
    where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] },
    select: { id: true, slug: true, groupId: true, currentVersion: { select: { number: true, contentHash: true } } },
  });
  const bySlug = new Map(taken.map((row) => [row.slug, row]));
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const existing = bySlug.get(slug);
    if (existing === undefined) return { slug, existing: null };
    if (existing.groupId === groupId) return { slug, existing };
  }
}
