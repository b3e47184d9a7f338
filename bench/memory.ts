// Heap and RSS before and after 1,000,000 verifications, with a forced collection each
// side, so what remains is what decode kept. Needs node --expose-gc.
import { decode } from 'jwt-hs256'
import { SECRET, tokensFor } from './tokens.js'

const VERIFICATIONS = 1_000_000

function settledMemory(): NodeJS.MemoryUsage {
  const collect = (globalThis as { gc?: () => void }).gc
  if (collect === undefined) throw new Error('run with node --expose-gc')
  collect()
  collect()
  return process.memoryUsage()
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export function memoryTable(): string {
  const { valid } = tokensFor('small')
  for (let index = 0; index < 10_000; index += 1) decode(valid, SECRET) // warm-up
  const before = settledMemory()
  for (let index = 0; index < VERIFICATIONS; index += 1) decode(valid, SECRET)
  const after = settledMemory()
  return [
    `**Memory across ${VERIFICATIONS.toLocaleString('en-US')} verifications (small token, after a full GC)**`,
    '',
    '| | before | after | growth |',
    '|---|---:|---:|---:|',
    `| heap used | ${megabytes(before.heapUsed)} | ${megabytes(after.heapUsed)} | ${megabytes(after.heapUsed - before.heapUsed)} |`,
    `| RSS | ${megabytes(before.rss)} | ${megabytes(after.rss)} | ${megabytes(after.rss - before.rss)} |`,
    '',
  ].join('\n')
}
