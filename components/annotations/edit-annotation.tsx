"use client";

import { useState } from "react";
import type { AnnotationDto } from "@/lib/annotations/dto";
import { citationInputOf, savedCitationFields } from "@/lib/reader/citation-prefill";
import { api } from "./api";
import { AnnotationForm, type FormValues } from "./annotation-form";
import { ConflictView } from "./conflict-view";

interface Props {
  annotation: AnnotationDto;
  onSaved: (annotation: AnnotationDto) => void;
  onClose: () => void;
}

/** PATCH with the version it started from; a 409 turns into a theirs-versus-yours choice. */
export function EditAnnotation({ annotation, onSaved, onClose }: Props) {
  // The version the edit started from: a live update meanwhile must surface as a conflict, not be overwritten.
  const [base] = useState(annotation.version);
  const [initial] = useState(annotation);
  const [conflict, setConflict] = useState<{ theirs: AnnotationDto; mine: FormValues } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (values: FormValues, version: number): Promise<string | null> => {
    const citation = values.citation === undefined ? undefined : citationInputOf(values.citation);
    // Sent only when changed: the saved one is otherwise left as it is.
    const citationChanged = citation !== undefined && JSON.stringify(citation) !== JSON.stringify(citationInputOf(savedCitationFields(initial.citation)));
    const result = await api.update(annotation.id, {
      version,
      body: values.body,
      layer: values.layer,
      tags: values.tags,
      visibility: values.visibility,
      ...(citationChanged ? { citation } : {}),
    });
    if (result.ok) {
      onSaved(result.data);
      onClose();
      return null;
    }
    if (result.conflict !== undefined) {
      setConflict({ theirs: result.conflict, mine: values });
      return null;
    }
    return result.message;
  };

  if (conflict !== null) {
    return (
      <>
        <ConflictView
          theirs={conflict.theirs}
          mine={conflict.mine}
          busy={busy}
          onKeepMine={async () => {
            setBusy(true);
            // Re-submit on top of what is saved now, so this write is the newest revision.
            const problem = await save(conflict.mine, conflict.theirs.version);
            setBusy(false);
            setError(problem);
          }}
          onTakeTheirs={() => {
            onSaved(conflict.theirs);
            onClose();
          }}
        />
        {error === null ? null : (
          <p role="alert" className="an-error">
            {error}
          </p>
        )}
      </>
    );
  }
  return (
    <AnnotationForm
      title={<h4>Edit annotation</h4>}
      initial={{
        layer: initial.layer,
        body: initial.body,
        tags: initial.tags,
        visibility: initial.visibility,
        groupId: initial.groupId,
        citation: savedCitationFields(initial.citation),
      }}
      visibilities={initial.can.visibilities}
      submitLabel="Save changes"
      onSubmit={(values) => save(values, base)}
      onCancel={onClose}
    />
  );
}
