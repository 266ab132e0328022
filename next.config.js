/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded database and pg are Node-only; keep them out of the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  poweredByHeader: false,
  // Server actions carry small forms (sign-up, groups, invites). The one upload, the
  // source import, has its own route and limit (app/api/sources/import, lib/http/body-limits.ts).
  experimental: { serverActions: { bodySizeLimit: "64kb" } },
  reactStrictMode: true,
};

export default nextConfig;
