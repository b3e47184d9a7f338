// The floor: the least work any correct HS256 verifier must do with node:crypto, every
// check of the contract included. Written plainly, with no attention to errors or
// options, so it bounds what jwt-hs256 could ever reach.
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto'

const ALPHABET = /^[A-Za-z0-9_-]*$/
const HEADER = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')

export function floorVerifier(secret: string): (token: string) => Record<string, unknown> {
  const key: KeyObject = createSecretKey(secret, 'utf8')
  return (token) => {
    if (token.length > 8192) throw new Error('too long')
    const first = token.indexOf('.')
    const second = token.indexOf('.', first + 1)
    if (first < 1 || second < first + 2 || token.includes('.', second + 1)) throw new Error('shape')
    const header = token.slice(0, first)
    const payload = token.slice(first + 1, second)
    const signature = token.slice(second + 1)
    if (!ALPHABET.test(header) || !ALPHABET.test(payload) || !ALPHABET.test(signature))
      throw new Error('alphabet')
    const parsedHeader = JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<
      string,
      unknown
    >
    if (parsedHeader.alg !== 'HS256' || 'crit' in parsedHeader) throw new Error('alg')
    if (signature.length !== 43) throw new Error('signature')
    const expected = createHmac('sha256', key).update(token.slice(0, second)).digest('base64url')
    if (!timingSafeEqual(Buffer.from(signature), Buffer.from(expected)))
      throw new Error('signature')
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
      string,
      unknown
    >
    const exp = claims.exp
    if (exp !== undefined && (typeof exp !== 'number' || Date.now() / 1000 >= exp))
      throw new Error('exp')
    return claims
  }
}

export function floorSigner(secret: string): (claims: Record<string, unknown>) => string {
  const key: KeyObject = createSecretKey(secret, 'utf8')
  return (claims) => {
    const signingInput = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`
    return `${signingInput}.${createHmac('sha256', key).update(signingInput).digest('base64url')}`
  }
}
