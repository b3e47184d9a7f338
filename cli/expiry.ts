import { describeSpan } from './human-time.js'

/** What a payload's `exp` says, judged as `decode` would judge it (RFC 7519 §4.1.4). */
export type Expiry =
  | { readonly status: 'none' }
  | { readonly status: 'not-a-number' }
  | {
      readonly status: 'active' | 'expired'
      readonly exp: number
      /** ISO 8601, or null when `exp` is beyond the dates JavaScript can show. */
      readonly at: string | null
      /** Negative once expired. */
      readonly secondsLeft: number
    }

export function expiryOf(payload: Record<string, unknown>, now: number): Expiry {
  if (!Object.hasOwn(payload, 'exp')) return { status: 'none' }
  const exp = payload.exp
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return { status: 'not-a-number' }
  const date = new Date(exp * 1000)
  return {
    status: now >= exp ? 'expired' : 'active',
    exp,
    at: Number.isNaN(date.getTime()) ? null : date.toISOString(),
    secondsLeft: Math.floor(exp - now),
  }
}

/** One line for people: when, and how long from now. */
export function describeExpiry(expiry: Expiry): string {
  switch (expiry.status) {
    case 'none':
      return 'no exp claim: the token never expires'
    case 'not-a-number':
      return 'exp is not a number: verify refuses this token (InvalidTokenError)'
    case 'active':
      return `${expiry.at ?? String(expiry.exp)}, expires in ${describeSpan(expiry.secondsLeft)}`
    case 'expired':
      return `${expiry.at ?? String(expiry.exp)}, expired ${describeSpan(expiry.secondsLeft)} ago`
  }
}
