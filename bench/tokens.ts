// The tokens every benchmark uses: a small and a ~1 KB payload, valid, forged and expired.
import { encode } from 'jwt-hs256'

export const SECRET = 'benchmark-secret-of-at-least-32-bytes!!'
const HOUR_FROM_NOW = Math.floor(Date.now() / 1000) + 3600

export const PAYLOADS = {
  small: { sub: 'user-1234', role: 'viewer', exp: HOUR_FROM_NOW },
  '1 KB': {
    sub: 'user-1234',
    role: 'viewer',
    exp: HOUR_FROM_NOW,
    scopes: Array.from({ length: 40 }, (_, index) => `scope:resource-${String(index)}`),
    name: 'A. Benchmark User',
  },
} as const

export type Size = keyof typeof PAYLOADS

export function tokensFor(size: Size) {
  const claims = PAYLOADS[size]
  return {
    valid: encode(claims, SECRET),
    forged: encode(claims, `${SECRET}-not`),
    expired: encode({ ...claims, exp: 1_600_000_000 }, SECRET),
  }
}
