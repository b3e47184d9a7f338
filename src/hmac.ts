import { createHmac, timingSafeEqual, type KeyObject } from 'node:crypto'

/** 32 bytes of HMAC-SHA-256 in unpadded base64url: the one canonical signature length. */
const SIGNATURE_LENGTH = 43

/** The base64url HMAC-SHA-256 of `signingInput` (RFC 7515 §5.1, RFC 7518 §3.2). */
export function sign(signingInput: string, key: KeyObject): string {
  return createHmac('sha256', key).update(signingInput).digest('base64url')
}

/**
 * True when `signature` is exactly the canonical base64url of the expected MAC.
 * Comparing the encoded text refuses every non-canonical spelling of the right bytes
 * (other trailing bits, padding) with no decoding step. Lengths are public, so a wrong
 * length is refused before the HMAC; equal lengths are compared in constant time.
 */
export function hasValidSignature(
  signingInput: string,
  signature: string,
  key: KeyObject,
): boolean {
  if (signature.length !== SIGNATURE_LENGTH) return false
  const expected = sign(signingInput, key)
  return timingSafeEqual(Buffer.from(signature, 'latin1'), Buffer.from(expected, 'latin1'))
}
