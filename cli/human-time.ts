const UNITS = [
  ['d', 86_400],
  ['h', 3600],
  ['m', 60],
  ['s', 1],
] as const

/**
 * A span of seconds as its two largest units, `2h 5m`, `3d 0h`, `42s`: enough to read
 * at a glance whether a token outlives a deploy, without false precision.
 */
export function describeSpan(seconds: number): string {
  let rest = Math.floor(Math.abs(seconds))
  const parts: string[] = []
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size)
    rest -= count * size
    if (parts.length > 0 || count > 0 || size === 1) parts.push(`${String(count)}${unit}`)
    if (parts.length === 2) break
  }
  return parts.join(' ')
}
