import { expect } from 'chai'
import * as jwt from '../src/index.js'
import { b64, HS256_HEADER, NOW, rawToken, SECRET, signedToken } from './support/tokens.js'

const { exceptions, PyJWTError } = jwt
const SUBCLASSES = [
  'InvalidTokenError',
  'InvalidAlgorithmError',
  'InvalidSignatureError',
  'ExpiredSignatureError',
  'MissingTokenError',
] as const

describe('errors', () => {
  it('exports the same classes under exceptions and by name', () => {
    expect(Object.keys(exceptions).sort()).to.deep.equal(['PyJWTError', ...SUBCLASSES].sort())
    for (const name of ['PyJWTError', ...SUBCLASSES] as const)
      expect(jwt[name]).to.equal(exceptions[name])
  })

  for (const name of SUBCLASSES) {
    it(`${name} extends PyJWTError directly and Error, and is named after its class`, () => {
      const error = new exceptions[name]('message')
      expect(error).to.be.instanceOf(PyJWTError).and.instanceOf(Error)
      expect(Object.getPrototypeOf(exceptions[name].prototype)).to.equal(PyJWTError.prototype)
      expect(error.name).to.equal(name)
      expect(String(error)).to.equal(`${name}: message`)
      expect(Object.keys(error)).to.deep.equal([])
    })
  }

  it('capture no stack frames, and leave the global stack trace limit as it was', () => {
    const limit = Error.stackTraceLimit
    let refusal: Error | undefined
    try {
      jwt.decode('not a token', SECRET)
    } catch (error) {
      refusal = error as Error
    }
    expect(refusal?.stack).to.equal('InvalidTokenError: The token must have exactly three segments')
    expect(Error.stackTraceLimit).to.equal(limit)
    expect(new Error('elsewhere').stack).to.match(/\n\s+at /)
  })

  it('take a cause, like Error, and restore the stack trace limit even when construction fails', () => {
    const cause = new Error('underlying')
    expect(new jwt.InvalidTokenError('wrapped', { cause }).cause).to.equal(cause)
    const limit = Error.stackTraceLimit
    expect(() => new jwt.InvalidTokenError(Symbol('not text') as unknown as string)).to.throw(
      TypeError,
    )
    expect(Error.stackTraceLimit).to.equal(limit)
  })

  it('keeps the tree flat: InvalidTokenError does not catch the others', () => {
    for (const name of SUBCLASSES.filter((other) => other !== 'InvalidTokenError')) {
      expect(new exceptions[name]('x')).to.not.be.instanceOf(jwt.InvalidTokenError)
    }
  })

  it('gives a fixed message per failure, never the key, the token or the parser’s text', () => {
    const key = 'KEY-that-must-never-leak-0123456789'
    const secretClaims = { password: 'hunter2-SECRET-CLAIM' }
    const badTokens: [string, string][] = [
      ['Zm9v.YmFy.YmF6', 'The header is not a JSON object'],
      ['Zm9v!.YmFy.YmF6', 'The token is not base64url'],
      ['only-one-segment-SECRET', 'The token must have exactly three segments'],
      ['Zm9v.YmFy.YmF6.SECRET', 'The token must have exactly three segments'],
      [rawToken('{"alg":"HS256" SECRET', '{}', key), 'The header is not a JSON object'],
      [rawToken('{"alg":"HS256"}', '{"a": SECRET}', key), 'The payload is not a JSON object'],
      [rawToken('{"alg":"none-SECRET"}', '{}', key), 'The token is not signed with HS256'],
      [rawToken('{"alg":"HS256"}', '{"exp":"SECRET"}', key), 'The "exp" claim is not a number'],
      [signedToken(HS256_HEADER, { ...secretClaims, exp: 1 }, key), 'The token has expired'],
      [signedToken(HS256_HEADER, secretClaims, 'wrong'), 'Signature verification failed'],
      [
        `${b64('{"alg":"HS256"}')}.${b64(JSON.stringify(secretClaims))}.SECRETSECRET`,
        'Signature verification failed',
      ],
      ['x'.repeat(9000), 'The token is too long'],
    ]
    for (const [token, expected] of badTokens) {
      let message = ''
      try {
        jwt.decode(token, key, ['HS256'], { now: () => NOW })
      } catch (error) {
        expect(error).to.be.instanceOf(PyJWTError)
        message = (error as Error).message
      }
      expect(message).to.equal(expected)
      for (const secret of [key, token, 'SECRET', 'hunter2']) expect(message).to.not.include(secret)
    }
  })

  it('never puts the key in a misuse message', () => {
    expect(() => jwt.decode('a.b.c', SECRET, ['HS256'], { leeway: -1 }))
      .to.throw(RangeError)
      .with.property('message')
      .that.does.not.include(SECRET)
    expect(() => jwt.encode({ exp: 'soon' as unknown as number }, SECRET))
      .to.throw(TypeError)
      .with.property('message')
      .that.does.not.include(SECRET)
  })
})
