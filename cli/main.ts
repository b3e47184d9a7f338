import { PyJWTError } from '../src/index.js'
import { encodeCommand } from './commands/encode.js'
import { inspectCommand } from './commands/inspect.js'
import { keygenCommand } from './commands/keygen.js'
import { verifyCommand } from './commands/verify.js'
import { EXIT_CODES, exitCodeFor, type ExitCode } from './exit-codes.js'
import { KeyError, UsageError } from './failures.js'
import { MAIN_HELP } from './help.js'
import { printNote, printResult } from './output.js'

type Command = (args: readonly string[]) => ExitCode | Promise<ExitCode>

const COMMANDS = new Map<string, Command>([
  ['keygen', keygenCommand],
  ['encode', encodeCommand],
  ['verify', verifyCommand],
  ['inspect', inspectCommand],
])

/**
 * Runs one command and returns its exit code. Nothing escapes as a stack trace: every
 * failure becomes one line on stderr and the code `--help` documents.
 */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  const [name, ...args] = argv
  try {
    if (name === '--help' || name === '-h' || name === 'help') {
      printResult(MAIN_HELP)
      return EXIT_CODES.ok
    }
    if (name === undefined) throw new UsageError('no command given')
    const command = COMMANDS.get(name)
    if (command === undefined) {
      throw new UsageError(
        `unknown command ${name}; the commands are keygen, encode, verify, inspect`,
      )
    }
    return await command(args)
  } catch (error) {
    printNote(oneLine(error))
    return exitCodeFor(error)
  }
}

function oneLine(error: unknown): string {
  if (error instanceof UsageError) return `jwt-hs256: ${error.message} (see jwt-hs256 --help)`
  if (error instanceof KeyError) return `jwt-hs256: ${error.message}`
  // Token errors carry fixed messages; the class name is the exit code's name.
  if (error instanceof PyJWTError) return `${error.name}: ${error.message}`
  return `jwt-hs256: unexpected error: ${error instanceof Error ? error.message : String(error)}`
}
