import { expect } from 'chai'
import {
  authenticate,
  bearerToken,
  ExpiredSignatureError,
  InvalidAlgorithmError,
  InvalidSignatureError,
  InvalidTokenError,
  MissingTokenError,
} from '../src/index.js'
import { isMalformedRequest } from '../src/bearer.js'
import { at, HS256_HEADER, NOW, SECRET, signedToken } from './support/tokens.js'

const token = signedToken(HS256_HEADER, { sub: 'u1', exp: NOW + 60 })

function thrownBy(action: () => unknown): Error {
  try {
    action()
  } catch (error) {
    return error as Error
  }
  throw new Error('nothing was thrown')
}

describe('bearerToken', () => {
  for (const [header, expected] of [
    [`Bearer ${token}`, token],
    [`bearer ${token}`, token],
    [`BEARER ${token}`, token],
    [`bEaReR ${token}`, token],
    [`Bearer    ${token}`, token],
    ['Bearer a-b_c.d~e+f/g==', 'a-b_c.d~e+f/g=='],
  ] as const) {
    it(`reads ${JSON.stringify(header.slice(0, 14))}…`, () => {
      expect(bearerToken(header)).to.equal(expected)
    })
  }

  it('reads a one-element array, as a framework may hand it', () => {
    expect(bearerToken([`Bearer ${token}`])).to.equal(token)
  })

  for (const header of [
    undefined,
    '',
    [],
    [''],
    `Basic ${token}`,
    `Token ${token}`,
    `Bearer${token}`,
    `Bearerx ${token}`,
    ` Bearer ${token}`,
    'Digest username="a"',
  ]) {
    it(`reports no credentials for ${header === undefined ? 'undefined' : JSON.stringify(header).slice(0, 24)}`, () => {
      expect(() => bearerToken(header)).to.throw(MissingTokenError)
    })
  }

  for (const header of [
    'Bearer',
    'Bearer ',
    'Bearer    ',
    'bearer\t',
    `Bearer\t${token}`,
    `Bearer ${token}\t`,
    `Bearer ${token} `,
    `Bearer ${token} extra`,
    `Bearer ${token} ${token}`,
    `Bearer ${token},${token}`,
    'Bearer ==abc',
    'Bearer abc=def',
    'Bearer a"b',
    'Bearer tok\u00e9n',
    [`Bearer ${token}`, `Bearer ${token}`],
  ]) {
    it(`reports a malformed header for ${JSON.stringify(header).slice(0, 40)}`, () => {
      const error = thrownBy(() => bearerToken(header))
      expect(error).to.be.instanceOf(InvalidTokenError)
      expect(isMalformedRequest(error)).to.equal(true)
    })
  }

  // A backtracking pattern would hang on these and trip mocha's timeout; no clock is read.
  it('refuses 100 KB headers built to make a regex backtrack, without a crash', () => {
    expect(() => authenticate(`Bearer ${' '.repeat(100 * 1024)}!`, SECRET)).to.throw(
      InvalidTokenError,
    )
    expect(() => authenticate(`Bearer a${'='.repeat(100 * 1024)}a`, SECRET)).to.throw(
      InvalidTokenError,
    )
    expect(() => authenticate(`Bearer ${'a'.repeat(100 * 1024)} x`, SECRET)).to.throw(
      InvalidTokenError,
    )
    expect(() => authenticate(`Bearer ${'a'.repeat(100 * 1024)}`, SECRET)).to.throw(
      InvalidTokenError,
      'too long',
    )
  })
})

describe('authenticate', () => {
  it('returns the claims of a valid bearer token', () => {
    expect(authenticate(`Bearer ${token}`, SECRET, at(NOW))).to.deep.equal({
      sub: 'u1',
      exp: NOW + 60,
    })
  })

  it('passes decode errors through unchanged', () => {
    expect(() => authenticate(`Bearer ${token}`, SECRET, at(NOW + 60))).to.throw(
      ExpiredSignatureError,
    )
    expect(() => authenticate(`Bearer ${token}`, 'other key')).to.throw(InvalidSignatureError)
    expect(() => authenticate(`Bearer ${token}`, SECRET, { algorithms: ['HS512'] })).to.throw(
      InvalidAlgorithmError,
    )
  })

  it('reports a b64token that is not base64url as a bad token, not a malformed request', () => {
    for (const header of ['Bearer abc~def', 'Bearer a+b.c/d.e==', `Bearer ${token}=`]) {
      const error = thrownBy(() => authenticate(header, SECRET))
      expect(error).to.be.instanceOf(InvalidTokenError)
      expect(isMalformedRequest(error)).to.equal(false)
    }
  })

  it('reports missing credentials as MissingTokenError', () => {
    expect(() => authenticate(undefined, SECRET)).to.throw(MissingTokenError)
    expect(() => authenticate('Basic dXNlcjpwYXNz', SECRET)).to.throw(MissingTokenError)
  })

  it('applies leeway and maxTokenLength', () => {
    expect(
      authenticate(`Bearer ${token}`, SECRET, { ...at(NOW + 61), leeway: 5 }),
    ).to.have.property('sub')
    expect(() => authenticate(`Bearer ${token}`, SECRET, { maxTokenLength: 20 })).to.throw(
      InvalidTokenError,
    )
  })
})
