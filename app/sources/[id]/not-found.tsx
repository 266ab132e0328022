import Link from "next/link";

export default function SourceNotFound() {
  return (
    <main id="main" tabIndex={-1} className="msg">
      <h1>Source not found</h1>
      <p>There is no source with this address. It may have been removed, or the link may be mistyped.</p>
      <p>
        <Link href="/">Back to the library</Link>
      </p>
    </main>
  );
}
