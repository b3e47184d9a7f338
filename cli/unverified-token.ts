import { hasBase64urlAlphabet } from '../src/base64url.js'
import { InvalidTokenError } from '../src/index.js'
import { parseJsonSegment } from '../src/json.js'

/** A token's header and payload as JSON objects, read without checking anything else. */
export interface UnverifiedToken {
  readonly header: Record<string, unknown>
  readonly payload: Record<string, unknown>
}

/**
 * Splits and decodes a compact JWS for display only: the signature is not checked, so
 * nothing read here may be trusted. The alphabet is checked before decoding, and each
 * segment is parsed as `decode` parses it (strict UTF-8, a JSON object), so garbage is an
 * `InvalidTokenError` with a fixed message, never the parser's.
 */
export function readUnverified(token: string): UnverifiedToken {
  const segments = token.split('.')
  if (segments.length !== 3) {
    throw new InvalidTokenError('Not a JWT: expected three segments separated by dots')
  }
  if (!segments.every(hasBase64urlAlphabet)) {
    throw new InvalidTokenError('Not a JWT: a segment is not base64url')
  }
  const [header = '', payload = ''] = segments
  return {
    header: parseJsonSegment(header, 'The header is not a JSON object'),
    payload: parseJsonSegment(payload, 'The payload is not a JSON object'),
  }
}
