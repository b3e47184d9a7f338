import { expect } from 'chai'
import { decode, encode, InvalidAlgorithmError } from '../src/index.js'
import { b64, hmac, SECRET } from './support/tokens.js'

describe('encode', () => {
  it('writes the header exactly {"alg":"HS256","typ":"JWT"}', () => {
    const [header] = encode({ a: 1 }, SECRET).split('.')
    expect(Buffer.from(header ?? '', 'base64url').toString()).to.equal(
      '{"alg":"HS256","typ":"JWT"}',
    )
  })

  it('signs base64url(header).base64url(payload) with HMAC-SHA-256, no padding', () => {
    const token = encode({ sub: 'x', n: [1, 2] }, SECRET)
    const signingInput = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64('{"sub":"x","n":[1,2]}')}`
    expect(token).to.equal(`${signingInput}.${hmac(signingInput)}`)
    expect(token).to.match(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/)
  })

  it('passes claims through verbatim and adds no iat', () => {
    const claims = { sub: 'ü🙂', nested: { deep: [null, true, 1.5] }, aud: ['a', 'b'] }
    expect(decode(encode(claims, SECRET), SECRET)).to.deep.equal(claims)
  })

  it('turns a Date in exp, nbf and iat into whole seconds, rounded down', () => {
    const when = new Date(1_700_000_000_999)
    const claims = decode(
      encode({ exp: when, nbf: when, iat: when, other: when }, SECRET),
      SECRET,
      ['HS256'],
      {
        now: () => 1,
      },
    )
    expect(claims).to.deep.equal({
      exp: 1_700_000_000,
      nbf: 1_700_000_000,
      iat: 1_700_000_000,
      other: when.toJSON(),
    })
  })

  it('does not change the caller’s payload', () => {
    const when = new Date(1_700_000_000_000)
    const payload = { exp: when }
    encode(payload, SECRET)
    expect(payload.exp).to.equal(when)
  })

  it('accepts an object with a null prototype', () => {
    const payload = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 })
    expect(decode(encode(payload, SECRET), SECRET)).to.deep.equal({ a: 1 })
  })

  it('keeps an own __proto__ member as data', () => {
    const payload = JSON.parse('{"__proto__":{"admin":true}}') as Record<string, unknown>
    const claims = decode(encode(payload, SECRET), SECRET)
    expect(Object.hasOwn(claims, '__proto__')).to.equal(true)
    expect(claims).to.not.have.property('admin')
  })

  for (const algorithm of ['HS512', 'none', 'hs256', 'RS256', '']) {
    it(`refuses algorithm "${algorithm}" with InvalidAlgorithmError`, () => {
      expect(() => encode({}, SECRET, algorithm)).to.throw(InvalidAlgorithmError)
    })
  }

  it('accepts "HS256" spelled out', () => {
    expect(encode({ a: 1 }, SECRET, 'HS256')).to.equal(encode({ a: 1 }, SECRET))
  })
})
