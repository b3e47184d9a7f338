import { COMMON_OPTIONS, parseCommandLine, singlePositional } from '../args.js'
import { EXIT_CODES, type ExitCode } from '../exit-codes.js'
import { describeExpiry, expiryOf } from '../expiry.js'
import { argumentOrStdin } from '../input.js'
import { InvalidTokenError } from '../../src/index.js'
import { formatJson, printResult } from '../output.js'
import { readUnverified } from '../unverified-token.js'

export const INSPECT_HELP: string = `Usage: jwt-hs256 inspect [TOKEN] [--json]

Shows the header, the payload and the expiry of a token, given as the argument or on
stdin, WITHOUT verifying it: no key is read and the signature is not checked, so
anyone could have written what it shows. Every output says so. Use verify to trust it.

  --json   print {"verified": false, "header", "payload", "expiry"}

A token that is not a JWT exits with the InvalidTokenError code.`

const UNVERIFIED_BANNER = 'UNVERIFIED: the signature was not checked; do not trust these claims.'

export async function inspectCommand(args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommandLine(args, COMMON_OPTIONS)
  if (values.help === true) {
    printResult(INSPECT_HELP)
    return EXIT_CODES.ok
  }
  const token = await argumentOrStdin(singlePositional(positionals, 'token'), 'token', false)
  const { header, payload } = readUnverified(token)
  const expiry = expiryOf(payload, Date.now() / 1000)
  const shown =
    values.json === true
      ? showable(() => JSON.stringify({ verified: false, header, payload, expiry }))
      : [
          UNVERIFIED_BANNER,
          `header (unverified): ${showable(() => formatJson(header))}`,
          `payload (unverified): ${showable(() => formatJson(payload))}`,
          `expiry (unverified): ${describeExpiry(expiry)}`,
        ].join('\n')
  printResult(shown)
  return EXIT_CODES.ok
}

/** JSON nested too deep to print overflows the stack: that is not a token to show. */
function showable(format: () => string): string {
  try {
    return format()
  } catch (error) {
    if (error instanceof RangeError)
      throw new InvalidTokenError('The token is nested too deeply to show')
    throw error
  }
}
