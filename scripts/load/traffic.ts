// The load itself: autocannon instances, one per route and app instance, so each
// route gets its own latency figures. Readers run flat out; writers and the sign-in
// probe run at a fixed rate per connection, as people do.
import autocannon from "autocannon";
import type { AppInstance } from "./instances";
import { newRecord, recordOutcome, recordStatus, retryAfterOf, signInOutcome, type RouteRecord } from "./recorder";
import type { Writer } from "./sessions";

export interface Acknowledged {
  creates: string[];
  edits: { id: string; marker: string }[];
  replies: string[];
}

export interface TrafficPlan {
  instances: AppInstance[];
  durationSeconds: number;
  slug: string;
  sourceId: string;
  /** The group the writers annotate in (public notes belong to a group). */
  groupId: string;
  text: string;
  /** The run's prefix for every marker, so its writes can be found afterwards. */
  run: string;
  createWriters: Writer[];
  editWriters: { writer: Writer; annotationId: string; version: number }[];
  replyWriters: { writer: Writer; annotationId: string }[];
  writeRate: number;
  /** One more writer replying as fast as answered on 2 connections per instance, to meet the write limit. */
  flood: { writer: Writer; annotationId: string };
  probe: { email: string; csrf: { token: string; cookie: string }[] };
}

const doc = (text: string) => JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/** Splits n connections over the app instances as evenly as possible. */
const share = (n: number, count: number, index: number) => Math.floor(n / count) + (index < n % count ? 1 : 0);

