// What changed between two revisions of an annotation, in words, for its history.
import { LAYER_LABELS, type ArchivalCitationDto, type RevisionDto } from "@/lib/annotations/dto";
import { archivalCitationText } from "./wording";

/** `previous`: the revision before `current` that the reader may see; earlier ones written for a narrower audience are not sent. */
export function revisionChanges(previous: RevisionDto | undefined, current: RevisionDto): string[] {
  if (previous === undefined) return [current.version === 1 ? "Created" : "Earlier versions were not shared with you"];
  const changes: string[] = current.kind === "placed" ? ["Placed again by hand on the new text"] : [];
  if (previous.layer !== current.layer) changes.push(`Layer: ${LAYER_LABELS[previous.layer]} → ${LAYER_LABELS[current.layer]}`);
  if (previous.visibility !== current.visibility) changes.push(`Visibility: ${previous.visibility} → ${current.visibility}`);
  const before = new Set(previous.tags.map((t) => t.toLocaleLowerCase()));
  const after = new Set(current.tags.map((t) => t.toLocaleLowerCase()));
  const added = current.tags.filter((t) => !before.has(t.toLocaleLowerCase()));
  const removed = previous.tags.filter((t) => !after.has(t.toLocaleLowerCase()));
  if (added.length > 0) changes.push(`Tags added: ${added.join(", ")}`);
  if (removed.length > 0) changes.push(`Tags removed: ${removed.join(", ")}`);
  if (previous.bodyText !== current.bodyText || JSON.stringify(previous.body) !== JSON.stringify(current.body)) changes.push("Note edited");
  const citationChange = citationChanged(previous.citation, current.citation);
  if (citationChange !== null) changes.push(citationChange);
  return changes.length > 0 ? changes : ["No visible change"];
}

function citationChanged(before: ArchivalCitationDto | null, after: ArchivalCitationDto | null): string | null {
  if (before === null && after === null) return null;
  if (before === null) return `Archival citation added: ${archivalCitationText(after!)}`;
  if (after === null) return `Archival citation removed: ${archivalCitationText(before)}`;
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  return `Archival citation: ${archivalCitationText(before)} → ${archivalCitationText(after)}`;
}
