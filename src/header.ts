import { InvalidAlgorithmError, InvalidTokenError } from './errors.js'
import { textToBase64url } from './base64url.js'
import { ownMember, parseJsonSegment, type JsonObject } from './json.js'

/** The one algorithm this package signs and verifies (RFC 7518 §3.2). */
export const HS256 = 'HS256'

/** The `algorithms` a caller gets by default: shared, so no call allocates its own. */
export const DEFAULT_ALGORITHMS: readonly string[] = [HS256]

/** Step 1: the caller's list must allow HS256 at all. */
export function requireHs256(algorithms: readonly string[]): void {
  if (!algorithms.includes(HS256)) {
    throw new InvalidAlgorithmError('The allowed algorithms do not include HS256')
  }
}

/**
 * Header segments whose check is known to pass, as the common issuers write them: this
 * package, jsonwebtoken, fast-jwt, jose, PyJWT and the camera boards. The check is a pure
 * function of the segment's text, so skipping the decoding for these changes no outcome.
 */
const KNOWN_GOOD_HEADERS = new Set(
  [
    '{"alg":"HS256","typ":"JWT"}',
    '{"typ":"JWT","alg":"HS256"}',
    '{"alg":"HS256"}',
    '{"typ": "JWT", "alg": "HS256"}',
    '{"alg": "HS256", "typ": "JWT"}',
  ].map(textToBase64url),
)

/** Steps 2 and 3 for the header segment (alphabet already checked). */
export function checkHeaderSegment(segment: string): void {
  if (KNOWN_GOOD_HEADERS.has(segment)) return
  checkHeader(parseJsonSegment(segment, 'The header is not a JSON object'))
}

/**
 * Step 3. `alg` must be exactly "HS256": the only algorithm both allowed (step 1
 * ensured it is in the caller's list) and implemented, so `none`, `hs256` or `HS512`
 * can never select another verifier.
 */
function checkHeader(header: JsonObject): void {
  if (ownMember(header, 'alg') !== HS256) {
    throw new InvalidAlgorithmError('The token is not signed with HS256')
  }
  // RFC 7515 §4.1.11: a recipient that understands no extension must refuse any `crit`.
  if (Object.hasOwn(header, 'crit')) {
    throw new InvalidTokenError('The token has a "crit" header, and no extension is supported')
  }
}
