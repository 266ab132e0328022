interface Props {
  error: string | null;
  busy: boolean;
  submitLabel: string;
  onCancel: () => void;
}

/**
 * The end of every annotation form: the server's refusal, Save and Cancel, and the keys.
 * Save stays focusable while saving (aria-disabled, not disabled), so focus is not lost
 * to the page and Escape still reaches the form; the forms ignore a second submit.
 */
export function FormFooter({ error, busy, submitLabel, onCancel }: Props) {
  return (
    <>
      {error === null ? null : (
        <p role="alert" className="an-error">
          {error}
        </p>
      )}
      <div className="an-form-actions">
        <button type="submit" className="an-primary" aria-disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="an-hint">Ctrl+Enter saves · Escape cancels</span>
      </div>
    </>
  );
}
