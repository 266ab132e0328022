/**
 * The pages' Content-Security-Policy for one response. Scripts run only with this
 * response's nonce ('strict-dynamic' lets them load Next's chunks); nothing may
 * frame the app, post forms elsewhere, or load plugins.
 *
 * Styles: <style> elements need the nonce too (Next puts it on its own; the note
 * editor passes it to tiptap). Style *attributes* stay allowed ('unsafe-inline' in
 * style-src-attr only): React writes style="left: …; top: …" on the selection
 * toolbar and the link picker, and ProseMirror sets element styles; an attribute
 * cannot run script, and annotation bodies render through React, never as HTML.
 */
export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // React's development build rebuilds server error stacks with eval; production never evals.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
