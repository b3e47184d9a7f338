// What jwtAuth checks when it is built: a misconfiguration fails at start-up with a
// TypeError or RangeError, never a 401 on every request.
import { expect } from 'chai'
import { createSecretKey, generateKeyPairSync } from 'node:crypto'
import request from 'supertest'
import { PyJWTError } from '../../src/errors.js'
import { FRAMEWORKS } from '../support/apps.js'
import { HS256_HEADER, SECRET, signedToken } from '../support/tokens.js'

const SHORT_SECRET_CODE = 'JWT_HS256_SHORT_SECRET'

/** Runs `action` and returns the short-secret warnings Node emitted meanwhile. */
async function shortSecretWarnings(action: () => unknown): Promise<Error[]> {
  const seen: Error[] = []
  const listener = (warning: Error & { code?: string }): void => {
    if (warning.code === SHORT_SECRET_CODE) seen.push(warning)
  }
  process.on('warning', listener)
  try {
    await action()
    await new Promise((resolve) => setImmediate(resolve)) // warnings are emitted on the next tick
  } finally {
    process.off('warning', listener)
  }
  return seen
}

// Only the adapter's factory matters here, not the framework major: one of each kind.
for (const framework of FRAMEWORKS.filter(
  (each) => each.name === 'Express 5' || each.name === 'Koa 3',
)) {
  describe(`${framework.kind} jwtAuth when built`, () => {
    const misconfigurations: [
      string,
      unknown,
      Record<string, unknown>,
      typeof TypeError | typeof RangeError,
    ][] = [
      ['no secret', undefined, {}, TypeError],
      ['a null secret', null, {}, TypeError],
      ['an empty string secret', '', {}, TypeError],
      ['an empty buffer secret', Buffer.alloc(0), {}, TypeError],
      ['an empty KeyObject', createSecretKey(Buffer.alloc(0)), {}, TypeError],
      ['a number secret', 42, {}, TypeError],
      ['a public KeyObject', generateKeyPairSync('ed25519').publicKey, {}, TypeError],
      [
        'options that are not an object',
        SECRET,
        'strict' as unknown as Record<string, unknown>,
        TypeError,
      ],
      ['an unknown option', SECRET, { credentialRequired: false }, TypeError],
      ['algorithms without HS256', SECRET, { algorithms: ['HS512'] }, TypeError],
      ['algorithms not an array', SECRET, { algorithms: 'HS256' }, TypeError],
      ['a negative leeway', SECRET, { leeway: -5 }, RangeError],
      ['a non-finite leeway', SECRET, { leeway: Number.POSITIVE_INFINITY }, RangeError],
      ['a leeway in a string', SECRET, { leeway: '5' }, TypeError],
      ['credentialsRequired not a boolean', SECRET, { credentialsRequired: 'false' }, TypeError],
      ['respond not a boolean', SECRET, { respond: 0 }, TypeError],
      ['getToken not a function', SECRET, { getToken: 'cookie' }, TypeError],
      ['now not a function', SECRET, { now: 1 }, TypeError],
      ['maxTokenLength zero', SECRET, { maxTokenLength: 0 }, RangeError],
      ['realm not a string', SECRET, { realm: 7 }, TypeError],
      ['realm with a line break', SECRET, { realm: 'api\r\nSet-Cookie: x=1' }, TypeError],
      [
        `${framework.claimsOption} __proto__`,
        SECRET,
        { [framework.claimsOption]: '__proto__' },
        TypeError,
      ],
      [
        `${framework.claimsOption} constructor`,
        SECRET,
        { [framework.claimsOption]: 'constructor' },
        TypeError,
      ],
      [
        `${framework.claimsOption} prototype`,
        SECRET,
        { [framework.claimsOption]: 'prototype' },
        TypeError,
      ],
      [`${framework.claimsOption} empty`, SECRET, { [framework.claimsOption]: '' }, TypeError],
    ]
    for (const [what, secret, options, type] of misconfigurations) {
      it(`throws ${type.name} for ${what}`, () => {
        let thrown: unknown
        try {
          framework.jwtAuth(secret, options)
        } catch (error) {
          thrown = error
        }
        expect(thrown).to.be.instanceOf(type)
        expect(thrown).to.not.be.instanceOf(PyJWTError)
        if (typeof secret === 'string' && secret !== '')
          expect((thrown as Error).message).to.not.include(secret)
      })
    }

    it('accepts a 32-byte secret silently', async () => {
      expect(await shortSecretWarnings(() => framework.jwtAuth('x'.repeat(32)))).to.have.length(0)
    })

    it('counts the secret in UTF-8 bytes: 16 two-byte characters are 32 bytes', async () => {
      expect(await shortSecretWarnings(() => framework.jwtAuth('é'.repeat(16)))).to.have.length(0)
      expect(await shortSecretWarnings(() => framework.jwtAuth('é'.repeat(15)))).to.have.length(1)
    })

    it('warns once per middleware built for a short secret, with a code and without the key', async () => {
      const shortSecret = 'tiny-secret-1234'
      const warnings = await shortSecretWarnings(() => {
        framework.jwtAuth(shortSecret)
        framework.jwtAuth(Buffer.from(shortSecret))
      })
      expect(warnings).to.have.length(2)
      for (const warning of warnings) expect(warning.message).to.not.include(shortSecret)
    })

    it('does not warn for a short secret when the middleware fails to build', async () => {
      const warnings = await shortSecretWarnings(() => {
        expect(() =>
          framework.jwtAuth('tiny-secret-1234', { [framework.claimsOption]: '__proto__' }),
        ).to.throw(TypeError)
      })
      expect(warnings).to.have.length(0)
    })

    it('emits no warning on requests', async () => {
      const shortSecret = 'tiny-secret-1234'
      const token = signedToken(HS256_HEADER, { sub: 'x' }, shortSecret)
      const built: ReturnType<typeof framework.build>[] = []
      expect(
        await shortSecretWarnings(() => built.push(framework.build(shortSecret))),
      ).to.have.length(1)
      const [app] = built
      if (app === undefined) throw new Error('no app was built')
      const warnings = await shortSecretWarnings(async () => {
        const response = await request(app).get('/claims').set('Authorization', `Bearer ${token}`)
        expect(response.status).to.equal(200)
        await request(app).get('/claims')
      })
      expect(warnings).to.have.length(0)
    })
  })
}
