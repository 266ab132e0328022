// Runs once when the Next.js server starts (https://nextjs.org/docs/app/guides/instrumentation).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { quietOutageLogs } = await import("@/lib/db/quiet-outage-logs");
  quietOutageLogs();
}
