// The places the compare view's keys step through: linked pairs and shared passages,
// in the order of the left text, and the `at` address that keeps one in the URL.

export type Stop = { kind: "link"; id: string; leftStart: number } | { kind: "shared"; index: number; leftStart: number };

export const stopKey = (stop: Stop): string => (stop.kind === "link" ? `link:${stop.id}` : `shared:${stop.index}`);

export function orderStops(stops: readonly Stop[]): Stop[] {
  return [...stops].sort((a, b) => a.leftStart - b.leftStart || stopKey(a).localeCompare(stopKey(b)));
}

/**
 * The stop after (`step` 1) or before (-1) the current one, wrapping around; from no
 * stop, the first (or the last). Null when there are none.
 */
export function stepStop(stops: readonly Stop[], current: string | null, step: 1 | -1): Stop | null {
  if (stops.length === 0) return null;
  const at = current === null ? -1 : stops.findIndex((s) => stopKey(s) === current);
  if (at === -1) return step === 1 ? stops[0]! : stops[stops.length - 1]!;
  return stops[(at + step + stops.length) % stops.length]!;
}

/** Reads `?at=link:<id>` or `?at=shared:<n>`; anything else is no stop. */
export function parseStopParam(value: string | string[] | undefined): string | null {
  if (typeof value !== "string") return null;
  return /^(link:[A-Za-z0-9_-]{1,64}|shared:\d{1,5})$/.test(value) ? value : null;
}
