import { createSecretKey, KeyObject } from 'node:crypto'

/** A shared secret: UTF-8 text, raw bytes, or a Node secret `KeyObject`. */
export type Key = string | Uint8Array | KeyObject

/**
 * Turns any accepted key form into one secret `KeyObject`, so a token signed with the
 * key in one form verifies with it in any other. The bytes are copied: changing the
 * caller's buffer later changes nothing here.
 *
 * @throws TypeError for any other type, an asymmetric `KeyObject`, or an empty key.
 */
export function toSecretKey(key: unknown): KeyObject {
  const secret = secretKeyFrom(key)
  if (secret.symmetricKeySize === 0) throw new TypeError('The key must not be empty')
  return secret
}

/**
 * The KeyObjects of the last few text keys, so `decode(token, 'secret')` does not build
 * the key again on every call (that would cost as much as the HMAC itself). Bounded to
 * 16 keys, cleared when full. A key stays here until then, even after the app stops
 * using it: it holds nothing the caller's own string does not.
 */
const textKeys = new Map<string, KeyObject>()
const TEXT_KEYS_KEPT = 16

function textKey(key: string): KeyObject {
  let secret = textKeys.get(key)
  if (secret === undefined) {
    if (textKeys.size >= TEXT_KEYS_KEPT) textKeys.clear()
    secret = createSecretKey(key, 'utf8')
    textKeys.set(key, secret)
  }
  return secret
}

function secretKeyFrom(key: unknown): KeyObject {
  if (typeof key === 'string') return textKey(key)
  if (key instanceof Uint8Array) return createSecretKey(key)
  if (key instanceof KeyObject && key.type === 'secret') return key
  throw new TypeError('The key must be a string, a Uint8Array or a secret KeyObject')
}
