import { InvalidTokenError } from '../src/index.js'

/** A token's header and payload as JSON objects, read without checking anything else. */
export interface UnverifiedToken {
  readonly header: Record<string, unknown>
  readonly payload: Record<string, unknown>
}

/**
 * RFC 7515 §2: base64url (RFC 4648 §5) without padding. Checked before `Buffer`, which
 * skips characters it does not know and would show claims a verifier never sees.
 */
const BASE64URL = /^[A-Za-z0-9_-]*$/

// fatal: bad UTF-8 is reported, not shown as U+FFFD, as `decode` would refuse it.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Splits and decodes a compact JWS for display only: the signature is not checked, so
 * nothing read here may be trusted. Garbage is an `InvalidTokenError` with a fixed
 * message, never the parser's, which would quote the input.
 */
export function readUnverified(token: string): UnverifiedToken {
  const segments = token.split('.')
  if (segments.length !== 3) {
    throw new InvalidTokenError('Not a JWT: expected three segments separated by dots')
  }
  if (!segments.every((segment) => BASE64URL.test(segment))) {
    throw new InvalidTokenError('Not a JWT: a segment is not base64url')
  }
  const [header = '', payload = ''] = segments
  return {
    header: jsonObject(header, 'The header is not a JSON object'),
    payload: jsonObject(payload, 'The payload is not a JSON object'),
  }
}

function jsonObject(segment: string, message: string): Record<string, unknown> {
  // A length of 4n + 1 encodes no bytes; Buffer would silently drop the last character.
  if (segment === '' || segment.length % 4 === 1) throw new InvalidTokenError(message)
  let value: unknown
  try {
    value = JSON.parse(strictUtf8.decode(Buffer.from(segment, 'base64url')))
  } catch {
    throw new InvalidTokenError(message)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidTokenError(message)
  }
  return value as Record<string, unknown>
}
