// npm run bench: markdown tables measured side by side in one run. BENCH_QUICK=1 for a
// short smoke run; absolute numbers mean little on a shared machine, ratios more.
import { cpus } from 'node:os'
import { httpTable } from './http.js'
import { memoryTable } from './memory.js'
import { decodeTable, encodeTable, rejectionTable } from './micro.js'

const quick = process.env.BENCH_QUICK === '1'
const micro = quick ? { rounds: 3, roundMs: 100 } : { rounds: 9, roundMs: 300 }
const http = quick
  ? { rounds: 1, seconds: 1, connections: 10 }
  : { rounds: 3, seconds: 3, connections: 10 }

console.log('# jwt-hs256 benchmarks\n')
console.log(
  `Node ${process.version}, ${String(cpus().length)} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${new Date().toISOString()}${quick ? ', quick run' : ''}\n`,
)
for (const size of ['small', '1 KB'] as const) console.log(await decodeTable(size, micro))
for (const size of ['small', '1 KB'] as const) console.log(await encodeTable(size, micro))
console.log(await rejectionTable(micro))
console.log(memoryTable())
console.log(await httpTable('express', http))
console.log(await httpTable('koa', http))
