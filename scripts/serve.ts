// Serves the built app like `next start -p PORT [-H HOST]`, through Next's custom
// server API, for one reason: `next start` passes a client's own X-Forwarded-For
// on untouched, so route handlers cannot tell the socket's peer from an address
// the client made up. Here each request's header is replaced by the one address
// resolved from the socket and TRUSTED_PROXY (lib/auth/trusted-proxy.ts).
// `--dev` serves `next dev` the same way. A production build's own files are
// answered from memory, compressed once (lib/http/static-assets.ts), not by Next.
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { proxyTrust, requestClientAddress } from "@/lib/auth/trusted-proxy";
import { loadStaticAssets, type StaticAssets } from "@/lib/http/static-assets";
import { everyResponse } from "../next.config.js";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" }, dev: { type: "boolean" } },
});
const dev = values.dev === true;
const port = Number(values.port ?? process.env.PORT ?? "3000");
const hostname = values.hostname;
// A bad TRUSTED_PROXY stops the start here, before any request is believed.
const trust = proxyTrust(process.env.TRUSTED_PROXY);

const app = next({ dev, dir: process.cwd(), port, ...(hostname === undefined ? {} : { hostname }) });
const handle = app.getRequestHandler();
await app.prepare();
// Next answers the build's files until they are loaded and compressed (a second or two),
// and for good if loading them fails.
let assets: StaticAssets | null = null;
if (!dev) {
  loadStaticAssets(path.join(process.cwd(), ".next/static"), everyResponse).then(
    (loaded) => {
      assets = loaded;
    },
    (error: unknown) => console.warn(`The build's files stay with Next: ${error instanceof Error ? error.message : String(error)}`),
  );
}

const server = http.createServer((request, response) => {
  if (assets?.serve(request, response) === true) return;
  request.headers["x-forwarded-for"] = requestClientAddress(request, trust);
  void handle(request, response);
});
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, hostname, () => {
  console.log(`Next.js serving on ${hostname ?? "every interface"}, port ${port}`);
});

// Like `next start`: close, then exit with the signal's code (128 + its number).
const stop = (code: number) => () => {
  server.close();
  void app.close().finally(() => process.exit(code));
};
process.on("SIGTERM", stop(143));
process.on("SIGINT", stop(130));
