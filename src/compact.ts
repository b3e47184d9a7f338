import { hasBase64urlAlphabet } from './base64url.js'
import { InvalidTokenError } from './errors.js'

/** The three segments of a JWS in compact serialization (RFC 7515 §7.1). */
export interface CompactParts {
  readonly header: string
  readonly payload: string
  readonly signature: string
  /** `header + "." + payload`, the text the signature covers. */
  readonly signingInput: string
}

/**
 * Splits a token into its segments and checks its shape, refusing an oversized token
 * before any other work. Only the alphabet of each segment is checked here: decoding the
 * header is step 2's, the payload step 5's, and an empty, short or long signature is the
 * signature check's to refuse.
 */
export function splitCompact(token: unknown, maxTokenLength: number): CompactParts {
  if (typeof token !== 'string') throw new InvalidTokenError('The token must be a string')
  if (token.length > maxTokenLength) throw new InvalidTokenError('The token is too long')
  const firstDot = token.indexOf('.')
  const secondDot = token.indexOf('.', firstDot + 1)
  if (firstDot === -1 || secondDot === -1 || token.includes('.', secondDot + 1)) {
    throw new InvalidTokenError('The token must have exactly three segments')
  }
  const parts: CompactParts = {
    header: token.slice(0, firstDot),
    payload: token.slice(firstDot + 1, secondDot),
    signature: token.slice(secondDot + 1),
    signingInput: token.slice(0, secondDot),
  }
  if (parts.header === '' || parts.payload === '') {
    throw new InvalidTokenError('The token has an empty header or payload')
  }
  if (
    !hasBase64urlAlphabet(parts.header) ||
    !hasBase64urlAlphabet(parts.payload) ||
    !hasBase64urlAlphabet(parts.signature)
  ) {
    throw new InvalidTokenError('The token is not base64url')
  }
  return parts
}
