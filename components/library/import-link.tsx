import Link from "next/link";

/** For signed-in users; the import page itself says who may import where. */
export function ImportLink() {
  return (
    <p className="import-link">
      <Link href="/sources/import">Import a source</Link>
    </p>
  );
}
