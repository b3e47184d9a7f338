/**
 * The claims of a decoded token. `exp`, when present, has been checked to be a finite
 * number and not past; every other claim is passed through as the token carried it.
 */
export interface JwtPayload {
  [claim: string]: unknown
  /** Expiry, seconds since the epoch (RFC 7519 §4.1.4); may have a fraction. */
  exp?: number
  nbf?: unknown
  iat?: unknown
  iss?: unknown
  sub?: unknown
  aud?: unknown
  jti?: unknown
}

/** A NumericDate claim as `encode` takes it: seconds since the epoch, or a `Date`. */
export type NumericDateInput = number | Date

/** The claims given to `encode`: any plain JSON object; time claims may be `Date`s. */
export interface EncodePayload {
  [claim: string]: unknown
  exp?: NumericDateInput | undefined
  nbf?: NumericDateInput | undefined
  iat?: NumericDateInput | undefined
}
