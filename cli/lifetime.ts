import { UsageError } from './failures.js'

const SECONDS_PER_UNIT = { s: 1, m: 60, h: 3600, d: 86_400 } as const

/** A whole, positive number and one unit: `90s`, `15m`, `2h`, `30d`. */
const LIFETIME = /^([1-9][0-9]*)([smhd])$/

/**
 * Seconds in a lifetime such as `15m`. A bare number is refused: `--exp 900` could as
 * well mean an absolute NumericDate.
 */
export function parseLifetime(text: string): number {
  const match = LIFETIME.exec(text)
  const seconds = match ? Number(match[1]) * SECONDS_PER_UNIT[match[2] as 's' | 'm' | 'h' | 'd'] : 0
  if (!Number.isSafeInteger(seconds) || seconds === 0) {
    throw new UsageError('--exp takes a whole number and a unit (s, m, h or d), such as 15m or 2h')
  }
  return seconds
}
