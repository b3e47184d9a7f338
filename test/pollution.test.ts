// A polluted Object.prototype (from some other library) must not loosen any check:
// options, header members and claims are read only from the objects' own members.
import { expect } from 'chai'
import request from 'supertest'
import { decode, encode, ExpiredSignatureError, InvalidAlgorithmError } from '../src/index.js'
import { FRAMEWORKS } from './support/apps.js'
import { NOW, rawToken, SECRET, signedToken } from './support/tokens.js'

/** Runs `action` with `Object.prototype[name] = value`, always cleaning up. */
async function withPollution(name: string, value: unknown, action: () => unknown): Promise<void> {
  Object.defineProperty(Object.prototype, name, { value, configurable: true, writable: true })
  try {
    await action()
  } finally {
    Reflect.deleteProperty(Object.prototype, name)
  }
}

describe('a polluted Object.prototype', () => {
  it('leeway: an inherited leeway does not revive an expired token', async () => {
    const expired = signedToken({ alg: 'HS256' }, { exp: NOW - 1 })
    await withPollution('leeway', 1e12, () => {
      expect(() => decode(expired, SECRET, ['HS256'], { now: () => NOW })).to.throw(
        ExpiredSignatureError,
      )
    })
  })

  it('alg: a token with no alg of its own is still refused', async () => {
    await withPollution('alg', 'HS256', () => {
      expect(() => decode(rawToken('{"typ":"JWT"}', '{}'), SECRET)).to.throw(InvalidAlgorithmError)
    })
  })

  it('exp: a token with no exp of its own is not judged by an inherited one', async () => {
    await withPollution('exp', 0, () => {
      expect(decode(rawToken('{"alg":"HS256"}', '{"sub":"x"}'), SECRET)).to.deep.equal({ sub: 'x' })
      expect(encode({ sub: 'x' }, SECRET)).to.be.a('string')
    })
  })

  for (const framework of FRAMEWORKS.filter(
    (each) => each.name === 'Express 5' || each.name === 'Koa 3',
  )) {
    it(`${framework.kind}: an inherited credentialsRequired: false does not let anonymous requests in`, async () => {
      await withPollution('credentialsRequired', false, async () => {
        const response = await request(framework.build(SECRET)).get('/claims')
        expect(response.status).to.equal(401)
      })
    })
  }
})
