// The renderer's Content-Security-Policy, sent by both shells. Captured pages
// are shown as text only, but should markup ever slip through, nothing in it
// can run a script, load a remote resource or send data anywhere: scripts,
// styles and requests may come from the app's own origin and nowhere else.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
