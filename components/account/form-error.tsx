/** A form-level error; role=alert makes screen readers announce it as it appears. */
export function FormError({ id, message }: { id?: string; message: string | null | undefined }) {
  if (message === null || message === undefined || message === "") return null;
  return (
    <p id={id} className="form-error" role="alert">
      {message}
    </p>
  );
}

/** The first message for a field, tied to its input by `id` (use it in aria-describedby). */
export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  const message = errors?.[0];
  if (message === undefined) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}
