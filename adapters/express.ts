import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { JwtPayload } from '../src/claims.js'
import { PyJWTError } from '../src/errors.js'
import type { Key } from '../src/key.js'
import { prepareGate, type Gate, type MiddlewareOptions } from '../src/middleware.js'
import { isCorsPreflight } from '../src/preflight.js'
import { asHttpError } from '../src/rejection.js'

/**
 * An Express request after `jwtAuth`: the claims are on `req.auth`, or on the
 * `requestProperty` you chose (`JwtRequest<Claims, 'user'>`). No global augmentation:
 * annotate the handlers that need it.
 */
export type JwtRequest<Claims = JwtPayload, Property extends string = 'auth'> = Request & {
  [Name in Property]?: Claims
}

/** Options of the Express `jwtAuth`. */
export interface ExpressJwtOptions extends MiddlewareOptions<Request> {
  /** Where the claims go on the request. Default `"auth"`. */
  requestProperty?: string | undefined
}

/**
 * Express middleware that accepts requests bearing a valid HS256 token and refuses the
 * rest with a 401 and an RFC 6750 `WWW-Authenticate` challenge.
 *
 * @param secret - the shared secret: a string, bytes or a secret `KeyObject`
 * @throws TypeError or RangeError, when built, for a missing secret or a bad option
 *
 * @example
 * ```ts
 * import express from 'express'
 * import { jwtAuth, type JwtRequest } from 'jwt-hs256/express'
 *
 * const secret = process.env.JWT_SECRET
 * if (secret === undefined) throw new Error('Set JWT_SECRET')
 * const app = express()
 * app.use('/api', jwtAuth(secret))
 * app.get('/api/me', (req: JwtRequest, res) => res.json(req.auth))
 * ```
 */
export function jwtAuth(secret: Key, options: ExpressJwtOptions = {}): RequestHandler {
  const gate = prepareGate<Request>(secret, options, {
    name: 'requestProperty',
    defaultValue: 'auth',
  })

  /** Only our own verification is inside the try; only a PyJWTError becomes a 401. */
  function admit<Input>(
    req: Request,
    res: Response,
    next: NextFunction,
    claimsFrom: (input: Input) => JwtPayload | undefined,
    input: Input,
  ): void {
    let claims: JwtPayload | undefined
    try {
      claims = claimsFrom(input)
    } catch (error) {
      if (error instanceof PyJWTError) refuse(gate, error, res, next)
      else next(error)
      return
    }
    if (claims !== undefined)
      (req as unknown as Record<string, unknown>)[gate.claimsProperty] = claims
    next()
  }

  return function jwtAuthMiddleware(req, res, next) {
    if (isCorsPreflight(req.method, req.headers['access-control-request-method'])) {
      next()
      return
    }
    const { getToken } = gate
    if (getToken === undefined) {
      admit(req, res, next, gate.fromHeader, req.headers.authorization)
      return
    }
    // Express 4 drops a rejected promise, so the rejection of getToken is caught here
    // and handed on as the app's own error.
    new Promise<unknown>((resolve) => {
      resolve(getToken(req))
    }).then((token) => {
      admit(req, res, next, gate.fromToken, token)
    }, next)
  }
}

function refuse(gate: Gate<Request>, error: PyJWTError, res: Response, next: NextFunction): void {
  const rejection = gate.rejection(error)
  if (!gate.respond) {
    next(asHttpError(error, rejection))
    return
  }
  res.statusCode = rejection.status
  res.setHeader('WWW-Authenticate', rejection.headers['WWW-Authenticate'])
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.end(rejection.json)
}
