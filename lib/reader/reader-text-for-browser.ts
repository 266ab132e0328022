import { z } from "zod";
import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/http";
import { getReaderSource } from "@/lib/sources/queries";
import { readerTextOf } from "./reader-text";

// The reader's text for a page reached by client-side navigation, which has no
// server HTML to keep (components/reader/use-reader-text.ts): the same HTML the
// page would have sent (./reader-text.ts), for the version the page was rendered
// with. A newer version answers not_found: the browser then loads the page afresh.

const ReaderTextQuery = z.object({ version: z.string().min(1).max(64) });

export async function readerTextForBrowser({ db, actor, idOrSlug, input }: { db: Db; actor: Access | null; idOrSlug: string; input: unknown }): Promise<{ html: string }> {
  const { version } = parseInput(ReaderTextQuery, input);
  // getReaderSource decides who may read it: a source the caller may not see is not found.
  const source = await getReaderSource({ db, actor, input: { idOrSlug } });
  if (source === null || source.versionId !== version) throw new AppError("not_found", "That version of the text is not available.");
  return { html: readerTextOf(source).html };
}
