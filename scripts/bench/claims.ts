// The claims board's numbers: every apologist claim of the bench's 2,000 annotations
// (seeded by bench/annotations.ts on the largest source), answered by chains of
// rebuttals and archival findings; the board's service and its page, timed.
import type { LinkKind } from "@/lib/annotations/dto";
import { listClaims } from "@/lib/claims/list-claims";
import type { BenchApp } from "./app-server";
import { median } from "./paint";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** Each claim gets an answer; every other answer is answered in turn, every third by an archival finding. */
async function linkClaims(app: BenchApp): Promise<{ claims: number; links: number }> {
  const rows = await app.db.annotation.findMany({ where: { visibility: "public" }, select: { id: true, layer: true, authorId: true }, orderBy: { start: "asc" } });
  const of = (layer: string) => rows.filter((r) => r.layer === layer);
  const [claims, rebuttals, findings] = [of("apologist_claim"), of("rebuttal"), of("archival_finding")];
  const data = claims.flatMap((claim, i) => {
    const rebuttal = rebuttals[i % rebuttals.length]!;
    const finding = findings[i % findings.length]!;
    const links: { fromId: string; toId: string; kind: LinkKind; createdById: string }[] = [{ fromId: rebuttal.id, toId: claim.id, kind: "rebuts", createdById: claim.authorId }];
    if (i % 2 === 0) links.push({ fromId: finding.id, toId: rebuttal.id, kind: "rebuts", createdById: claim.authorId });
    if (i % 3 === 0) links.push({ fromId: finding.id, toId: claim.id, kind: "refutes", createdById: claim.authorId });
    return links;
  });
  const made = await app.db.annotationLink.createMany({ data, skipDuplicates: true });
  return { claims: claims.length, links: made.count };
}

export async function benchClaims(app: BenchApp): Promise<void> {
  const { claims, links } = await linkClaims(app);
  console.log(`\n== Claims board: ${claims} claims, ${links} links, median of ${RUNS} (target <= 300 ms service, <= 500 ms page) ==`);
  const service: number[] = [];
  let rows = 0;
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    rows = (await listClaims({ db: app.db, actor: null, input: { sort: "years" } })).rows.length;
    if (i > 0) service.push(performance.now() - t0);
  }
  const page: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    await (await fetch(`${app.baseUrl}/claims?sort=years`)).arrayBuffer();
    if (i > 0) page.push(performance.now() - t0);
  }
  console.log(`listClaims: ${rows} rows in ${median(service).toFixed(0)} ms; GET /claims: ${median(page).toFixed(0)} ms`);
}
