import { bearerToken, type AuthorizationHeader } from './bearer.js'
import type { JwtPayload } from './claims.js'
import { DEFAULT_ALGORITHMS } from './header.js'
import type { Key } from './key.js'
import type { DecodeOptions } from './options.js'
import { createVerifier } from './verify.js'

/** Options of {@link authenticate}: those of `decode`, plus its `algorithms`. */
export interface AuthenticateOptions extends DecodeOptions {
  /** Must include "HS256"; default `["HS256"]`. */
  algorithms?: readonly string[] | undefined
}

/**
 * The framework-agnostic core: given the `Authorization` header, returns the claims of
 * its bearer token or throws. `MissingTokenError` when the request has no bearer
 * credentials, `InvalidTokenError` for a malformed header, otherwise whatever `decode`
 * throws, unchanged.
 *
 * @example
 * ```ts
 * import { authenticate, PyJWTError } from 'jwt-hs256'
 * const claims = authenticate(request.headers.authorization, secret, { leeway: 5 })
 * ```
 */
export function authenticate(
  authorization: AuthorizationHeader,
  key: Key,
  options: AuthenticateOptions = {},
): JwtPayload {
  const { algorithms = DEFAULT_ALGORITHMS, ...decodeOptions } = options
  return createVerifier(key, algorithms, decodeOptions)(bearerToken(authorization))
}
