import { ownMember } from './json.js'

/** The claims RFC 7519 §4.1 defines as NumericDate, which `encode` converts from `Date`. */
const NUMERIC_DATE_CLAIMS = ['exp', 'nbf', 'iat'] as const

/**
 * Returns the payload with each `Date` in a NumericDate claim turned into whole seconds
 * since the epoch, rounded down (RFC 7519 §2). The caller's object is never changed:
 * a copy is made only when there is a `Date` to convert.
 */
export function withNumericDates(payload: Record<string, unknown>): Record<string, unknown> {
  let converted = payload
  for (const claim of NUMERIC_DATE_CLAIMS) {
    const value = ownMember(payload, claim)
    if (!(value instanceof Date)) continue
    const milliseconds = value.getTime()
    if (Number.isNaN(milliseconds)) throw new TypeError(`payload.${claim} is an invalid Date`)
    if (converted === payload) converted = { ...payload }
    converted[claim] = Math.floor(milliseconds / 1000)
  }
  return converted
}
