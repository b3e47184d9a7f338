import type { JwtPayload } from './claims.js'
import type { Key } from './key.js'
import { DEFAULT_ALGORITHMS } from './header.js'
import type { DecodeOptions } from './options.js'
import { createVerifier } from './verify.js'

/**
 * Verifies an HS256 token and returns its payload. Checks run in the contract's order;
 * each failure throws a named subclass of `PyJWTError`:
 *
 * 1. `algorithms` does not include "HS256" → `InvalidAlgorithmError`
 * 2. not a string, too long, not three base64url segments, header not a JSON object → `InvalidTokenError`
 * 3. header `alg` not exactly "HS256" → `InvalidAlgorithmError`; a `crit` header → `InvalidTokenError`
 * 4. signature not the canonical HMAC-SHA-256 under `key` → `InvalidSignatureError`
 * 5. payload not a JSON object → `InvalidTokenError`
 * 6. `exp` present and not a finite number → `InvalidTokenError`
 * 7. `now >= exp + leeway` → `ExpiredSignatureError`
 *
 * A bad `key`, `algorithms` or `options` is the caller's mistake and throws `TypeError`
 * or `RangeError` before any of these.
 *
 * @example
 * ```ts
 * import { decode, ExpiredSignatureError } from 'jwt-hs256'
 * const claims = decode(token, secret)               // HS256, exp enforced
 * const lenient = decode(token, secret, ['HS256'], { leeway: 30 })
 * ```
 */
export function decode(
  token: string,
  key: Key,
  algorithms: readonly string[] = DEFAULT_ALGORITHMS,
  options: DecodeOptions = {},
): JwtPayload {
  return createVerifier(key, algorithms, options)(token)
}
