// One benchmark server, run in its own process so its CPU time is its own:
//   node --import tsx bench/http-server.ts <express|koa> <contender>
// It reports its port, then answers "cpu" messages with process.cpuUsage().
import express, { type ErrorRequestHandler, type RequestHandler } from 'express'
import { expressjwt } from 'express-jwt'
import Koa, { type Middleware } from 'koa'
import koaJwt from 'koa-jwt'
import { createServer, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import { jwtAuth as expressJwtAuth } from 'jwt-hs256/express'
import { jwtAuth as koaJwtAuth } from 'jwt-hs256/koa'
import type { Contender } from './contenders.js'
import { floorVerifier } from './floor.js'
import { SECRET } from './tokens.js'

/** RFC 6750 bearer syntax, the least a hand-written middleware would check. */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i
const floor = floorVerifier(SECRET)
const UNAUTHORIZED = '{"error":"invalid_token"}'

/** The hand-written floor: bearer regex, the floor verifier, a 401 written directly. */
function floorClaims(authorization: string | undefined): Record<string, unknown> | undefined {
  const token = BEARER.exec(authorization ?? '')?.[1]
  if (token === undefined) return undefined
  try {
    return floor(token)
  } catch {
    return undefined
  }
}

function expressApp(contender: Contender): RequestListener {
  const app = express()
  const middleware: Record<Contender, RequestHandler | undefined> = {
    'bare app': undefined,
    'no-op middleware': (_req, _res, next) => {
      next()
    },
    'floor middleware': (req, res, next) => {
      const claims = floorClaims(req.headers.authorization)
      if (claims === undefined) {
        res.statusCode = 401
        res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"')
        res.setHeader('Content-Type', 'application/json')
        res.end(UNAUTHORIZED)
        return
      }
      ;(req as unknown as { auth: unknown }).auth = claims
      next()
    },
    'jwt-hs256': expressJwtAuth(SECRET),
    peer: expressjwt({ secret: SECRET, algorithms: ['HS256'] }),
  }
  const chosen = middleware[contender]
  if (chosen !== undefined) app.use(chosen)
  app.get('/me', (req, res) => {
    res.json((req as unknown as { auth?: unknown }).auth ?? {})
  })
  const onError: ErrorRequestHandler = (error: { status?: number }, _req, res, _next) => {
    res.status(error.status ?? 500).json({ error: 'unauthorized' })
  }
  app.use(onError)
  return app
}

function koaApp(contender: Contender): RequestListener {
  const app = new Koa()
  const middleware: Record<Contender, Middleware | undefined> = {
    'bare app': undefined,
    'no-op middleware': (_ctx, next) => next(),
    'floor middleware': (ctx, next) => {
      const claims = floorClaims(ctx.headers.authorization)
      if (claims === undefined) {
        ctx.status = 401
        ctx.set('WWW-Authenticate', 'Bearer error="invalid_token"')
        ctx.type = 'application/json'
        ctx.body = UNAUTHORIZED
        return
      }
      ctx.state.user = claims
      return next()
    },
    'jwt-hs256': koaJwtAuth(SECRET),
    peer: koaJwt({ secret: SECRET, algorithms: ['HS256'] }),
  }
  const chosen = middleware[contender]
  if (chosen !== undefined) app.use(chosen)
  app.use((ctx) => {
    ctx.body = (ctx.state as { user?: unknown }).user ?? {}
  })
  const handle = app.callback()
  return (req, res) => {
    void handle(req, res)
  }
}

const [framework = 'express', contender = 'bare app'] = process.argv.slice(2)
const server = createServer((framework === 'koa' ? koaApp : expressApp)(contender as Contender))
server.keepAliveTimeout = 60_000
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (server.address() as AddressInfo).port })
})
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() })
  if (message === 'stop') server.close(() => process.exit(0))
})
