/** "Moscow trials: Selected annotations" made at 2026-12-02T… -> "moscow-trials-selected-annotations-2026-12-02.md". */
export function exportFileName(title: string, generatedAt: string, extension: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${stem === "" ? "annotations" : stem}-${generatedAt.slice(0, 10)}.${extension}`;
}
