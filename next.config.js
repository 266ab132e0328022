/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded database and pg are Node-only; keep them out of the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  poweredByHeader: false,
  // Source uploads (app/sources/import) go through a server action; the importer's
  // own limit is 5 MB, so let the request through and let it answer with its message.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  reactStrictMode: true,
};

export default nextConfig;
