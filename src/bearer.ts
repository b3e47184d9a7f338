import { InvalidTokenError, MissingTokenError } from './errors.js'

/** The `Authorization` header as Node or a framework hands it over. */
export type AuthorizationHeader = string | readonly string[] | undefined

/**
 * RFC 6750 §2.1: the scheme (case-insensitive, RFC 7235 §2.1), one or more spaces, then
 * exactly one b64token, and nothing else. One match is the whole per-request cost of a
 * well-formed header; only a header that fails it is looked at again.
 */
const BEARER_CREDENTIALS = /^bearer +([A-Za-z0-9\-._~+/]+=*)$/i
const BEARER = 'bearer'

// The InvalidTokenErrors raised here mean a malformed request (RFC 6750 §3.1
// invalid_request), not a bad token; the challenge must tell them apart.
const malformedRequests = new WeakSet<Error>()

/**
 * Returns the token of an `Authorization: Bearer <token>` header.
 *
 * @throws MissingTokenError when there is no header, it is empty, or it uses another
 *   scheme such as `Basic`
 * @throws InvalidTokenError when the scheme is `Bearer` (any case) but what follows is
 *   not one b64token after one or more spaces
 *
 * @example
 * ```ts
 * bearerToken('Bearer eyJhbGciOi…') // → 'eyJhbGciOi…'
 * ```
 */
export function bearerToken(authorization: AuthorizationHeader): string {
  const token = findBearerToken(authorization)
  if (token === undefined) throw new MissingTokenError('No bearer token in the request')
  return token
}

/**
 * Like {@link bearerToken}, but returns `undefined` when the request carries no bearer
 * credentials, so middleware that lets such requests through raises nothing.
 */
export function findBearerToken(authorization: AuthorizationHeader): string | undefined {
  const header = singleHeader(authorization)
  if (header === undefined) return undefined
  const token = BEARER_CREDENTIALS.exec(header)?.[1]
  if (token !== undefined) return token
  if (hasBearerScheme(header)) {
    throw malformedRequest('The Authorization header must be "Bearer" and one token')
  }
  return undefined
}

/** True for the InvalidTokenErrors that mean a malformed `Authorization` header. */
export function isMalformedRequest(error: Error): boolean {
  return malformedRequests.has(error)
}

function singleHeader(authorization: unknown): string | undefined {
  if (authorization === undefined || authorization === null || authorization === '')
    return undefined
  if (typeof authorization === 'string') return authorization
  if (!Array.isArray(authorization) || !authorization.every((value) => typeof value === 'string')) {
    throw new TypeError('The Authorization header must be a string or an array of strings')
  }
  if (authorization.length > 1)
    throw malformedRequest('The request has several Authorization headers')
  return singleHeader(authorization[0])
}

/** RFC 7235 §2.1: the scheme is case-insensitive and ends at a space, a tab or the end. */
function hasBearerScheme(header: string): boolean {
  if (header.slice(0, BEARER.length).toLowerCase() !== BEARER) return false
  const next = header.charAt(BEARER.length)
  return next === '' || next === ' ' || next === '\t'
}

function malformedRequest(message: string): InvalidTokenError {
  const error = new InvalidTokenError(message)
  malformedRequests.add(error)
  return error
}
