/**
 * The Content-Security-Policy of one response. Scripts run only with this request's nonce (Next
 * puts it on its own bootstrap scripts when it finds it in the request's CSP header) or when a
 * nonced script loads them ('strict-dynamic'); no inline script of anyone else's. Styles keep
 * 'unsafe-inline' (React's style attributes); everything else is same-origin, nobody may frame us.
 */
export function contentSecurityPolicy(nonce: string, { dev }: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The service worker (public/sw.js): 'strict-dynamic' above would otherwise leave its registration to chance.
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** Two years, subdomains too: once a browser has seen the app over https it never tries http. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
