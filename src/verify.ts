import { splitCompact } from './compact.js'
import { InvalidSignatureError } from './errors.js'
import { checkExpiry } from './expiry.js'
import { checkHeaderSegment, requireHs256 } from './header.js'
import { hasValidSignature } from './hmac.js'
import type { JwtPayload } from './claims.js'
import { parseJsonSegment } from './json.js'
import { toSecretKey } from './key.js'
import { checkAlgorithms, resolveDecodeOptions, type DecodeSettings } from './options.js'
import type { KeyObject } from 'node:crypto'

/** A verifier bound to one key and one set of options, checked once. */
export type Verifier = (token: unknown) => JwtPayload

/**
 * Checks the arguments (a misuse is a `TypeError` or `RangeError`), then step 1, and
 * returns a function that runs steps 2 to 7 on a token. Middleware builds one per app;
 * `decode` builds one per call.
 */
export function createVerifier(key: unknown, algorithms: unknown, options: unknown): Verifier {
  const secret = toSecretKey(key)
  const allowed = checkAlgorithms(algorithms)
  const settings = resolveDecodeOptions(options)
  requireHs256(allowed)
  return (token) => verify(token, secret, settings)
}

function verify(token: unknown, secret: KeyObject, settings: DecodeSettings): JwtPayload {
  const parts = splitCompact(token, settings.maxTokenLength) // 2: size limit before any work
  checkHeaderSegment(parts.header) // 2, 3
  if (!hasValidSignature(parts.signingInput, parts.signature, secret)) {
    throw new InvalidSignatureError('Signature verification failed') // 4
  }
  const payload = parseJsonSegment(parts.payload, 'The payload is not a JSON object') // 5
  checkExpiry(payload, settings) // 6, 7
  return payload
}