export async function runTraffic(plan: TrafficPlan, readers: { page: number; list: number; rate: number | null }): Promise<{ records: RouteRecord[]; acked: Acknowledged }> {
  const acked: Acknowledged = { creates: [], edits: [], replies: [] };
  const records = {
    page: newRecord(`GET /sources/${plan.slug}`),
    list: newRecord("GET /api/sources/:id/annotations"),
    create: newRecord("POST /api/sources/:id/annotations"),
    edit: newRecord("PATCH /api/annotations/:id"),
    reply: newRecord("POST /api/annotations/:id/replies"),
    flood: newRecord("POST .../replies (one user flat out, 4 connections)"),
    signIn: newRecord("POST /api/auth/callback/credentials (wrong password)", [200, 302, 401]),
  };
  const runs: Promise<unknown>[] = [];
  const n = plan.instances.length;
  const launch = (record: RouteRecord, instance: AppInstance, options: Partial<autocannon.Options>, path = "/") => {
    if (options.connections === 0) return;
    let cannon: autocannon.Instance | undefined;
    runs.push(
      new Promise((resolve, reject) => {
        const url = `${instance.baseUrl}${path}`;
        cannon = autocannon({ url, duration: plan.durationSeconds, timeout: 30, ...options }, (error, result) => (error === null || error === undefined ? resolve(result) : reject(error)));
      }),
    );
    if (cannon === undefined) throw new Error("autocannon did not start");
    cannon.on("response", (_client, status, _bytes, time) => {
      record.times.push(time);
      // Writers record their status with its headers in onResponse; readers here.
      if (options.requests === undefined && options.setupClient === undefined) recordStatus(record, status, undefined);
    });
    cannon.on("reqError", () => {
      record.connectionErrors += 1;
    });
  };

  plan.instances.forEach((instance, i) => {
    // autocannon takes whole requests a second per connection, so a slower pace is set for all of them.
    const paced = (connections: number) => ({ connections, ...(readers.rate === null ? {} : { overallRate: readers.rate * connections }) });
    launch(records.page, instance, paced(share(readers.page, n, i)), `/sources/${plan.slug}`);
    launch(records.list, instance, paced(share(readers.list, n, i)), `/api/sources/${plan.sourceId}/annotations`);
    const headersFor = (writer: Writer) => ({ cookie: writer.cookie, origin: instance.baseUrl, "content-type": "application/json" });
    const pick = <T>(all: T[]) => all.filter((_, k) => k % n === i);

    const creators = pick(plan.createWriters);
    launch(records.create, instance, {
      connections: creators.length,
      connectionRate: plan.writeRate,
      setupClient: perClient(creators, (writer, k) => {
        let count = 0;
        let marker = "";
        return {
          method: "POST",
          path: `/api/sources/${plan.sourceId}/annotations`,
          headers: headersFor(writer),
          setupRequest: (request) => {
            count += 1;
            marker = `${plan.run}-create-${i}-${k}-${count}`;
            const start = 200 + ((count * 7919 + k * 104_729) % (plan.text.length - 400));
            const exact = plan.text.slice(start, start + 40);
            const body = JSON.stringify({ visibility: "public", layer: "rebuttal", groupId: plan.groupId, start, end: start + 40, exact, body: JSON.parse(doc(marker)) });
            return { ...request, body };
          },
          onResponse: (status, _body, _context, headers) => {
            recordStatus(records.create, status, retryAfterOf(headers));
            if (status >= 200 && status < 300) acked.creates.push(marker);
          },
        };
      }),
    });

    const editors = pick(plan.editWriters);
    launch(records.edit, instance, {
      connections: editors.length,
      connectionRate: plan.writeRate,
      setupClient: perClient(editors, (editor, k) => {
        let count = 0;
        let marker = "";
        let version = editor.version;
        return {
          method: "PATCH",
          path: `/api/annotations/${editor.annotationId}`,
          headers: headersFor(editor.writer),
          setupRequest: (request) => {
            count += 1;
            marker = `${plan.run}-edit-${i}-${k}-${count}`;
            return { ...request, body: JSON.stringify({ version, body: JSON.parse(doc(marker)) }) };
          },
          onResponse: (status, body, _context, headers) => {
            recordStatus(records.edit, status, retryAfterOf(headers));
            if (status >= 200 && status < 300) {
              acked.edits.push({ id: editor.annotationId, marker });
              version = (JSON.parse(body) as { version: number }).version;
            } else if (status === 409) {
              // Each editor owns its note, so this would be a bug; carry on from the current version.
              version = (JSON.parse(body) as { current: { version: number } }).current.version;
            }
          },
        };
      }),
    });

    const replies = (record: RouteRecord, repliers: { writer: Writer; annotationId: string }[], options: Partial<autocannon.Options>) =>
      launch(record, instance, {
        ...options,
        setupClient: perClient(repliers, (replier, k) => {
          let count = 0;
          let marker = "";
          return {
            method: "POST",
            path: `/api/annotations/${replier.annotationId}/replies`,
            headers: headersFor(replier.writer),
            setupRequest: (request) => {
              count += 1;
              marker = `${plan.run}-reply-${record === records.flood ? "f" : ""}${i}-${k}-${count}`;
              return { ...request, body: JSON.stringify({ body: JSON.parse(doc(marker)) }) };
            },
            onResponse: (status, _body, _context, headers) => {
              recordStatus(record, status, retryAfterOf(headers));
              if (status >= 200 && status < 300) acked.replies.push(marker);
            },
          };
        }),
      });
    const repliers = pick(plan.replyWriters);
    replies(records.reply, repliers, { connections: repliers.length, connectionRate: plan.writeRate });
    replies(records.flood, [plan.flood], { connections: 2 });

    const csrf = plan.probe.csrf[i];
    if (csrf !== undefined) {
      launch(records.signIn, instance, {
        connections: 1,
        connectionRate: 4,
        requests: [
          {
            method: "POST",
            path: "/api/auth/callback/credentials",
            headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, origin: instance.baseUrl },
            body: new URLSearchParams({ csrfToken: csrf.token, email: plan.probe.email, password: "not-the-password", json: "true" }).toString(),
            onResponse: (status, body, _context, headers) => {
              recordStatus(records.signIn, status, retryAfterOf(headers));
              recordOutcome(records.signIn, signInOutcome(status, body));
            },
          },
        ],
      });
    }
  });
  await Promise.all(runs);
  return { records: Object.values(records), acked };
}

/** Gives each connection its own person and its own request with its own state. */
function perClient<T>(people: T[], request: (person: T, index: number) => autocannon.Request): (client: autocannon.Client) => void {
  let next = 0;
  return (client) => {
    const k = next;
    next += 1;
    const person = people[k % people.length];
    if (person === undefined) throw new Error("more connections than people");
    client.setRequests([request(person, k)]);
  };
}
