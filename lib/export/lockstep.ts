// One pass over the rows for several writers at once (the archive's JSON-LD, CSV
// and references): each batch is handed to every writer, and the next batch is
// read only when each has asked for it, so the writers move in step and memory
// holds a batch or two whatever the export's size.

export interface Lane<T> {
  /** What one writer reads. */
  iterable: AsyncIterable<T>;
  /** Hands the lane its next item (or its end) once its writer asks for it. */
  put(result: IteratorResult<T, undefined>): Promise<void>;
  /** The writer stopped (finished or failed): nothing more is handed to it. */
  close(): void;
}

export function lane<T>(): Lane<T> {
  let deliver: ((result: IteratorResult<T, undefined>) => void) | null = null;
  let markAsked: () => void = () => {};
  let asked = new Promise<void>((resolve) => (markAsked = resolve));
  let closed = false;
  const iterator: AsyncIterator<T, undefined> = {
    next: () =>
      new Promise((resolve) => {
        deliver = resolve;
        markAsked();
      }),
    return: async () => {
      closed = true;
      markAsked();
      return { done: true, value: undefined };
    },
  };
  return {
    iterable: { [Symbol.asyncIterator]: () => iterator },
    async put(result) {
      await asked;
      if (closed) return;
      asked = new Promise<void>((resolve) => (markAsked = resolve));
      const give = deliver;
      deliver = null;
      give?.(result);
    },
    close() {
      closed = true;
      markAsked();
    },
  };
}
