import { readFileSync, statSync } from 'node:fs'
import { KeyError, UsageError } from './failures.js'
import { printNote } from './output.js'
import { readStdin } from './stdin.js'

/** The key is never a flag's value: argv is visible to every user through `ps`. */
export const KEY_OPTIONS = {
  'key-env': { type: 'string' },
  'key-file': { type: 'string' },
  'key-stdin': { type: 'boolean' },
} as const

const DEFAULT_KEY_ENV = 'JWT_SECRET'

/** The help text of the key flags, for the commands that take a key and an `input`. */
export function keySourceHelp(input: string): string {
  return `Key source (default: the variable ${DEFAULT_KEY_ENV}):
  --key-env NAME    the environment variable NAME
  --key-file PATH   a file; one trailing newline is stripped
  --key-stdin       stdin, one trailing newline stripped; ${input} must then be an argument`
}

/** RFC 7518 §3.2: an HS256 key must be at least as long as the hash, 256 bits. */
const MIN_KEY_BYTES = 32
/** Far longer than any sane secret; a device or a FIFO must not be read for ever. */
const MAX_KEY_FILE_BYTES = 64 * 1024
const LF = 0x0a
const CR = 0x0d

export interface KeySourceFlags {
  readonly 'key-env'?: string | undefined
  readonly 'key-file'?: string | undefined
  readonly 'key-stdin'?: boolean | undefined
}

/** True when the key is to be read from stdin, which then cannot carry the input too. */
export function keyComesFromStdin(flags: KeySourceFlags): boolean {
  return flags['key-stdin'] === true
}

/**
 * Reads the key from the one source the flags name, as bytes. A key file or stdin loses
 * one trailing newline, which editors and `echo` add; an empty key is refused.
 */
export async function readKey(flags: KeySourceFlags): Promise<Buffer> {
  const key = await readFromSource(flags)
  if (key.length === 0) throw new KeyError(`the key from ${describeSource(flags)} is empty`)
  if (key.length < MIN_KEY_BYTES) {
    printNote(
      `warning: the key is shorter than ${String(MIN_KEY_BYTES)} bytes; make one with jwt-hs256 keygen`,
    )
  }
  return key
}

async function readFromSource(flags: KeySourceFlags): Promise<Buffer> {
  const file = flags['key-file']
  const chosen = [flags['key-env'] !== undefined, file !== undefined, keyComesFromStdin(flags)]
  if (chosen.filter(Boolean).length > 1) {
    throw new UsageError('give only one of --key-env, --key-file and --key-stdin')
  }
  if (file !== undefined) return withoutTrailingNewline(readKeyFile(file))
  if (keyComesFromStdin(flags)) return withoutTrailingNewline(await readStdin())
  return readKeyVariable(flags['key-env'] ?? DEFAULT_KEY_ENV)
}

function readKeyVariable(name: string): Buffer {
  if (name === '') throw new UsageError('--key-env needs the name of a variable')
  const value = process.env[name]
  if (value === undefined) {
    // The name is not echoed unless it is the default: a secret passed by mistake as
    // the name must not land in a log.
    const variable = name === DEFAULT_KEY_ENV ? DEFAULT_KEY_ENV : 'the variable named by --key-env'
    throw new KeyError(`${variable} is not set; set it, or use --key-file or --key-stdin`)
  }
  return Buffer.from(value, 'utf8')
}

/**
 * Reads a regular file of at most 64 KiB. The path is not echoed in errors: a secret
 * passed by mistake as the path must not land in a log; the code says enough.
 */
function readKeyFile(path: string): Buffer {
  let bytes: Buffer
  try {
    const stats = statSync(path)
    if (!stats.isFile()) throw new KeyError('the --key-file path is not a regular file')
    if (stats.size > MAX_KEY_FILE_BYTES) throw new KeyError('the --key-file file is over 64 KiB')
    bytes = readFileSync(path)
  } catch (error) {
    if (error instanceof KeyError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new KeyError(`cannot read the --key-file file (${code})`)
  }
  return bytes
}

/** One trailing `\n` or `\r\n`, as a text editor or `echo` leaves; nothing more. */
function withoutTrailingNewline(bytes: Buffer): Buffer {
  if (bytes.at(-1) !== LF) return bytes
  return bytes.subarray(0, bytes.length - (bytes.at(-2) === CR ? 2 : 1))
}

function describeSource(flags: KeySourceFlags): string {
  if (flags['key-file'] !== undefined) return 'the --key-file file'
  if (keyComesFromStdin(flags)) return 'stdin'
  return flags['key-env'] === undefined ? DEFAULT_KEY_ENV : 'the variable named by --key-env'
}
