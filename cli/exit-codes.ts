import {
  ExpiredSignatureError,
  InvalidAlgorithmError,
  InvalidSignatureError,
  InvalidTokenError,
} from '../src/index.js'
import { KeyError, UsageError } from './failures.js'

/**
 * One exit status per outcome, so a script can branch on `$?` without parsing text.
 * Each error class has its own, as a 401 body names its class.
 */
export const EXIT_CODES = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  key: 3,
  InvalidTokenError: 4,
  InvalidAlgorithmError: 5,
  InvalidSignatureError: 6,
  ExpiredSignatureError: 7,
} as const

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES]

/** What each status means, in the order `--help` and the README list them. */
export const EXIT_CODE_MEANINGS: readonly (readonly [ExitCode, string])[] = [
  [EXIT_CODES.ok, 'success'],
  [EXIT_CODES.unexpected, 'unexpected failure (a bug, or output that could not be written)'],
  [EXIT_CODES.usage, 'usage: unknown command or flag, bad value, invalid claims, no input'],
  [EXIT_CODES.key, 'key: variable unset or empty, key file unreadable or empty, empty stdin'],
  [EXIT_CODES.InvalidTokenError, 'InvalidTokenError: not a well-formed JWT'],
  [EXIT_CODES.InvalidAlgorithmError, 'InvalidAlgorithmError: alg is not HS256'],
  [EXIT_CODES.InvalidSignatureError, 'InvalidSignatureError: wrong key or tampered token'],
  [EXIT_CODES.ExpiredSignatureError, 'ExpiredSignatureError: exp has passed (after --leeway)'],
]

export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof UsageError) return EXIT_CODES.usage
  if (error instanceof KeyError) return EXIT_CODES.key
  if (error instanceof InvalidTokenError) return EXIT_CODES.InvalidTokenError
  if (error instanceof InvalidAlgorithmError) return EXIT_CODES.InvalidAlgorithmError
  if (error instanceof InvalidSignatureError) return EXIT_CODES.InvalidSignatureError
  if (error instanceof ExpiredSignatureError) return EXIT_CODES.ExpiredSignatureError
  return EXIT_CODES.unexpected
}
