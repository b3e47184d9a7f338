// The four supported framework majors side by side (npm aliases), each wrapped in the
// same small app so one set of HTTP tests runs on all of them.
import express5 from 'express'
import express4 from 'express4'
import Koa3 from 'koa'
import Koa2 from 'koa2'
import type { RequestListener } from 'node:http'
import { jwtAuth as expressJwtAuth } from '../../adapters/express.js'
import { jwtAuth as koaJwtAuth } from '../../adapters/koa.js'
import { InvalidSignatureError } from '../../src/errors.js'

export type Options = Record<string, unknown>

export interface AppSetup {
  /** Where the app finds the claims: `req.auth` / `ctx.state.user` by default. */
  claimsAt?: string
  /** Leave errors to the framework's default handler instead of the app's own. */
  defaultErrorHandling?: boolean
}

/**
 * An app behind `jwtAuth(secret, options)`:
 * - any method on `/claims` answers 200 `{ claims }` (null when there are none);
 * - `/fail-sync` and `/fail-async` fail with an app error after authentication, and
 *   `/fail-pyjwt` with a PyJWTError of the app's own;
 * - the app's error handler answers 500 `{ appError, name, status }`.
 */
export interface Framework {
  name: string
  kind: 'express' | 'koa'
  /** The adapter's option naming where the claims go. */
  claimsOption: 'requestProperty' | 'key'
  build(secret: unknown, options?: Options, setup?: AppSetup): RequestListener
  /** The adapter's factory, for build-time checks. */
  jwtAuth(secret: unknown, options?: Options): unknown
}

export class AppFailure extends Error {
  static {
    this.prototype.name = 'AppFailure'
  }
}

type Failure = (message: string) => Error
const appFailure: Failure = (message) => new AppFailure(message)

function expressFramework(
  name: string,
  express: typeof express5,
  asyncRejectionsHandled: boolean,
): Framework {
  return {
    name,
    kind: 'express',
    claimsOption: 'requestProperty',
    jwtAuth: (secret, options) => expressJwtAuth(secret as string, options),
    build(secret, options = {}, setup = {}) {
      const app = express()
      app.use(expressJwtAuth(secret as string, options))
      const claimsAt = setup.claimsAt ?? 'auth'
      app.all('/claims', (req, res) => {
        res.json({ claims: (req as unknown as Record<string, unknown>)[claimsAt] ?? null })
      })
      app.get('/fail-sync', () => {
        throw appFailure('sync failure')
      })
      // Express 5 handles a rejected handler promise itself; Express 4 needs next(err).
      const failLater =
        (failure: () => Promise<never>): express5.RequestHandler =>
        (_req, _res, next) => {
          const failing = failure()
          if (asyncRejectionsHandled) return failing
          failing.catch(next)
          return undefined
        }
      app.get(
        '/fail-async',
        failLater(() => Promise.reject(appFailure('async failure'))),
      )
      app.get(
        '/fail-pyjwt',
        failLater(() => Promise.reject(new InvalidSignatureError('raised by the app'))),
      )
      if (!setup.defaultErrorHandling) {
        app.use(
          (
            error: Error & { status?: number },
            _req: express5.Request,
            res: express5.Response,
            _next: express5.NextFunction,
          ) => {
            res
              .status(500)
              .json({ appError: error.message, name: error.name, status: error.status ?? null })
          },
        )
      }
      return app
    },
  }
}

function koaFramework(name: string, Koa: typeof Koa3): Framework {
  return {
    name,
    kind: 'koa',
    claimsOption: 'key',
    jwtAuth: (secret, options) => koaJwtAuth(secret as string, options),
    build(secret, options = {}, setup = {}) {
      const app = new Koa()
      app.silent = true
      if (!setup.defaultErrorHandling) {
        app.use(async (ctx, next) => {
          try {
            await next()
          } catch (error) {
            const { message, name, status } = error as Error & { status?: number }
            ctx.status = 500
            ctx.body = { appError: message, name, status: status ?? null }
          }
        })
      }
      app.use(koaJwtAuth(secret as string, options) as Koa3.Middleware)
      const claimsAt = setup.claimsAt ?? 'user'
      app.use(async (ctx) => {
        switch (ctx.path) {
          case '/claims':
            ctx.body = { claims: (ctx.state as Record<string, unknown>)[claimsAt] ?? null }
            return
          case '/fail-sync':
            throw appFailure('sync failure')
          case '/fail-async':
            await Promise.resolve()
            throw appFailure('async failure')
          case '/fail-pyjwt':
            throw new InvalidSignatureError('raised by the app')
          default:
            ctx.status = 404
        }
      })
      const handle = app.callback()
      return (req, res) => {
        void handle(req, res)
      }
    },
  }
}

export const FRAMEWORKS: readonly Framework[] = [
  expressFramework('Express 5', express5, true),
  expressFramework('Express 4', express4 as unknown as typeof express5, false),
  koaFramework('Koa 3', Koa3),
  koaFramework('Koa 2', Koa2 as unknown as typeof Koa3),
]
