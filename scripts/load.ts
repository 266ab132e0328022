// `npm run load` (not part of the tests): two app instances of the production build
// on one real Postgres, 50 readers and 20 signed-in writers for a bounded time,
// against 127.0.0.1 only. Prints rps and p50/p95/p99 per route, errors, 429s, the
// list's p95 over its own SQL run directly, and whether every acknowledged write
// was stored exactly once. LOAD_SECONDS (25, at most 60), LOAD_PORT (3300 and the
// next one), LOAD_WRITE_RATE (writes a second per writer, 2), LOAD_READERS (50),
// LOAD_READER_RATE (requests a second per reader; unset: as fast as answered).
import { randomBytes } from "node:crypto";
import path from "node:path";
import { freePort } from "@/lib/net/free-port";
import { ensureBuild } from "./lib/build-stamp";
import { run } from "./lib/run";
import { directListSql } from "./load/direct-sql";
import { startInstances, type AppInstance } from "./load/instances";
import { describeMachine, processCpuSeconds, sampleCpu } from "./load/machine";
import { loadDatabase } from "./load/postgres";
import { percentile } from "./load/recorder";
import { routeTable, statusBreakdown, writeChecks } from "./load/report";
import { SEEDED_ANNOTATIONS, seedLoadDatabase } from "./load/seed";
import { csrf, LOAD_PASSWORD, makeAccount, postSignIn, signIn, type Writer } from "./load/sessions";
import { runTraffic } from "./load/traffic";
import { verifyWrites } from "./load/verify";

const SECONDS = Math.min(60, Math.max(5, Number(process.env.LOAD_SECONDS ?? 25)));
const WRITE_RATE = Number(process.env.LOAD_WRITE_RATE ?? 2);
const READER_COUNT = Number(process.env.LOAD_READERS ?? 50);
// Unset: each reader sends its next request as soon as the last one is answered (the
// most the instances sustain). A number: requests a second per reader, as people read.
const READER_RATE = process.env.LOAD_READER_RATE === undefined || process.env.LOAD_READER_RATE === "" ? null : Number(process.env.LOAD_READER_RATE);
const READERS = { page: Math.ceil(READER_COUNT / 2), list: Math.floor(READER_COUNT / 2) };
const WRITERS = { create: 8, edit: 6, reply: 6 };
const root = process.cwd();

async function ports(): Promise<number[]> {
  const given = process.env.LOAD_PORT;
  if (given !== undefined && given !== "") return [Number(given), Number(given) + 1];
  return [await freePort(), await freePort()];
}

async function ownNote(instance: AppInstance, writer: Writer, { sourceId, text, groupId }: { sourceId: string; text: string; groupId: string }, k: number): Promise<{ annotationId: string; version: number }> {
  const start = 1_000 + k * 997;
  const response = await fetch(`${instance.baseUrl}/api/sources/${sourceId}/annotations`, {
    method: "POST",
    headers: { cookie: writer.cookie, origin: instance.baseUrl, "content-type": "application/json" },
    body: JSON.stringify({
      visibility: "public", layer: "apologist_claim", groupId, start, end: start + 50, exact: text.slice(start, start + 50),
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "A note the load test edits." }] }] },
    }),
  });
  if (response.status !== 201) throw new Error(`Creating an editor's note answered ${response.status}: ${await response.text()}`);
  const created = (await response.json()) as { id: string; version: number };
  return { annotationId: created.id, version: created.version };
}

