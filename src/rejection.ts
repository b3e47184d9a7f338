import { bearerChallenge } from './challenge.js'
import type { PyJWTError } from './errors.js'

/** What a refused request is answered with, whatever the framework. */
export interface Rejection {
  readonly status: 401
  readonly headers: { readonly 'WWW-Authenticate': string }
  readonly body: { readonly error: string; readonly message: string }
}

/**
 * Every refusal is a 401, `invalid_request` included: RFC 6750 would allow 400 there,
 * but the peers and this package's users expect 401. The body names the error class.
 */
export function rejectionFor(error: PyJWTError, realm: string | undefined): Rejection {
  return {
    status: 401,
    headers: { 'WWW-Authenticate': bearerChallenge(error, realm) },
    body: { error: error.name, message: error.message },
  }
}

/** A PyJWTError dressed so a framework's own error handling answers the rejection. */
export type HttpAuthError = PyJWTError & {
  status: number
  statusCode: number
  expose: boolean
  headers: Record<string, string>
}

/**
 * For `respond: false`: decorates the error with writable `status`, `statusCode`,
 * `expose` and `headers`, which Express's final handler and Koa's `onerror` read, so the
 * default handlers still answer 401 with the challenge. Read-only properties hang Koa.
 */
export function asHttpError(error: PyJWTError, rejection: Rejection): HttpAuthError {
  return Object.assign(error, {
    status: rejection.status,
    statusCode: rejection.status,
    expose: true,
    headers: { ...rejection.headers },
  })
}
