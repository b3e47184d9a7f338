import { ExpiredSignatureError, InvalidTokenError } from './errors.js'
import type { JwtPayload } from './claims.js'
import type { JsonObject } from './json.js'
import type { DecodeSettings } from './options.js'

/**
 * Steps 6 and 7 (RFC 7519 §4.1.4): a present `exp` must be a finite number, fractions
 * allowed, and the token is expired once `now >= exp + leeway`.
 */
export function checkExpiry(
  payload: JsonObject,
  settings: DecodeSettings,
): asserts payload is JwtPayload {
  if (!Object.hasOwn(payload, 'exp')) return
  const exp = payload.exp
  if (typeof exp !== 'number' || !Number.isFinite(exp)) {
    throw new InvalidTokenError('The "exp" claim is not a number')
  }
  if (currentTime(settings) >= exp + settings.leeway) {
    throw new ExpiredSignatureError('The token has expired')
  }
}

function currentTime(settings: DecodeSettings): number {
  const now = settings.now()
  if (typeof now !== 'number' || !Number.isFinite(now)) {
    throw new TypeError('options.now must return a finite number of seconds')
  }
  return now
}