async function main(): Promise<number> {
  const startedCpu = sampleCpu();
  console.log(describeMachine("Machine before"));
  await ensureBuild(root, { message: "Building the app (production build)...", quiet: true });
  const database = await loadDatabase();
  console.log(`Database: ${database.description}`);
  let stopInstances: () => Promise<void> = async () => {};
  try {
    const seeded = await seedLoadDatabase(database.url);
    console.log(`Seeded the starter corpus and ${SEEDED_ANNOTATIONS} annotations on "${seeded.slug}" (${(seeded.text.length / 1024).toFixed(0)} KB of text)`);
    const total = WRITERS.create + WRITERS.edit + WRITERS.reply;
    const run = `LOAD${randomBytes(4).toString("hex")}`;
    const accounts = [];
    for (let k = 0; k < total + 2; k++) accounts.push(await makeAccount(seeded.db, `writer${k}-${run.toLowerCase()}@example.org`, `Writer ${k}`));
    await seeded.db.membership.createMany({ data: accounts.map((a) => ({ groupId: seeded.groupId, userId: a.id, role: "annotator" as const })) });
    await seeded.db.$disconnect();
    const probe = accounts.pop();
    const flooder = accounts.pop();
    if (probe === undefined || flooder === undefined) throw new Error("no probe account");

    const app = await startInstances(database.url, await ports());
    stopInstances = app.stop;
    const { instances } = app;
    console.log(`App instances: ${instances.map((i) => i.baseUrl).join(", ")} (same NEXTAUTH_SECRET)`);
    // Each session is made on one instance and used on the other.
    const writers: Writer[] = [];
    for (const [k, account] of accounts.entries()) {
      const instance = instances[(k + 1) % instances.length];
      if (instance === undefined) throw new Error("no instance");
      writers.push(await signIn(instance.baseUrl, account));
    }
    const firstInstance = instances[0];
    if (firstInstance === undefined) throw new Error("no instance");
    const flood = { writer: await signIn(firstInstance.baseUrl, flooder), annotationId: seeded.replyTargets[1] ?? "" };
    const createWriters = writers.slice(0, WRITERS.create);
    const editors = writers.slice(WRITERS.create, WRITERS.create + WRITERS.edit);
    const repliers = writers.slice(WRITERS.create + WRITERS.edit);
    const editWriters = [];
    for (const [k, writer] of editors.entries()) {
      const instance = instances[(WRITERS.create + k) % instances.length] ?? instances[0];
      if (instance === undefined) throw new Error("no instance");
      editWriters.push({ writer, ...(await ownNote(instance, writer, seeded, k)) });
    }
    const replyWriters = repliers.map((writer, k) => ({ writer, annotationId: seeded.replyTargets[k * 5] ?? seeded.replyTargets[0] ?? "" }));
    const tokens = await Promise.all(instances.map((instance) => csrf(instance.baseUrl)));
    const alone: Record<"page" | "list", number[]> = { page: [], list: [] };
    for (const instance of instances) {
      // Warm each route on each instance (the first render fills caches the load should
      // not measure), then time a few requests one at a time: the figures without load.
      for (let k = 0; k < 4; k++) {
        for (const [route, url] of [["page", `/sources/${seeded.slug}`], ["list", `/api/sources/${seeded.sourceId}/annotations`]] as const) {
          const t0 = performance.now();
          await (await fetch(`${instance.baseUrl}${url}`)).arrayBuffer();
          if (k > 0) alone[route].push(performance.now() - t0);
        }
      }
    }
    console.log(`One request at a time: reader page p50 ${percentile(alone.page, 50).toFixed(0)} ms, list p50 ${percentile(alone.list, 50).toFixed(0)} ms`);

    const pace = READER_RATE === null ? "as fast as answered" : `${READER_RATE}/s each`;
    console.log(`\nRunning ${SECONDS} s: ${READERS.page} readers open the reader and ${READERS.list} list its annotations (${pace}), ${total} signed-in writers (${WRITERS.create} create, ${WRITERS.edit} edit, ${WRITERS.reply} reply) at ${WRITE_RATE}/s each, one more writer replying flat out on 4 connections, one wrong-password sign-in probe per instance at 4/s...`);
    const loadCpu = sampleCpu();
    const appCpuBefore = instances.map((i) => processCpuSeconds(i.pid));
    let done = false;
    const direct = directListSql(database.url, seeded.sourceId, () => done);
    const traffic = await runTraffic(
      { instances, durationSeconds: SECONDS, slug: seeded.slug, sourceId: seeded.sourceId, groupId: seeded.groupId, text: seeded.text, run, createWriters, editWriters, replyWriters, writeRate: WRITE_RATE, flood, probe: { email: probe.email, csrf: tokens } },
      { ...READERS, rate: READER_RATE },
    ).finally(() => {
      done = true;
    });
    const sql = await direct;
    const appCpu = instances.map((i, k) => {
      const [before, after] = [appCpuBefore[k], processCpuSeconds(i.pid)];
      return before === null || before === undefined || after === null ? null : after - before;
    });
    const duringLoad = describeMachine("Machine during the run", loadCpu);
    const rightPassword = await postSignIn(firstInstance.baseUrl, probe.email, LOAD_PASSWORD);
    const checks = await verifyWrites(database.url, run, traffic.acked);

    console.log(`\n== Per route (${SECONDS} s, ${instances.length} instances) ==`);
    console.log(routeTable(traffic.records, SECONDS));
    console.log(`\nStatus codes:\n${statusBreakdown(traffic.records)}`);
    const list = traffic.records.find((r) => r.route.includes("/annotations") && r.route.startsWith("GET"));
    const listP95 = list === undefined ? Number.NaN : percentile(list.times, 95);
    const sqlP95 = percentile(sql.times, 95);
    console.log(`\n== The list against its own SQL (${sql.statements} statements, run directly with pg on one connection during the load) ==`);
    console.log(`direct SQL: ${sql.times.length} runs, p50 ${percentile(sql.times, 50).toFixed(1)} ms, p95 ${sqlP95.toFixed(1)} ms, p99 ${percentile(sql.times, 99).toFixed(1)} ms`);
    console.log(`list p95 / direct SQL p95 = ${listP95.toFixed(0)} / ${sqlP95.toFixed(1)} = ${(listP95 / sqlP95).toFixed(2)}x (target at most 2x)`);
    console.log(`\n== Acknowledged writes (2xx) stored exactly once ==\n${writeChecks(checks)}`);
    {
      const accepted = rightPassword.cookies.some((c) => c.startsWith("next-auth.session-token="));
      console.log(`\nAfter the wrong-password probe, the right password for that account: ${accepted ? "accepted" : `refused (${rightPassword.outcome}${rightPassword.retryAfter === null ? "" : `, Retry-After ${rightPassword.retryAfter}`}; it came from the probe's own address)`}`);
    }
    const served = traffic.records.reduce((sum, r) => sum + r.times.length, 0);
    const cpuUsed = appCpu.reduce<number>((sum, c) => sum + (c ?? 0), 0);
    if (appCpu.every((c) => c !== null)) {
      console.log(`\nApp instances used ${appCpu.map((c) => `${c?.toFixed(1)}`).join(" + ")} CPU s for ${served} responses: ${((cpuUsed * 1000) / served).toFixed(0)} ms of CPU per response on average`);
    }
    console.log(`\n${duringLoad}\n${describeMachine("Machine after", startedCpu)}`);
    const broken = checks.some((c) => c.lost.length > 0 || c.duplicated.length > 0);
    return broken ? 1 : 0;
  } finally {
    await stopInstances();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`The load run failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
