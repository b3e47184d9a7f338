// Any input at all: decode returns a payload only for a valid token, and otherwise
// throws a PyJWTError subclass, never Buffer's TypeError, JSON's SyntaxError or
// timingSafeEqual's RangeError, and touches nothing global.
import { expect } from 'chai'
import fc from 'fast-check'
import { authenticate, decode, encode, PyJWTError } from '../src/index.js'
import { SECRET } from './support/tokens.js'

const RUNS = 2000

/** The property: the action returns, or throws a PyJWTError and nothing else. */
function onlyTokenErrors(action: () => unknown): boolean {
  try {
    action()
  } catch (error) {
    return error instanceof PyJWTError
  }
  return true
}

const base64urlSegment = fc
  .base64String()
  .map((text) => text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'))
const tokenShaped = fc
  .tuple(base64urlSegment, base64urlSegment, base64urlSegment)
  .map((parts) => parts.join('.'))
const bytesAsSegments = fc
  .tuple(fc.uint8Array(), fc.uint8Array(), fc.uint8Array())
  .map((parts) => parts.map((bytes) => Buffer.from(bytes).toString('base64url')).join('.'))

describe('bad input', () => {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort()

  after(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeBefore)
  })

  it('arbitrary strings raise only PyJWTError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) =>
        onlyTokenErrors(() => decode(text, SECRET)),
      ),
      {
        numRuns: RUNS,
      },
    )
  })

  it('arbitrary non-strings raise only PyJWTError', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        onlyTokenErrors(() => decode(value as string, SECRET))
      }),
      {
        numRuns: RUNS,
      },
    )
  })

  it('three base64url segments of junk, or of random bytes, raise only PyJWTError', () => {
    fc.assert(
      fc.property(fc.oneof(tokenShaped, bytesAsSegments), (token) =>
        onlyTokenErrors(() => decode(token, SECRET)),
      ),
      {
        numRuns: RUNS,
      },
    )
  })

  it('arbitrary Authorization headers raise only PyJWTError', () => {
    const header = fc.oneof(
      fc.string(),
      tokenShaped.map((token) => `Bearer ${token}`),
    )
    fc.assert(
      fc.property(header, (value) => {
        onlyTokenErrors(() => authenticate(value, SECRET))
      }),
      { numRuns: RUNS },
    )
  })

  it('decode(encode(payload)) gives the payload back for arbitrary JSON objects', () => {
    const payload = fc
      .dictionary(fc.string(), fc.jsonValue())
      .map((value) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>)
    fc.assert(
      fc.property(payload, (claims) => {
        delete claims.exp
        expect(decode(encode(claims, SECRET), SECRET)).to.deep.equal(claims)
      }),
      { numRuns: RUNS },
    )
  })
})
