import { findBearerToken, type AuthorizationHeader } from './bearer.js'
import type { JwtPayload } from './claims.js'
import { MissingTokenError } from './errors.js'
import { DEFAULT_ALGORITHMS, HS256 } from './header.js'
import { toSecretKey } from './key.js'
import { checkAlgorithms, ownOptions } from './options.js'
import { createRejecter, type Rejecter } from './rejection.js'
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
  /** Where the adapter puts the claims: `req[claimsProperty]` or `ctx.state[claimsProperty]`. */
  readonly claimsProperty: string
  /** The claims, `undefined` to let an unauthenticated request through, or a thrown PyJWTError. */
  readonly fromHeader: (authorization: AuthorizationHeader) => JwtPayload | undefined
  /** The same for what `getToken` returned. */
  readonly fromToken: (token: unknown) => JwtPayload | undefined
  readonly rejection: Rejecter
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

/** The adapter's own option naming where the claims go, and its default. */
export interface ClaimsOption {
  readonly name: 'requestProperty' | 'key'
  readonly defaultValue: string
}

/**
 * Checks the secret and options of `jwtAuth` and builds the per-request {@link Gate}.
 * Every misconfiguration throws here, at start-up, as a `TypeError` or `RangeError`:
 * never a 401 on every request. The short-secret warning comes last, so a middleware
 * that fails to build never warns.
 */
export function prepareGate<Source>(
  secret: unknown,
  options: unknown,
  claimsOption: ClaimsOption,
): Gate<Source> {
  const own = ownOptions(options, new Set([...SHARED_OPTIONS, claimsOption.name]), 'jwtAuth: ')
  const { leeway, realm, getToken, now, maxTokenLength } = own
  const { algorithms = DEFAULT_ALGORITHMS, credentialsRequired = true, respond = true } = own
  if (secret === undefined || secret === null) throw new TypeError('jwtAuth: the secret is missing')
  const key = toSecretKey(secret)
  if (!checkAlgorithms(algorithms).includes(HS256)) {
    throw new TypeError('jwtAuth: options.algorithms must include "HS256"')
  }
  const required = checkBoolean('credentialsRequired', credentialsRequired)
  const claimsProperty = own[claimsOption.name] ?? claimsOption.defaultValue
  const gate: Omit<Gate<Source>, 'fromHeader' | 'fromToken'> = {
    getToken: checkGetToken(getToken),
    respond: checkBoolean('respond', respond),
    claimsProperty: checkPropertyName(claimsOption.name, claimsProperty),
    rejection: createRejecter(checkRealm(realm)),
  }
  const verify = createVerifier(key, algorithms, { leeway, now, maxTokenLength })
  warnIfShort(key.symmetricKeySize ?? 0)

  const claimsFor = (token: string | undefined): JwtPayload | undefined => {
    if (token !== undefined) return verify(token)
    if (required) throw new MissingTokenError('No bearer token in the request')
    return undefined
  }
  return {
    ...gate,
    fromHeader: (authorization) => claimsFor(findBearerToken(authorization)),
    fromToken: (token) => claimsFor(checkGottenToken(token)),
  }
}

/** The name under which the claims are stored: a plain property, never a prototype. */
function checkPropertyName(option: string, name: unknown): string {
  if (typeof name !== 'string' || name === '' || RESERVED_PROPERTIES.has(name)) {
    throw new TypeError(
      `jwtAuth: options.${option} must be a non-empty string other than __proto__, constructor or prototype`,
    )
  }
  return name
}

function checkGetToken<Source>(getToken: unknown): TokenGetter<Source> | undefined {
  if (getToken !== undefined && typeof getToken !== 'function') {
    throw new TypeError('jwtAuth: options.getToken must be a function')
  }
  return getToken as TokenGetter<Source> | undefined
}

function checkRealm(realm: unknown): string | undefined {
  if (realm !== undefined && (typeof realm !== 'string' || !FIELD_TEXT.test(realm))) {
    throw new TypeError('jwtAuth: options.realm must be a string without control characters')
  }
  return realm
}

function checkBoolean(option: string, value: unknown): boolean {
  if (typeof value !== 'boolean') {
    throw new TypeError(`jwtAuth: options.${option} must be a boolean`)
  }
  return value
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
