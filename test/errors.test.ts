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

  it('keeps the tree flat: InvalidTokenError does not catch the others', () => {
    for (const name of SUBCLASSES.filter((other) => other !== 'InvalidTokenError')) {
      expect(new exceptions[name]('x')).to.not.be.instanceOf(jwt.InvalidTokenError)
    }
  })

  it('gives a fixed message per failure, never the key, the token or the parser’s text', () => {
    const key = 'KEY-that-must-never-leak-0123456789'
    const secretClaims = { password: 'hunter2-SECRET-CLAIM' }
    const badTokens = [
      'Zm9v.YmFy.YmF6',
      'Zm9v!.YmFy.YmF6',
      'only-one-segment-SECRET',
      rawToken('{"alg":"HS256" SECRET', '{}', key),
      rawToken('{"alg":"HS256"}', '{"a": SECRET}', key),
      rawToken('{"alg":"none-SECRET"}', '{}', key),
      rawToken('{"alg":"HS256"}', '{"exp":"SECRET"}', key),
      signedToken(HS256_HEADER, { ...secretClaims, exp: 1 }, key),
      signedToken(HS256_HEADER, secretClaims, 'wrong'),
      `${b64('{"alg":"HS256"}')}.${b64(JSON.stringify(secretClaims))}.SECRETSECRET`,
      'x'.repeat(9000),
    ]
    const messages = new Set<string>()
    for (const token of badTokens) {
      try {
        jwt.decode(token, key, ['HS256'], { now: () => NOW })
        expect.fail('decode accepted a bad token')
      } catch (error) {
        expect(error).to.be.instanceOf(PyJWTError)
        const { message } = error as Error
        for (const secret of [
          key,
          token,
          'SECRET',
          'hunter2',
          'Unexpected',
          'position',
          'JSON at',
        ]) {
          expect(message).to.not.include(secret)
        }
        messages.add(message)
      }
    }
    expect(messages.size).to.be.at.most(badTokens.length)
    for (const message of messages) expect(message.length).to.be.within(10, 80)
  })

  it('never puts the key in a misuse message', () => {
    try {
      jwt.decode('a.b.c', SECRET, ['HS256'], { leeway: -1 })
    } catch (error) {
      expect((error as Error).message).to.not.include(SECRET)
    }
  })
})
