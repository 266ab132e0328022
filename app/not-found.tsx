import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="msg">
      <h1>Page not found</h1>
      <p>Nothing lives at this address.</p>
      <p>
        <Link href="/">Back to the library</Link>
      </p>
    </main>
  );
}
