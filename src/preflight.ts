/**
 * A CORS preflight (Fetch standard: `OPTIONS` with `Access-Control-Request-Method`)
 * never carries credentials, so it passes through untouched; any other `OPTIONS` needs a
 * token like every request.
 */
export function isCorsPreflight(method: string | undefined, requestMethodHeader: unknown): boolean {
  return method === 'OPTIONS' && requestMethodHeader !== undefined
}
