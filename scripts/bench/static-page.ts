// The baseline the reader is measured against: a static HTML page holding the same
// text in plain paragraphs, served from localhost like the app.
import http from "node:http";

export function staticPageHtml(title: string, text: string): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const paragraphs = text.split("\n\n").map((p) => `<p>${escape(p)}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:Georgia,serif;max-width:70ch;margin:2rem auto;line-height:1.6}</style></head>
<body><main><h1>${escape(title)}</h1>${paragraphs}</main></body></html>`;
}

export async function serveStatic(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}
