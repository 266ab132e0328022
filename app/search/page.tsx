import type { Metadata } from "next";
import Link from "next/link";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { describeError } from "@/lib/http";
import type { SearchResponseDto } from "@/lib/search/dto";
import { searchHref } from "@/lib/search/links";
import { searchCorpus } from "@/lib/search/search-corpus";
import { listSources } from "@/lib/sources/queries";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import "@/components/search/search.css";

export const dynamic = "force-dynamic";

const FIELDS = ["q", "kind", "source", "layer", "tag", "author", "from", "to", "cursor"] as const;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function paramsOf(searchParams: Props["searchParams"]): Promise<Record<string, string | undefined>> {
  const raw = await searchParams;
  return Object.fromEntries(FIELDS.map((f) => [f, typeof raw[f] === "string" ? raw[f] : undefined]));
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = await paramsOf(searchParams);
  return { title: q === undefined || q.trim() === "" ? "Search" : `“${q.trim().slice(0, 60)}”` };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await paramsOf(searchParams);
  const q = params.q?.trim() ?? "";
  const actor = await getRequestAccess();
  const sources = await listSources({ db: db(), actor, input: { filter: "" } });
  let answer: SearchResponseDto | null = null;
  let problem: string | null = null;
  if (q !== "") {
    try {
      answer = await searchCorpus({ db: db(), actor, input: params });
    } catch (error) {
      const described = describeError(error);
      if (described.unexpected) throw error;
      problem = described.body.message;
    }
  }
  const filtered = FIELDS.some((f) => f !== "q" && f !== "cursor" && params[f] !== undefined && params[f] !== "");
  return (
    <main id="main" tabIndex={-1} className="srch">
      <h1>Search</h1>
      <SearchForm values={{ ...params, q }} sources={sources} />
      {q === "" ? (
        <p className="srch-empty">Search the words of every text you can read, and the notes, tags and replies written on them.</p>
      ) : problem !== null ? (
        <p className="srch-problem" role="alert">
          {problem}
        </p>
      ) : answer === null || answer.total === 0 ? (
        <div className="srch-empty" role="status">
          <p>Nothing found for “{q}”{filtered ? " with these filters" : ""}.</p>
          {filtered ? <Link href={searchHref({ q }, {})}>Search without filters</Link> : <p>Try fewer words, or another form of a name.</p>}
        </div>
      ) : (
        <>
          <p className="count" role="status">
            {!answer.totalExact ? `More than ${answer.total.toLocaleString("en")} results` : answer.total === 1 ? "1 result" : `${answer.total.toLocaleString("en")} results`}
            {params.author === undefined ? null : (
              <>
                {" "}
                by one author · <Link href={searchHref(params, { author: undefined })}>everyone’s</Link>
              </>
            )}
          </p>
          <SearchResults results={answer.results} params={params} />
          <nav className="pager" aria-label="More results">
            {params.cursor === undefined ? null : <Link href={searchHref(params, {})}>First page</Link>}
            {answer.nextCursor === null ? null : (
              <Link href={searchHref(params, { cursor: answer.nextCursor })} rel="next">
                Next results
              </Link>
            )}
          </nav>
        </>
      )}
    </main>
  );
}
