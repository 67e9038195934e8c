// The Content-Security-Policy of every page we serve, sent as a response header by the app: protocol (the
// renderer may also carry it as a meta tag; the stricter of the two applies). Everything is bundled, so
// nothing but our own origin is allowed, and nothing is allowed to run inline or through eval.
const directives: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  // React sets styles through the CSSOM, which CSP does not restrict; only stylesheets from our origin load.
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'none'",
  'frame-src': "'none'",
  'object-src': "'none'",
  'media-src': "'none'",
  'manifest-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(directives)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');
