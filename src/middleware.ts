import { findBearerToken, type AuthorizationHeader } from './bearer.js'
import type { JwtPayload } from './claims.js'
import { MissingTokenError, type PyJWTError } from './errors.js'
import { HS256 } from './header.js'
import { toSecretKey } from './key.js'
import { checkAlgorithms } from './options.js'
import { rejectionFor, type Rejection } from './rejection.js'
import { createVerifier } from './verify.js'

/** Reads the token from somewhere other than the `Authorization` header (a cookie, say). */
export type TokenGetter<Source> = (
  source: Source,
) => string | null | undefined | PromiseLike<string | null | undefined>

/** Options shared by the Express and Koa middleware. */
export interface MiddlewareOptions<Source> {
  /** Must include "HS256". Default `["HS256"]`. */
  algorithms?: readonly string[] | undefined
  /** Seconds of clock skew tolerated after `exp`. Default 0. */
  leeway?: number | undefined
  /** Sent as `realm="…"` in `WWW-Authenticate`. Default: none. */
  realm?: string | undefined
  /** When false, a request with no token goes through without claims. Default true. */
  credentialsRequired?: boolean | undefined
  /** Replaces the `Authorization` header as the source of the token. */
  getToken?: TokenGetter<Source> | undefined
  /** The current time in seconds since the epoch. Default: the system clock. */
  now?: (() => number) | undefined
  /** Longest token accepted, in characters. Default 8192. */
  maxTokenLength?: number | undefined
  /** When false, the error goes to the framework's error handling instead of a 401 here. Default true. */
  respond?: boolean | undefined
}

/** Everything a middleware needs per request, prepared once when it is built. */
export interface Gate<Source> {
  readonly getToken: TokenGetter<Source> | undefined
  readonly respond: boolean
  /** The claims, `undefined` to let an unauthenticated request through, or a thrown PyJWTError. */
  fromHeader(authorization: AuthorizationHeader): JwtPayload | undefined
  /** The same for what `getToken` returned. */
  fromToken(token: unknown): JwtPayload | undefined
  rejection(error: PyJWTError): Rejection
}

/** HS256 wants 256 bits of key (RFC 7518 §3.2). */
const MIN_SECRET_BYTES = 32
const SHARED_OPTIONS = [
  'algorithms',
  'leeway',
  'realm',
  'credentialsRequired',
  'getToken',
  'now',
  'maxTokenLength',
  'respond',
]
const RESERVED_PROPERTIES = new Set(['__proto__', 'constructor', 'prototype'])
/** Header field values exclude control characters (RFC 9110 §5.5). */
const FIELD_TEXT = /^[\x20-\x7e\x80-\xff]*$/

/**
 * Checks the secret and options of `jwtAuth` and builds the per-request {@link Gate}.
 * Every misconfiguration throws here, at start-up, as a `TypeError` or `RangeError`:
 * never a 401 on every request.
 *
 * @param adapterOptions - names of the options the adapter itself reads
 */
export function prepareGate<Source>(
  secret: unknown,
  options: unknown,
  adapterOptions: readonly string[],
): Gate<Source> {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('jwtAuth: options must be an object')
  const known = new Set([...SHARED_OPTIONS, ...adapterOptions])
  for (const name of Object.keys(options)) {
    if (!known.has(name)) throw new TypeError(`jwtAuth: unknown option "${name}"`)
  }
  const {
    algorithms = [HS256],
    leeway,
    realm,
    credentialsRequired = true,
    getToken,
    now,
    maxTokenLength,
    respond = true,
  } = options as MiddlewareOptions<Source>
  if (secret === undefined || secret === null) throw new TypeError('jwtAuth: the secret is missing')
  const key = toSecretKey(secret)
  if (!checkAlgorithms(algorithms).includes(HS256)) {
    throw new TypeError('jwtAuth: options.algorithms must include "HS256"')
  }
  checkBoolean('credentialsRequired', credentialsRequired)
  checkBoolean('respond', respond)
  if (getToken !== undefined && typeof getToken !== 'function') {
    throw new TypeError('jwtAuth: options.getToken must be a function')
  }
  if (realm !== undefined && (typeof realm !== 'string' || !FIELD_TEXT.test(realm))) {
    throw new TypeError('jwtAuth: options.realm must be a string without control characters')
  }
  const verify = createVerifier(key, algorithms, { leeway, now, maxTokenLength })
  warnIfShort(key.symmetricKeySize ?? 0)

  const fromToken = (token: string | undefined): JwtPayload | undefined => {
    if (token !== undefined) return verify(token)
    if (credentialsRequired) throw new MissingTokenError('No bearer token in the request')
    return undefined
  }
  return {
    getToken,
    respond,
    fromHeader: (authorization) => fromToken(findBearerToken(authorization)),
    fromToken: (token) => fromToken(checkGottenToken(token)),
    rejection: (error) => rejectionFor(error, realm),
  }
}

/** The name under which the claims are stored: a plain property, never a prototype. */
export function checkPropertyName(option: string, name: unknown): string {
  if (typeof name !== 'string' || name === '' || RESERVED_PROPERTIES.has(name)) {
    throw new TypeError(
      `jwtAuth: options.${option} must be a non-empty string other than __proto__, constructor or prototype`,
    )
  }
  return name
}

function checkBoolean(option: string, value: unknown): void {
  if (typeof value !== 'boolean')
    throw new TypeError(`jwtAuth: options.${option} must be a boolean`)
}

/** `getToken` returns the bare token, or null, undefined or "" for none. */
function checkGottenToken(token: unknown): string | undefined {
  if (token === undefined || token === null || token === '') return undefined
  if (typeof token !== 'string')
    throw new TypeError('jwtAuth: getToken must return a string, null or undefined')
  return token
}

function warnIfShort(bytes: number): void {
  if (bytes >= MIN_SECRET_BYTES) return
  process.emitWarning(
    `jwtAuth: the secret is ${String(bytes)} bytes; HS256 needs at least ${String(MIN_SECRET_BYTES)} random bytes`,
    { code: 'JWT_HS256_SHORT_SECRET' },
  )
}
