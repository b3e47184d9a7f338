/**
 * The errors a token or a request can raise. The tree is flat, as in the ported
 * MicroPython module: every class extends {@link PyJWTError} directly, so catching
 * `InvalidTokenError` does not catch an expired or forged token.
 *
 * `name` lives on each prototype, so instances carry no own enumerable keys and
 * `String(error)` reads `InvalidSignatureError: …`.
 *
 * @example
 * ```ts
 * import { decode, PyJWTError, ExpiredSignatureError } from 'jwt-hs256'
 * try {
 *   decode(token, secret)
 * } catch (error) {
 *   if (error instanceof ExpiredSignatureError) askTheClientToRefresh()
 *   else if (error instanceof PyJWTError) refuse()
 *   else throw error
 * }
 * ```
 */
export class PyJWTError extends Error {
  static {
    this.prototype.name = 'PyJWTError'
  }

  /**
   * No stack frames are captured: these errors describe bad input, not a bug, and a
   * stack would make refusing a forged token several times dearer than accepting a
   * valid one (a flood of forged tokens is the attack). The global limit is restored
   * before the constructor returns.
   */
  constructor(message?: string, options?: ErrorOptions) {
    const stackTraceLimit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      super(message, options)
    } finally {
      Error.stackTraceLimit = stackTraceLimit
    }
  }
}

/**
 * The token is not a well-formed JWT: wrong shape, bad base64url, a header or payload
 * that is not a JSON object in UTF-8, a `crit` header, an `exp` that is not a number,
 * or a malformed `Authorization: Bearer` header.
 *
 * @example
 * ```ts
 * assert.throws(() => decode('not.a.jwt!', secret), InvalidTokenError)
 * ```
 */
export class InvalidTokenError extends PyJWTError {
  static {
    this.prototype.name = 'InvalidTokenError'
  }
}

/**
 * The caller's `algorithms` do not allow HS256, or the token's header names another
 * algorithm (`none`, `HS512`, `hs256` …).
 *
 * @example
 * ```ts
 * assert.throws(() => encode({}, secret, 'HS512'), InvalidAlgorithmError)
 * ```
 */
export class InvalidAlgorithmError extends PyJWTError {
  static {
    this.prototype.name = 'InvalidAlgorithmError'
  }
}

/**
 * The signature is not the HMAC-SHA-256 of the token under this key, or is not written
 * in canonical base64url.
 *
 * @example
 * ```ts
 * assert.throws(() => decode(encode({}, 'one key'), 'another key'), InvalidSignatureError)
 * ```
 */
export class InvalidSignatureError extends PyJWTError {
  static {
    this.prototype.name = 'InvalidSignatureError'
  }
}

/**
 * The token is correctly signed but its `exp` has passed (`now >= exp + leeway`).
 *
 * @example
 * ```ts
 * assert.throws(() => decode(encode({ exp: 1 }, secret), secret), ExpiredSignatureError)
 * ```
 */
export class ExpiredSignatureError extends PyJWTError {
  static {
    this.prototype.name = 'ExpiredSignatureError'
  }
}

/**
 * The request carries no bearer credentials: no `Authorization` header, an empty one,
 * or one with another scheme such as `Basic`.
 *
 * @example
 * ```ts
 * assert.throws(() => authenticate(undefined, secret), MissingTokenError)
 * ```
 */
export class MissingTokenError extends PyJWTError {
  static {
    this.prototype.name = 'MissingTokenError'
  }
}
