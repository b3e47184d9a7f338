import { encode } from '../../src/index.js'
import { COMMON_OPTIONS, parseCommandLine, singlePositional } from '../args.js'
import { EXIT_CODES, type ExitCode } from '../exit-codes.js'
import { UsageError } from '../failures.js'
import { argumentOrStdin } from '../input.js'
import { KEY_OPTIONS, keyComesFromStdin, keySourceHelp, readKey } from '../key-source.js'
import { parseLifetime } from '../lifetime.js'
import { printJson, printNote, printResult } from '../output.js'

export const ENCODE_HELP: string = `Usage: jwt-hs256 encode [CLAIMS] [--exp LIFETIME] [key source] [--json]

Signs the claims, a JSON object given as the argument or on stdin, with HS256 and
prints the token. Claims are signed as given; no iat is added.

  --exp LIFETIME    set exp that far from now: 90s, 15m, 2h, 30d (s, m, h, d)
  --json            print {"token"}

${keySourceHelp('CLAIMS')}`

export async function encodeCommand(args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommandLine(args, {
    ...COMMON_OPTIONS,
    ...KEY_OPTIONS,
    exp: { type: 'string' },
  })
  if (values.help === true) {
    printResult(ENCODE_HELP)
    return EXIT_CODES.ok
  }
  const lifetime = values.exp === undefined ? undefined : parseLifetime(values.exp)
  const text = await argumentOrStdin(
    singlePositional(positionals, 'claims object'),
    'claims',
    keyComesFromStdin(values),
  )
  const claims = withLifetime(parseClaims(text), lifetime)
  const key = await readKey(values)
  const token = signOrExplain(claims, key)
  if (!Object.hasOwn(claims, 'exp')) {
    printNote('warning: no exp claim and no --exp: this token never expires')
  }
  if (values.json === true) printJson({ token })
  else printResult(token)
  return EXIT_CODES.ok
}

function parseClaims(text: string): Record<string, unknown> {
  let claims: unknown
  try {
    claims = JSON.parse(text)
  } catch {
    // JSON.parse's message quotes the input; a fixed one is enough to act on.
    throw new UsageError('the claims are not valid JSON')
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    throw new UsageError('the claims must be a JSON object, such as {"sub":"camera-7"}')
  }
  return claims as Record<string, unknown>
}

/** Two sources for one claim would leave the reader guessing which one won. */
function withLifetime(
  claims: Record<string, unknown>,
  lifetime: number | undefined,
): Record<string, unknown> {
  if (lifetime === undefined) return claims
  if (Object.hasOwn(claims, 'exp')) {
    throw new UsageError('the claims already have exp; drop it or drop --exp')
  }
  return { ...claims, exp: Math.floor(Date.now() / 1000) + lifetime }
}

/**
 * `encode` refuses an exp it could not verify with a `TypeError`, and claims nested too
 * deep to serialize overflow the stack (`RangeError`): here, both are usage errors.
 */
function signOrExplain(claims: Record<string, unknown>, key: Buffer): string {
  try {
    return encode(claims, key)
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) {
      throw new UsageError(`invalid claims: ${error.message}`)
    }
    throw error
  }
}
