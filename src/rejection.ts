import { isMalformedRequest } from './bearer.js'
import { bearerChallenge } from './challenge.js'
import type { PyJWTError } from './errors.js'

/** What a refused request is answered with, whatever the framework. */
export interface Rejection {
  readonly status: 401
  readonly headers: { readonly 'WWW-Authenticate': string }
  readonly body: { readonly error: string; readonly message: string }
  /** `body` as JSON, serialized once. */
  readonly json: string
}

/** Answers for one realm, from the error class and its message. */
export type Rejecter = (error: PyJWTError) => Rejection

/**
 * Every refusal is a 401, `invalid_request` included: RFC 6750 would allow 400 there,
 * but the peers and this package's users expect 401. The body names the error class.
 *
 * Messages are fixed strings, so there are only a few distinct answers: each is built
 * once and reused, which keeps a flood of bad tokens cheap.
 */
export function createRejecter(realm: string | undefined): Rejecter {
  const answers = new Map<string, Rejection>()
  return (error) => {
    const key = `${error.name}\n${error.message}\n${String(isMalformedRequest(error))}`
    let rejection = answers.get(key)
    if (rejection === undefined) {
      const body = { error: error.name, message: error.message }
      const headers = { 'WWW-Authenticate': bearerChallenge(error, realm) }
      rejection = { status: 401, headers, body, json: JSON.stringify(body) }
      if (answers.size >= MAX_ANSWERS) answers.clear()
      answers.set(key, rejection)
    }
    return rejection
  }
}

/** Far more than the package's fixed messages; a bound all the same. */
const MAX_ANSWERS = 64

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
