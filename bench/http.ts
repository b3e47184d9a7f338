// Express 5 and Koa 3 on 127.0.0.1 under autocannon: requests per second and the server's
// own CPU time per request, contenders alternating over several rounds.
import autocannon from 'autocannon'
import { fork, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { CONTENDERS, type Contender } from './contenders.js'
import { tokensFor } from './tokens.js'

export interface HttpOptions {
  rounds: number
  seconds: number
  connections: number
}

interface Server {
  child: ChildProcess
  port: number
}

const SERVER = new URL('./http-server.ts', import.meta.url).pathname

async function start(framework: string, contender: Contender): Promise<Server> {
  const child = fork(SERVER, [framework, contender], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, NODE_ENV: 'production' },
  })
  const [message] = (await once(child, 'message')) as [{ port: number }]
  return { child, port: message.port }
}

async function stop({ child }: Server): Promise<void> {
  const exited = once(child, 'exit')
  child.kill()
  await exited
}

async function cpuMicros(server: Server): Promise<number> {
  server.child.send('cpu')
  const [message] = (await once(server.child, 'message')) as [{ cpu: NodeJS.CpuUsage }]
  return message.cpu.user + message.cpu.system
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

interface Sample {
  rps: number
  cpuPerRequest: number
  statuses: Record<string, number>
}

async function load(server: Server, token: string, options: HttpOptions): Promise<Sample> {
  const before = await cpuMicros(server)
  const result = await autocannon({
    url: `http://127.0.0.1:${String(server.port)}/me`,
    connections: options.connections,
    duration: options.seconds,
    headers: { authorization: `Bearer ${token}` },
  })
  const cpu = (await cpuMicros(server)) - before
  const requests = result.requests.total
  const statuses = { '2xx': result['2xx'], '4xx': result['4xx'], '5xx': result['5xx'] }
  return { rps: requests / options.seconds, cpuPerRequest: cpu / requests, statuses }
}

export async function httpTable(
  framework: 'express' | 'koa',
  options: HttpOptions,
): Promise<string> {
  const { valid, forged } = tokensFor('small')
  const servers = new Map<Contender, Server>()
  for (const contender of CONTENDERS) servers.set(contender, await start(framework, contender))
  const kinds = { accepted: valid, rejected: forged } as const
  const samples = new Map<string, Sample[]>()
  try {
    // Warm-up: let every server's JIT settle on both paths before anything counts.
    for (const server of servers.values()) {
      for (const token of Object.values(kinds))
        await load(server, token, { ...options, seconds: 1 })
    }
    for (let round = 0; round < options.rounds; round += 1) {
      for (const [kind, token] of Object.entries(kinds)) {
        for (let offset = 0; offset < CONTENDERS.length; offset += 1) {
          const contender = CONTENDERS[(round + offset) % CONTENDERS.length] as Contender
          const sample = await load(servers.get(contender) as Server, token, options)
          const key = `${contender}|${kind}`
          samples.set(key, [...(samples.get(key) ?? []), sample])
        }
      }
    }
  } finally {
    await Promise.all([...servers.values()].map(stop))
  }
  const peer = framework === 'express' ? 'express-jwt' : 'koa-jwt'
  const name = framework === 'express' ? 'Express 5' : 'Koa 3'
  const lines = [
    `**${name}: ${String(options.connections)} connections, ${String(options.seconds)} s per run, median of ${String(options.rounds)} rounds**`,
    '',
    '| contender | token | req/s | server CPU µs/req | added to bare app, µs/req | capacity vs floor middleware (by CPU) | statuses |',
    '|---|---|---:|---:|---:|---:|---|',
  ]
  for (const kind of Object.keys(kinds)) {
    const cpuOf = (contender: Contender) =>
      median((samples.get(`${contender}|${kind}`) ?? []).map((sample) => sample.cpuPerRequest))
    const floorCpu = cpuOf('floor middleware')
    const bareCpu = cpuOf('bare app')
    for (const contender of CONTENDERS) {
      const runs = samples.get(`${contender}|${kind}`) ?? []
      const cpu = cpuOf(contender)
      const rps = median(runs.map((sample) => sample.rps))
      const statuses = runs.at(-1)?.statuses ?? {}
      const shown = Object.entries(statuses)
        .filter(([, count]) => count > 0)
        .map(([status]) => status)
        .join(', ')
      lines.push(
        `| ${contender === 'peer' ? peer : contender} | ${kind} | ${Math.round(rps).toLocaleString('en-US')} | ${cpu.toFixed(1)} | ${(cpu - bareCpu).toFixed(1)} | ${(floorCpu / cpu).toFixed(2)}× | ${shown} |`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}
