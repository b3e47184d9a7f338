// What both example apps share: the demo account, the token they issue, and start-up.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { Server } from 'node:http'
import { encode } from 'jwt-hs256'

/** The claims the examples put in a token. */
export interface DemoClaims {
  sub: string
  role: 'viewer' | 'admin'
  exp: number
}

const DEMO_USERS = new Map([
  ['demo', { password: 'demo-password', role: 'viewer' }],
  ['admin', { password: 'admin-password', role: 'admin' }],
] as const)

const ONE_HOUR = 3600

/** Checks demo credentials and returns a one-hour token, or undefined. */
export function login(body: unknown, secret: string | Uint8Array): string | undefined {
  const { username, password } = (body ?? {}) as { username?: unknown; password?: unknown }
  if (typeof username !== 'string' || typeof password !== 'string') return undefined
  const user = DEMO_USERS.get(username as 'demo')
  if (user === undefined || !sameText(password, user.password)) return undefined
  const claims: DemoClaims = {
    sub: username,
    role: user.role,
    exp: Math.floor(Date.now() / 1000) + ONE_HOUR,
  }
  return encode({ ...claims }, secret)
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Reads one cookie from a Cookie header, for the examples' `getToken`. */
export function cookie(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(/; */)) {
    const separator = pair.indexOf('=')
    if (pair.slice(0, separator) === name) return pair.slice(separator + 1)
  }
  return undefined
}

/**
 * The secret from JWT_SECRET or, when it is unset, a random one for this run only.
 * An empty JWT_SECRET is a mistake, not "unset": it stops the app.
 */
export function secretFromEnvironment(): { secret: string | Buffer; generated: boolean } {
  const fromEnvironment = process.env.JWT_SECRET
  if (fromEnvironment === undefined) return { secret: randomBytes(32), generated: true }
  if (fromEnvironment === '')
    throw new Error('JWT_SECRET is set but empty: set a long random value, or unset it')
  return { secret: fromEnvironment, generated: false }
}

/** Starts `server` on PORT (default 3000) and prints a curl line that works. */
export function start(
  server: Server,
  name: string,
  secret: string | Buffer,
  generated: boolean,
): void {
  const port = Number(process.env.PORT ?? 3000)
  const host = process.env.HOST ?? '127.0.0.1'
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      `Cannot listen on ${host}:${String(port)}: ${error.code ?? error.message}. Try PORT=3001 npm start.`,
    )
    process.exitCode = 1
  })
  server.listen(port, host, () => {
    const address = server.address()
    const url = `http://${host}:${String(typeof address === 'object' && address !== null ? address.port : port)}`
    const token = login({ username: 'demo', password: 'demo-password' }, secret) ?? ''
    console.log(`jwt-hs256 ${name} example listening on ${url}`)
    console.log(
      generated
        ? 'JWT_SECRET is not set: using a random secret generated for this run (tokens end with the process).'
        : 'Signing and verifying with the secret in JWT_SECRET.',
    )
    console.log('\nA protected route, with a token valid for one hour:')
    console.log(`  curl -H "Authorization: Bearer ${token}" ${url}/me`)
    console.log('The same route without a token (401 with WWW-Authenticate):')
    console.log(`  curl -i ${url}/me`)
    console.log('Log in for a token of your own:')
    console.log(
      `  curl -X POST -H "Content-Type: application/json" -d '{"username":"demo","password":"demo-password"}' ${url}/login`,
    )
  })
}
