// Runs once when the Next.js server starts (https://nextjs.org/docs/app/guides/instrumentation).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { quietOutageLogs } = await import("@/lib/db/quiet-outage-logs");
  quietOutageLogs();
  // Compiling the CSL style takes seconds of CPU (up to ten on a busy machine). Done on
  // a first Markdown, Word or PDF export, it held that download's first byte and every
  // other request behind it; done here, before the server answers, it is paid once.
  const { warmCitationEngine } = await import("@/lib/export/citation/source-citations");
  warmCitationEngine();
  // Started by `npm start` (scripts/start.ts) with an IPC channel: when that process
  // is gone, even killed outright, stop rather than hold the port as an orphan.
  if (process.env.PALIMPSEST_SUPERVISED === "1" && process.connected) {
    process.on("disconnect", () => {
      console.error("npm start is gone: stopping the server.");
      process.exit(1);
    });
  }
}
