// Builds tokens with node:crypto directly, independent of the code under test, so a
// test can craft any header, payload or signature an attacker could send.
import { createHmac } from 'node:crypto'

export const SECRET = 'a-test-secret-that-is-32-bytes-long!'
export const NOW = 1_700_000_000

export function b64(text: string | Uint8Array): string {
  return Buffer.from(text).toString('base64url')
}

export function hmac(signingInput: string, key: string | Uint8Array = SECRET): string {
  return createHmac('sha256', key).update(signingInput).digest('base64url')
}

/** A token from raw JSON texts, signed with `key` over exactly the segments given. */
export function rawToken(
  headerJson: string,
  payloadJson: string,
  key: string | Uint8Array = SECRET,
): string {
  const signingInput = `${b64(headerJson)}.${b64(payloadJson)}`
  return `${signingInput}.${hmac(signingInput, key)}`
}

/** A correctly signed token with a custom header object and payload object. */
export function signedToken(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  key: string | Uint8Array = SECRET,
): string {
  return rawToken(JSON.stringify(header), JSON.stringify(payload), key)
}

export const HS256_HEADER = { alg: 'HS256', typ: 'JWT' }

/** Fixed clock for decode options. */
export const at = (seconds: number) => ({ now: () => seconds })
