"use client";

import { useCallback, useRef, useState } from "react";
import { downloadName } from "@/lib/export/export-url";

export type ExportProgress =
  | { state: "idle" }
  /** `total` is null until the server has answered (it counts and checks the scope first). */
  | { state: "running"; total: number | null; bytes: number; startedAt: number }
  | { state: "done"; fileName: string; total: number | null }
  | { state: "error"; message: string };

async function errorMessage(response: Response): Promise<string> {
  if (response.status === 401) return "Your session has ended: sign in again to export.";
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (typeof body.error?.message === "string") return body.error.message;
  } catch {
    // not JSON: say what happened in general
  }
  return response.status === 404 ? "Nothing to export here, or you cannot read it." : `The export failed (HTTP ${response.status}). Try again.`;
}

/** Fetches an export, reporting bytes as they arrive, then hands the file to the browser's downloads. */
export function useExportDownload() {
  const [progress, setProgress] = useState<ExportProgress>({ state: "idle" });
  const abort = useRef<AbortController | null>(null);

  const start = useCallback(async (url: string) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const startedAt = Date.now();
    setProgress({ state: "running", total: null, bytes: 0, startedAt });
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: "same-origin" });
      if (!response.ok || response.body === null) {
        setProgress({ state: "error", message: await errorMessage(response) });
        return;
      }
      const count = response.headers.get("x-export-count");
      const total = count === null ? null : Number(count);
      setProgress({ state: "running", total, bytes: 0, startedAt });
      const reader = response.body.getReader();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.byteLength;
        setProgress({ state: "running", total, bytes, startedAt });
      }
      const fileName = downloadName(response.headers.get("content-disposition"), "annotations");
      const href = URL.createObjectURL(new Blob(parts, { type: response.headers.get("content-type") ?? "application/octet-stream" }));
      const a = document.createElement("a");
      a.href = href;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
      setProgress({ state: "done", fileName, total });
    } catch (error) {
      if (controller.signal.aborted) setProgress({ state: "idle" });
      else setProgress({ state: "error", message: error instanceof Error && error.message !== "" ? `The export stopped: ${error.message}` : "The export stopped. Try again." });
    }
  }, []);

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { progress, start, cancel };
}
