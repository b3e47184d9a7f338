/** RFC 7515 §2: base64url (RFC 4648 §5) with the padding removed, so no `=`. */
const BASE64URL_ALPHABET = /^[A-Za-z0-9_-]*$/

/**
 * True when every character of `text` is in the base64url alphabet, with no padding.
 * `Buffer` decoding skips characters it does not know, so this check must come first.
 */
export function hasBase64urlAlphabet(text: string): boolean {
  return BASE64URL_ALPHABET.test(text)
}

/**
 * Decodes text already checked by {@link hasBase64urlAlphabet}, or returns `undefined`
 * for a length of 4n + 1, which no byte string encodes to (`Buffer` would silently drop
 * the last character).
 */
export function base64urlToBytes(text: string): Buffer | undefined {
  return text.length % 4 === 1 ? undefined : Buffer.from(text, 'base64url')
}

/** Encodes UTF-8 text as base64url without padding. */
export function textToBase64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url')
}
