import { base64urlToBytes } from './base64url.js'
import { InvalidTokenError } from './errors.js'

/** A JSON object as `JSON.parse` returns it. */
export type JsonObject = Record<string, unknown>

// fatal: invalid UTF-8 is an error, not U+FFFD. ignoreBOM: a leading BOM stays in the
// text, so JSON.parse refuses it (RFC 8259 §8.1: JSON text carries no BOM).
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Parses a base64url segment (alphabet already checked) as a JSON object in strict
 * UTF-8, or throws `InvalidTokenError` with `message`. The parser's own text is dropped:
 * it quotes the input.
 *
 * `JSON.parse` defines every member as an own property, so a `"__proto__"` member is
 * plain data and never reaches a prototype.
 */
export function parseJsonSegment(segment: string, message: string): JsonObject {
  const bytes = base64urlToBytes(segment)
  if (bytes === undefined) throw new InvalidTokenError(message)
  let value: unknown
  try {
    value = JSON.parse(strictUtf8.decode(bytes))
  } catch {
    throw new InvalidTokenError(message)
  }
  if (!isJsonObject(value)) throw new InvalidTokenError(message)
  return value
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads a member only if the object itself has it, never through its prototype. */
export function ownMember(object: JsonObject, name: string): unknown {
  return Object.hasOwn(object, name) ? object[name] : undefined
}
