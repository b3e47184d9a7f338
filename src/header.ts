import { InvalidAlgorithmError, InvalidTokenError } from './errors.js'
import { ownMember, type JsonObject } from './json.js'

/** The one algorithm this package signs and verifies (RFC 7518 §3.2). */
export const HS256 = 'HS256'

/** Step 1: the caller's list must allow HS256 at all. */
export function requireHs256(algorithms: readonly string[]): void {
  if (!algorithms.includes(HS256)) {
    throw new InvalidAlgorithmError('The allowed algorithms do not include HS256')
  }
}

/**
 * Step 3. `alg` must be exactly "HS256": the only algorithm both allowed (step 1
 * ensured it is in the caller's list) and implemented, so `none`, `hs256` or `HS512`
 * can never select another verifier.
 */
export function checkHeader(header: JsonObject): void {
  if (ownMember(header, 'alg') !== HS256) {
    throw new InvalidAlgorithmError('The token is not signed with HS256')
  }
  // RFC 7515 §4.1.11: a recipient that understands no extension must refuse any `crit`.
  if (Object.hasOwn(header, 'crit')) {
    throw new InvalidTokenError('The token has a "crit" header, and no extension is supported')
  }
}
