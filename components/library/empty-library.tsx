export function EmptyLibrary() {
  return (
    <div className="empty">
      <p>The library is empty: no source has been imported yet.</p>
      <p>
        Import a text file (plain text, Markdown or HTML) from the project folder with
      </p>
      <pre>
        <code>npm run import -- path/to/file.txt</code>
      </pre>
      <p>then reload this page.</p>
    </div>
  );
}
