import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './failures.js'

type OptionsConfig = NonNullable<ParseArgsConfig['options']>

/** Flags every command takes. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

/**
 * `util.parseArgs`, strict, with positionals allowed; its errors become a `UsageError`.
 * Only the first sentence of Node's message is kept: it names the flag, never its value.
 */
export function parseCommandLine<Options extends OptionsConfig>(
  args: readonly string[],
  options: Options,
): ReturnType<typeof parseArgs<{ args: string[]; options: Options; allowPositionals: true }>> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(firstSentence(error))
  }
}

function firstSentence(error: unknown): string {
  const message = error instanceof Error ? error.message : ''
  const sentence = /^[^.]*/.exec(message)?.[0] ?? ''
  return sentence === '' ? 'invalid arguments' : sentence
}

/** At most one positional argument: the token or the claims. */
export function singlePositional(positionals: readonly string[], what: string): string | undefined {
  if (positionals.length > 1)
    throw new UsageError(`give one ${what}, not ${String(positionals.length)}`)
  return positionals[0]
}
