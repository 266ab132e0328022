import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { jsonRoute } from "@/lib/http";
import { readerTextForBrowser } from "@/lib/reader/reader-text-for-browser";

interface Context {
  params: Promise<{ id: string }>;
}

/** `?version=<id>`: `{ html }`, the reader's text of that version (lib/reader/reader-text-for-browser.ts). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const input = Object.fromEntries(new URL(request.url).searchParams);
  return jsonRoute({ request, caller: getRequestAccess }, (caller) => readerTextForBrowser({ db: db(), actor: caller, idOrSlug: id, input }));
}
