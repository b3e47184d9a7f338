import { textToBase64url } from './base64url.js'
import type { EncodePayload } from './claims.js'
import { InvalidAlgorithmError } from './errors.js'
import { HS256 } from './header.js'
import { sign } from './hmac.js'
import { ownMember } from './json.js'
import { toSecretKey, type Key } from './key.js'
import { withNumericDates } from './numeric-date.js'

/** The one header this package writes, already encoded: it never changes. */
const ENCODED_HEADER = textToBase64url(JSON.stringify({ alg: HS256, typ: 'JWT' }))

/**
 * Signs `payload` with HS256 and returns the compact token
 * `base64url(header).base64url(payload).base64url(signature)`.
 *
 * Claims pass through verbatim (no `iat` is added); a `Date` in `exp`, `nbf` or `iat`
 * becomes whole seconds since the epoch. An `exp` that `decode` would refuse is refused
 * here, so no token is minted that cannot be verified.
 *
 * @param payload - a plain JSON object (null prototype allowed)
 * @param key - UTF-8 text, bytes, or a secret `KeyObject`
 * @param algorithm - must be "HS256"
 * @throws TypeError when the payload is not a plain JSON object or the key is unusable
 * @throws InvalidAlgorithmError for any algorithm other than "HS256"
 *
 * @example
 * ```ts
 * import { encode } from 'jwt-hs256'
 * const token = encode({ sub: 'camera-7', exp: Math.floor(Date.now() / 1000) + 3600 }, secret)
 * ```
 */
export function encode(payload: EncodePayload, key: Key, algorithm: string = HS256): string {
  if (typeof algorithm !== 'string') throw new TypeError('algorithm must be a string')
  if (algorithm !== HS256) throw new InvalidAlgorithmError('Only HS256 is supported')
  const secret = toSecretKey(key)
  const signingInput = `${ENCODED_HEADER}.${textToBase64url(payloadJson(payload))}`
  return `${signingInput}.${sign(signingInput, secret)}`
}

function payloadJson(payload: unknown): string {
  if (!isPlainObject(payload)) throw new TypeError('payload must be a plain object')
  // A toJSON method could serialize the payload to anything, an exp decode refuses included.
  if (typeof payload.toJSON === 'function')
    throw new TypeError('payload must not have a toJSON method')
  const claims = withNumericDates(payload)
  const exp = ownMember(claims, 'exp')
  if (exp !== undefined && (typeof exp !== 'number' || !Number.isFinite(exp))) {
    throw new TypeError('payload.exp must be a finite number of seconds or a Date')
  }
  return JSON.stringify(claims)
}

/** An object literal, `Object.create(null)`, or the like from another realm; not a class instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === null || Object.getPrototypeOf(prototype) === null
}
