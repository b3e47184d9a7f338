import { isMalformedRequest } from './bearer.js'
import { MissingTokenError, type PyJWTError } from './errors.js'

/**
 * The `WWW-Authenticate` value for a refused request (RFC 6750 §3): no `error` when
 * credentials are missing (§3.1 says a bare challenge is enough), `invalid_request` for a
 * malformed header, `invalid_token` with a description for every other failure.
 */
export function bearerChallenge(error: PyJWTError, realm: string | undefined): string {
  const parameters: string[] = []
  if (realm !== undefined) parameters.push(`realm=${quoted(realm)}`)
  if (!(error instanceof MissingTokenError)) {
    const code = isMalformedRequest(error) ? 'invalid_request' : 'invalid_token'
    parameters.push(`error="${code}"`, `error_description=${quoted(error.message)}`)
  }
  return parameters.length === 0 ? 'Bearer' : `Bearer ${parameters.join(', ')}`
}

/** RFC 9110 §5.6.4 quoted-string: `\` and `"` are escaped with a backslash. */
function quoted(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`
}
