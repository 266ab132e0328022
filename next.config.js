/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded database and pg are Node-only; keep them out of the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
