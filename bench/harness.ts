// Side-by-side timing for a shared, noisy machine: every contender runs once per round,
// in a rotating order, and the table reports each one's median over the rounds.
export type Operation = () => unknown

export interface Result {
  name: string
  /** Median operations per second over the rounds. */
  opsPerSecond: number
}

export interface CompareOptions {
  rounds?: number
  /** How long each contender runs per round, in milliseconds. */
  roundMs?: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Runs `operation` in batches until `roundMs` has passed; returns operations per second. */
async function runFor(operation: Operation, roundMs: number): Promise<number> {
  const batch = 256
  let count = 0
  const started = process.hrtime.bigint()
  const deadline = started + BigInt(roundMs) * 1_000_000n
  let now = started
  while (now < deadline) {
    for (let index = 0; index < batch; index += 1) {
      const result = operation()
      if (result instanceof Promise) await result
    }
    count += batch
    now = process.hrtime.bigint()
  }
  return count / (Number(now - started) / 1e9)
}

export async function compare(
  contenders: Record<string, Operation>,
  options: CompareOptions = {},
): Promise<Result[]> {
  const { rounds = 7, roundMs = 300 } = options
  const names = Object.keys(contenders)
  const samples = new Map<string, number[]>(names.map((name) => [name, []]))
  for (const [, operation] of Object.entries(contenders)) await runFor(operation, 50) // warm-up
  for (let round = 0; round < rounds; round += 1) {
    for (let offset = 0; offset < names.length; offset += 1) {
      const name = names[(round + offset) % names.length] ?? ''
      samples.get(name)?.push(await runFor(contenders[name] as Operation, roundMs))
    }
  }
  return names.map((name) => ({ name, opsPerSecond: median(samples.get(name) ?? []) }))
}

/** A markdown table of results, with each one's ratio to `baseline`. */
export function table(title: string, results: Result[], baseline: string): string {
  const base = results.find((result) => result.name === baseline)?.opsPerSecond ?? 1
  const rows = results.map(
    ({ name, opsPerSecond }) =>
      `| ${name} | ${Math.round(opsPerSecond).toLocaleString('en-US')} | ${(opsPerSecond / base).toFixed(2)}× |`,
  )
  return [
    `**${title}**`,
    '',
    `| contender | ops/s (median) | vs ${baseline} |`,
    '|---|---:|---:|',
    ...rows,
    '',
  ].join('\n')
}
