import { decode, PyJWTError } from '../../src/index.js'
import { COMMON_OPTIONS, parseCommandLine, singlePositional } from '../args.js'
import { EXIT_CODES, exitCodeFor, type ExitCode } from '../exit-codes.js'
import { UsageError } from '../failures.js'
import { argumentOrStdin } from '../input.js'
import { KEY_OPTIONS, keyComesFromStdin, keySourceHelp, readKey } from '../key-source.js'
import { formatJson, printJson, printNote, printResult } from '../output.js'

export const VERIFY_HELP: string = `Usage: jwt-hs256 verify [TOKEN] [--leeway SECONDS] [key source] [--json]

Verifies the token, given as the argument or on stdin, exactly as decode() and the
middleware do (HS256 only, exp enforced), and prints its claims. A refused token
prints its error class and message on stderr and exits with that class's code.

  --leeway SECONDS  tolerate that much clock skew after exp (default 0)
  --json            print {"verified": true, "claims"} or
                    {"verified": false, "error", "message"}, both on stdout

${keySourceHelp('TOKEN')}`

export async function verifyCommand(args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommandLine(args, {
    ...COMMON_OPTIONS,
    ...KEY_OPTIONS,
    leeway: { type: 'string' },
  })
  if (values.help === true) {
    printResult(VERIFY_HELP)
    return EXIT_CODES.ok
  }
  const leeway = values.leeway === undefined ? 0 : parseLeeway(values.leeway)
  const token = await argumentOrStdin(
    singlePositional(positionals, 'token'),
    'token',
    keyComesFromStdin(values),
  )
  const key = await readKey(values)
  try {
    const claims = decode(token, key, ['HS256'], { leeway })
    if (values.json === true) printJson({ verified: true, claims })
    else printResult(formatJson(claims))
    return EXIT_CODES.ok
  } catch (error) {
    if (!(error instanceof PyJWTError)) throw error
    if (values.json === true) {
      printJson({ verified: false, error: error.name, message: error.message })
    } else printNote(`${error.name}: ${error.message}`)
    return exitCodeFor(error)
  }
}

/** Seconds, 0 or more, fractions allowed, as `decode` takes them. */
function parseLeeway(text: string): number {
  if (!/^[0-9]+(\.[0-9]+)?$/.test(text)) {
    throw new UsageError('--leeway takes a number of seconds, 0 or more, such as 30')
  }
  const seconds = Number(text)
  if (!Number.isFinite(seconds)) throw new UsageError('--leeway is too large')
  return seconds
}
