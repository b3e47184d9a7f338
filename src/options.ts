/** Options of {@link decode}. */
export interface DecodeOptions {
  /** Seconds of clock skew tolerated after `exp`. Default 0; negative or non-finite is a `RangeError`. */
  leeway?: number | undefined
  /** The current time in seconds since the epoch. Default: the system clock. */
  now?: (() => number) | undefined
  /** Longest token accepted, in characters, refused before any parsing or HMAC. Default 8192. */
  maxTokenLength?: number | undefined
}

/** Decode options with every default filled in, checked once. */
export interface DecodeSettings {
  readonly leeway: number
  readonly now: () => number
  readonly maxTokenLength: number
}

/** 8 KiB: far above any sane bearer token, well under Node's 16 KiB for all headers. */
export const DEFAULT_MAX_TOKEN_LENGTH = 8192

const systemClock = (): number => Date.now() / 1000
const OPTION_NAMES = new Set(['leeway', 'now', 'maxTokenLength'])

/**
 * The options object's own members, checked against the names `known`. Only own members
 * count: a value inherited from a polluted `Object.prototype` (say `leeway: 1e12`) must
 * never loosen a check. A misspelt name is a `TypeError`, not a silently ignored setting.
 */
export function ownOptions(
  options: unknown,
  known: ReadonlySet<string>,
  context: string,
): Record<string, unknown> {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${context}options must be an object`)
  }
  const own: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const name of Object.keys(options)) {
    if (!known.has(name)) throw new TypeError(`${context}unknown option "${name}"`)
    own[name] = (options as Record<string, unknown>)[name]
  }
  return own
}

/**
 * Checks and completes decode options. A mistake here is the programmer's, so it is a
 * `TypeError` or `RangeError`, never a token error that could turn into a 401.
 */
export function resolveDecodeOptions(options: unknown): DecodeSettings {
  const { leeway, now, maxTokenLength } = ownOptions(options, OPTION_NAMES, '')
  return {
    leeway: checkLeeway(leeway),
    now: checkNow(now),
    maxTokenLength: checkMaxTokenLength(maxTokenLength),
  }
}

function checkLeeway(leeway: unknown): number {
  if (leeway === undefined) return 0
  if (typeof leeway !== 'number') throw new TypeError('options.leeway must be a number of seconds')
  if (!Number.isFinite(leeway) || leeway < 0) {
    throw new RangeError('options.leeway must be a finite number of seconds, 0 or more')
  }
  return leeway
}

function checkNow(now: unknown): () => number {
  if (now === undefined) return systemClock
  if (typeof now !== 'function') throw new TypeError('options.now must be a function')
  return now as () => number
}

function checkMaxTokenLength(maxTokenLength: unknown): number {
  if (maxTokenLength === undefined) return DEFAULT_MAX_TOKEN_LENGTH
  if (typeof maxTokenLength !== 'number') {
    throw new TypeError('options.maxTokenLength must be a number of characters')
  }
  if (!Number.isSafeInteger(maxTokenLength) || maxTokenLength < 1) {
    throw new RangeError('options.maxTokenLength must be a whole number of characters, 1 or more')
  }
  return maxTokenLength
}

/** Checks the type of an `algorithms` list; whether it allows HS256 is the caller's check. */
export function checkAlgorithms(algorithms: unknown): readonly string[] {
  if (!Array.isArray(algorithms) || !algorithms.every((name) => typeof name === 'string')) {
    throw new TypeError('algorithms must be an array of strings')
  }
  return algorithms
}
