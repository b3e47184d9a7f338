import { UsageError } from './failures.js'
import { readStdin, stdinIsTerminal } from './stdin.js'

/**
 * The token or the claims: the argument when given, otherwise stdin, trimmed (`echo`
 * and here-strings add a newline). Stdin may already hold the key (`--key-stdin`).
 */
export async function argumentOrStdin(
  argument: string | undefined,
  what: string,
  stdinHoldsKey: boolean,
): Promise<string> {
  if (argument !== undefined) return argument.trim()
  if (stdinHoldsKey) throw new UsageError(`with --key-stdin, give the ${what} as an argument`)
  if (stdinIsTerminal()) throw new UsageError(`no ${what}: give it as an argument or on stdin`)
  const text = (await readStdin()).toString('utf8').trim()
  if (text === '') throw new UsageError(`no ${what}: give it as an argument or on stdin`)
  return text
}
