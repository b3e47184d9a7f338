import type { DefaultState, Middleware, Next, ParameterizedContext } from 'koa'
import type { JwtPayload } from '../src/claims.js'
import { PyJWTError } from '../src/errors.js'
import type { Key } from '../src/key.js'
import { prepareGate, type MiddlewareOptions } from '../src/middleware.js'
import { isCorsPreflight } from '../src/preflight.js'
import { asHttpError } from '../src/rejection.js'

/** The state `jwtAuth` adds: the claims under `user`, or the `key` you chose. */
export type JwtState<Claims = JwtPayload, StateKey extends string = 'user'> = DefaultState & {
  [Name in StateKey]?: Claims
}

/** Options of the Koa `jwtAuth`. */
export interface KoaJwtOptions<
  StateKey extends string = 'user',
> extends MiddlewareOptions<ParameterizedContext> {
  /** Where the claims go on `ctx.state`. Default `"user"`. */
  key?: StateKey | undefined
}

/**
 * Koa middleware that accepts requests bearing a valid HS256 token and refuses the rest
 * with a 401 and an RFC 6750 `WWW-Authenticate` challenge. Errors thrown further down
 * the chain pass through untouched.
 *
 * @param secret - the shared secret: a string, bytes or a secret `KeyObject`
 * @throws TypeError or RangeError, when built, for a missing secret or a bad option
 *
 * @example
 * ```ts
 * import Koa from 'koa'
 * import { jwtAuth } from 'jwt-hs256/koa'
 *
 * const secret = process.env.JWT_SECRET
 * if (secret === undefined) throw new Error('Set JWT_SECRET')
 * new Koa()
 *   .use(jwtAuth<{ sub: string }>(secret))
 *   .use((ctx) => { ctx.body = { hello: ctx.state.user?.sub } })
 * ```
 */
export function jwtAuth<Claims = JwtPayload, StateKey extends string = 'user'>(
  secret: Key,
  options: KoaJwtOptions<StateKey> = {},
): Middleware<JwtState<Claims, StateKey>> {
  const gate = prepareGate<ParameterizedContext>(secret, options, {
    name: 'key',
    defaultValue: 'user',
  })

  /**
   * Only our own verification is inside the try; only a PyJWTError becomes a 401. `next`
   * is called after it, so an error thrown later in the chain passes through untouched.
   */
  function admit<Input>(
    ctx: ParameterizedContext,
    next: Next,
    claimsFrom: (input: Input) => JwtPayload | undefined,
    input: Input,
  ): Promise<unknown> {
    let claims: JwtPayload | undefined
    try {
      claims = claimsFrom(input)
    } catch (error) {
      if (!(error instanceof PyJWTError)) throw error
      const rejection = gate.rejection(error)
      if (!gate.respond) throw asHttpError(error, rejection)
      ctx.status = rejection.status
      ctx.set(rejection.headers)
      // A copy: middleware upstream may change ctx.body, and the answer is shared.
      ctx.body = { ...rejection.body }
      return Promise.resolve()
    }
    if (claims !== undefined) (ctx.state as Record<string, unknown>)[gate.claimsProperty] = claims
    return next()
  }

  // Not async, to spare a promise per request, but a promise always comes back: a sync
  // throw (getToken's, or respond: false) becomes a rejection, as from an async function.
  // Whatever getToken throws or rejects with is the app's own error, passed on as it is.
  return function jwtAuthMiddleware(ctx, next) {
    try {
      if (isCorsPreflight(ctx.method, ctx.headers['access-control-request-method'])) return next()
      const { getToken } = gate
      if (getToken === undefined)
        return admit(ctx, next, gate.fromHeader, ctx.headers.authorization)
      return Promise.resolve(getToken(ctx)).then((token) => admit(ctx, next, gate.fromToken, token))
    } catch (error) {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the app's own value, passed on untouched
      return Promise.reject(error)
    }
  }
}
