// next.config.js stays JavaScript (Next reads it before any TypeScript runs); the server
// wrapper (scripts/serve.ts) imports the headers it gives every response.
declare module "*/next.config.js" {
  export const everyResponse: readonly { key: string; value: string }[];
  const config: import("next").NextConfig;
  export default config;
}
