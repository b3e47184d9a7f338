// A Koa 3 API protected by jwt-hs256. Run it with `npm run start:koa`.
import Koa, { type Context, type Middleware } from 'koa'
import { createServer } from 'node:http'
import { pathToFileURL } from 'node:url'
import { jwtAuth } from 'jwt-hs256/koa'
import { cookie, login, secretFromEnvironment, start, type DemoClaims } from './demo.js'

const MAX_BODY_BYTES = 10_000

export function createApp(secret: string | Uint8Array): Koa {
  const app = new Koa()

  // Built once, at start-up: a bad secret or option throws here, not on the first request.
  const requireToken = jwtAuth<DemoClaims>(secret)
  const requireTokenFromCookie = jwtAuth<DemoClaims>(secret, {
    getToken: (ctx) => cookie(ctx.headers.cookie, 'token'),
  })
  const handOnAuthErrors = jwtAuth<DemoClaims>(secret, { respond: false, realm: 'admin' })

  // With respond: false the auth error is thrown up to here carrying status 401 and its
  // WWW-Authenticate header, so the app can answer in its own words.
  app.use(async (ctx, next) => {
    try {
      await next()
    } catch (error) {
      const { status, headers, name } = error as Error & {
        status?: number
        headers?: Record<string, string>
      }
      if (status !== 401) throw error
      ctx.status = 401
      ctx.set(headers ?? {})
      ctx.body = { error: name, hint: 'POST /login to get a token' }
    }
  })

  // A route: an optional jwtAuth guard, then the handler. Real apps use a router.
  const routes: Record<
    string,
    { guard?: Middleware; handle: (ctx: Context) => Promise<void> | void }
  > = {
    'GET /': {
      handle: (ctx) => {
        ctx.body = { message: 'Public. POST /login, then GET /me with the token.' }
      },
    },
    'POST /login': {
      handle: async (ctx) => {
        const token = login(await readJson(ctx), secret)
        if (token === undefined) {
          ctx.status = 401
          ctx.body = { error: 'Unknown username or password' }
          return
        }
        ctx.cookies.set('token', token, { httpOnly: true, sameSite: 'strict', maxAge: 3600_000 })
        ctx.body = { token }
      },
    },
    'GET /me': {
      guard: requireToken,
      handle: (ctx) => {
        ctx.body = ctx.state.user
      },
    },
    'GET /cookie/me': {
      guard: requireTokenFromCookie,
      handle: (ctx) => {
        ctx.body = ctx.state.user
      },
    },
    'GET /admin': {
      guard: handOnAuthErrors,
      handle: (ctx) => {
        const user = ctx.state.user as DemoClaims
        if (user.role !== 'admin') {
          ctx.status = 403
          ctx.body = { error: 'Admins only' }
          return
        }
        ctx.body = { message: `Welcome, ${user.sub}` }
      },
    },
  }
  app.use(async (ctx, next) => {
    const route = routes[`${ctx.method} ${ctx.path}`]
    if (route === undefined) {
      await next()
      return
    }
    const { guard, handle } = route
    if (guard === undefined) await handle(ctx)
    else
      await guard(ctx, async () => {
        await handle(ctx)
      })
  })
  return app
}

/** A small JSON body reader, so the example needs no body-parser package. */
async function readJson(ctx: Context): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) ctx.throw(413)
    chunks.push(chunk)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    return undefined
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { secret, generated } = secretFromEnvironment()
  const handle = createApp(secret).callback()
  const server = createServer((req, res) => {
    void handle(req, res)
  })
  start(server, 'Koa', secret, generated)
}
