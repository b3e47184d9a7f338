export { encode } from './encode.js'
export { decode } from './decode.js'
export { authenticate } from './authenticate.js'
export { bearerToken } from './bearer.js'
export * as exceptions from './errors.js'
export {
  PyJWTError,
  InvalidTokenError,
  InvalidAlgorithmError,
  InvalidSignatureError,
  ExpiredSignatureError,
  MissingTokenError,
} from './errors.js'

export type { AuthenticateOptions } from './authenticate.js'
export type { AuthorizationHeader } from './bearer.js'
export type { EncodePayload, JwtPayload, NumericDateInput } from './claims.js'
export type { Key } from './key.js'
export type { DecodeOptions } from './options.js'
