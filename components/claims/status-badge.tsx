import { CLAIM_STATUS_LABELS, type ClaimStatus } from "@/lib/claims/status";

/** A mark per status as well as a colour, so the status never rests on colour alone. */
const MARKS: Record<ClaimStatus, string> = {
  unanswered: "○",
  supported: "+",
  contested: "◐",
  rebutted: "×",
  refuted: "■",
};

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span className="cl-status" data-status={status}>
      <span aria-hidden="true">{MARKS[status]}</span> {CLAIM_STATUS_LABELS[status]}
    </span>
  );
}
