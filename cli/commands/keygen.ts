import { randomBytes } from 'node:crypto'
import { COMMON_OPTIONS, parseCommandLine } from '../args.js'
import { EXIT_CODES, type ExitCode } from '../exit-codes.js'
import { UsageError } from '../failures.js'
import { printJson, printNote, printResult } from '../output.js'

/** RFC 7518 §3.2: an HS256 key must carry at least the hash's 256 bits. */
const MIN_BYTES = 32
/** Far beyond any use, small enough that a typo cannot exhaust memory. */
const MAX_BYTES = 4096

export const KEYGEN_HELP: string = `Usage: jwt-hs256 keygen [--bytes N] [--hex] [--json]

Prints a new random secret on stdout, base64url by default. A note on storing it goes
to stderr, so \`jwt-hs256 keygen > jwt.key\` captures the secret alone.

  --bytes N   random bytes, ${String(MIN_BYTES)} to ${String(MAX_BYTES)} (default ${String(MIN_BYTES)}: the 256 bits HS256 needs)
  --hex       print hex instead of base64url
  --json      print {"secret", "encoding", "bytes"}

The secret is the text as printed (put it in JWT_SECRET or a key file); do not decode it.`

const STORAGE_NOTE =
  'note: anyone holding this secret can mint tokens. Keep it in a secret manager or in a file ' +
  'only the service can read (chmod 600), pass it as JWT_SECRET or --key-file, and never ' +
  'commit it or put it on a command line.'

export function keygenCommand(args: readonly string[]): ExitCode {
  const { values, positionals } = parseCommandLine(args, {
    ...COMMON_OPTIONS,
    bytes: { type: 'string' },
    hex: { type: 'boolean' },
  })
  if (values.help === true) {
    printResult(KEYGEN_HELP)
    return EXIT_CODES.ok
  }
  if (positionals.length > 0) throw new UsageError('keygen takes no arguments')
  const bytes = byteCount(values.bytes)
  const encoding = values.hex === true ? 'hex' : 'base64url'
  const secret = randomBytes(bytes).toString(encoding)
  if (values.json === true) printJson({ secret, encoding, bytes })
  else printResult(secret)
  printNote(STORAGE_NOTE)
  return EXIT_CODES.ok
}

function byteCount(text: string | undefined): number {
  if (text === undefined) return MIN_BYTES
  const bytes = /^[0-9]+$/.test(text) ? Number(text) : Number.NaN
  if (!(bytes >= MIN_BYTES && bytes <= MAX_BYTES)) {
    throw new UsageError(
      `--bytes takes a whole number from ${String(MIN_BYTES)} to ${String(MAX_BYTES)}`,
    )
  }
  return bytes
}
