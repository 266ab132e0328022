// Sent with every response, pages, route handlers and static files alike. Pages get
// their nonce-based Content-Security-Policy from proxy.ts (lib/http/content-security-policy.ts).
// scripts/serve.ts sends them too with the build's files it answers itself (lib/http/static-assets.ts).
export const everyResponse = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];
// JSON and event streams load nothing and are never framed.
const apiPolicy = { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" };

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded database and pg are Node-only; keep them out of the server bundle.
  // pdfkit reads its font metrics from its own folder at run time: it stays a package too.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "pdfkit"],
  poweredByHeader: false,
  // Server actions carry small forms (sign-up, groups, invites). The one upload, the
  // source import, has its own route and limit (app/api/sources/import, lib/http/body-limits.ts).
  experimental: { serverActions: { bodySizeLimit: "64kb" } },
  reactStrictMode: true,
  // The W3C Web Annotation Protocol's containers are addressed with their trailing
  // slash (/api/w3c/sources/<slug>/), and a CORS preflight cannot follow a redirect:
  // Next's own slash-dropping 308 is off, and the rule below puts it back for every
  // path outside /api/w3c, so the rest of the app behaves as before.
  skipTrailingSlashRedirect: true,
  async redirects() {
    return [{ source: "/:path((?!api/w3c(?:/|$)).+)/", destination: "/:path", permanent: true }];
  },
  async headers() {
    return [
      { source: "/:path*", headers: everyResponse },
      { source: "/api/:path*", headers: [apiPolicy] },
    ];
  },
};

export default nextConfig;
