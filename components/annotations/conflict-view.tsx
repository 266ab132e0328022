"use client";

import type { AnnotationDto } from "@/lib/annotations/dto";
import { NoteBody } from "./note-body";
import type { FormValues } from "./annotation-form";
import { formatDate, LAYER_LABELS } from "./layers";

interface Props {
  theirs: AnnotationDto;
  mine: FormValues;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy: boolean;
}

function Side({ title, values }: { title: string; values: Pick<FormValues, "layer" | "body" | "tags" | "visibility"> }) {
  return (
    <div className="an-side">
      <h5>{title}</h5>
      <p className="an-meta">
        {LAYER_LABELS[values.layer]} · {values.visibility}
        {values.tags.length > 0 ? ` · ${values.tags.join(", ")}` : ""}
      </p>
      <NoteBody doc={values.body} className="an-note" />
    </div>
  );
}

/** Someone saved this annotation while it was being edited here: choose which version stands. */
export function ConflictView({ theirs, mine, onKeepMine, onTakeTheirs, busy }: Props) {
  return (
    <section className="an-conflict" role="alert" aria-label="Edit conflict">
      <p>
        This annotation changed while you were editing it (version {theirs.version}, {formatDate(theirs.updatedAt)}). Compare and
        choose:
      </p>
      <div className="an-sides">
        <Side title="Theirs (saved)" values={theirs} />
        <Side title="Yours (not saved)" values={mine} />
      </div>
      <div className="an-form-actions">
        <button type="button" className="an-primary" onClick={onKeepMine} disabled={busy}>
          Keep mine
        </button>
        <button type="button" onClick={onTakeTheirs} disabled={busy}>
          Take theirs
        </button>
      </div>
    </section>
  );
}
