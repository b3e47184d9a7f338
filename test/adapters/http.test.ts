// The HTTP contract of "The adapters", run identically on Express 5 and 4 and Koa 3 and 2.
import { expect } from 'chai'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import request from 'supertest'
import { FRAMEWORKS } from '../support/apps.js'
import { at, b64, HS256_HEADER, NOW, rawToken, SECRET, signedToken } from '../support/tokens.js'

const CLAIMS = { sub: 'user-1', role: 'viewer', exp: NOW + 60 }
const valid = signedToken(HS256_HEADER, CLAIMS)
const expired = signedToken(HS256_HEADER, { sub: 'user-1', exp: NOW - 1 })
const forged = signedToken(HS256_HEADER, CLAIMS, 'not-the-secret-but-32-bytes-long!!')
const algNone = `${b64('{"alg":"none"}')}.${b64(JSON.stringify(CLAIMS))}.`
const withCrit = signedToken({ ...HS256_HEADER, crit: ['x'] }, CLAIMS)
const fixedClock = at(NOW)

const INVALID_TOKEN = /^Bearer error="invalid_token", error_description="[^"\\]*(\\.[^"\\]*)*"$/

for (const framework of FRAMEWORKS) {
  describe(`${framework.name} jwtAuth over HTTP`, () => {
    const app = framework.build(SECRET, fixedClock)

    it('answers 200 with the claims for a valid token', async () => {
      const response = await request(app).get('/claims').set('Authorization', `Bearer ${valid}`)
      expect(response.status).to.equal(200)
      expect(response.body).to.deep.equal({ claims: CLAIMS })
    })

    describe('rejections', () => {
      const cases: [string, Record<string, string>, string, string | RegExp][] = [
        ['no Authorization header', {}, 'MissingTokenError', 'Bearer'],
        ['an empty Authorization header', { Authorization: '' }, 'MissingTokenError', 'Bearer'],
        [
          'the Basic scheme',
          { Authorization: 'Basic dXNlcjpwYXNz' },
          'MissingTokenError',
          'Bearer',
        ],
        [
          'Bearer with no token',
          { Authorization: 'Bearer' },
          'InvalidTokenError',
          /^Bearer error="invalid_request", /,
        ],
        [
          'a tab after Bearer',
          { Authorization: `Bearer\t${valid}` },
          'InvalidTokenError',
          /error="invalid_request"/,
        ],
        [
          'trailing junk',
          { Authorization: `Bearer ${valid} junk` },
          'InvalidTokenError',
          /error="invalid_request"/,
        ],
        [
          'two tokens',
          { Authorization: `Bearer ${valid} ${valid}` },
          'InvalidTokenError',
          /error="invalid_request"/,
        ],
        [
          'a b64token that is not base64url',
          { Authorization: 'Bearer abc~def' },
          'InvalidTokenError',
          INVALID_TOKEN,
        ],
        [
          'an expired token',
          { Authorization: `Bearer ${expired}` },
          'ExpiredSignatureError',
          INVALID_TOKEN,
        ],
        [
          'a forged token',
          { Authorization: `Bearer ${forged}` },
          'InvalidSignatureError',
          INVALID_TOKEN,
        ],
        [
          'alg none',
          { Authorization: `Bearer ${algNone}` },
          'InvalidAlgorithmError',
          INVALID_TOKEN,
        ],
        [
          'a crit header',
          { Authorization: `Bearer ${withCrit}` },
          'InvalidTokenError',
          INVALID_TOKEN,
        ],
      ]
      for (const [what, headers, errorName, challenge] of cases) {
        it(`answers 401 ${errorName} for ${what}`, async () => {
          const response = await request(app).get('/claims').set(headers)
          expect(response.status).to.equal(401)
          expect(response.headers['content-type']).to.match(/^application\/json/)
          expect(response.body).to.have.keys('error', 'message')
          expect(response.body.error).to.equal(errorName)
          expect(response.body.message).to.be.a('string').and.not.include(SECRET)
          const header = response.headers['www-authenticate'] as string
          if (typeof challenge === 'string') expect(header).to.equal(challenge)
          else expect(header).to.match(challenge)
          expect(header).to.not.include(valid)
        })
      }

      it('describes the failure in error_description, escaping quotes', async () => {
        const response = await request(app)
          .get('/claims')
          .set('Authorization', `Bearer ${withCrit}`)
        expect(response.headers['www-authenticate']).to.equal(
          `Bearer error="invalid_token", error_description="${(response.body as { message: string }).message.replace(/"/g, '\\"')}"`,
        )
        expect(response.headers['www-authenticate']).to.include('\\"crit\\"')
      })

      it('never reads the token from the query string', async () => {
        const response = await request(app).get(`/claims?access_token=${valid}&token=${valid}`)
        expect(response.status).to.equal(401)
        expect(response.body.error).to.equal('MissingTokenError')
      })
    })

    describe('the Authorization header', () => {
      for (const header of [`bearer ${valid}`, `BEARER ${valid}`, `Bearer     ${valid}`]) {
        it(`accepts ${JSON.stringify(header.slice(0, 12))}…`, async () => {
          const response = await request(app).get('/claims').set('Authorization', header)
          expect(response.status).to.equal(200)
        })
      }

      it('answers a 100 KB header without a crash: 431 from Node by default', async () => {
        const response = await request(app)
          .get('/claims')
          .set('Authorization', `Bearer ${'a'.repeat(100_000)}`)
        expect(response.status).to.equal(431)
      })

      it('answers a 100 KB header with 401 when the server allows such headers', async () => {
        const server = createServer({ maxHeaderSize: 256 * 1024 }, app)
        const response = await request(server)
          .get('/claims')
          .set('Authorization', `Bearer ${'a'.repeat(100_000)}`)
        expect(response.status).to.equal(401)
        expect(response.body).to.include({ error: 'InvalidTokenError' })
      })
    })

    describe('errors that are not ours', () => {
      for (const path of ['/fail-sync', '/fail-async']) {
        it(`leaves an app error from ${path} to the app’s error handling`, async () => {
          const response = await request(app).get(path).set('Authorization', `Bearer ${valid}`)
          expect(response.status).to.equal(500)
          expect(response.body).to.deep.include({ name: 'AppFailure', status: null })
          expect(response.headers).to.not.have.property('www-authenticate')
        })
      }

      it('leaves a PyJWTError raised by a later handler to the app, never a 401', async () => {
        const response = await request(app)
          .get('/fail-pyjwt')
          .set('Authorization', `Bearer ${valid}`)
        expect(response.status).to.equal(500)
        expect(response.body).to.deep.include({
          name: 'InvalidSignatureError',
          appError: 'raised by the app',
        })
      })
    })

    describe('CORS preflight', () => {
      it('lets a preflight through without claims', async () => {
        const response = await request(app)
          .options('/claims')
          .set('Origin', 'https://app.example')
          .set('Access-Control-Request-Method', 'GET')
        expect(response.status).to.equal(200)
        expect(response.body).to.deep.equal({ claims: null })
      })

      it('lets a preflight through without claims even with a token', async () => {
        const response = await request(app)
          .options('/claims')
          .set('Access-Control-Request-Method', 'GET')
          .set('Authorization', `Bearer ${valid}`)
        expect(response.body).to.deep.equal({ claims: null })
      })

      it('requires a token for a GET that carries Access-Control-Request-Method', async () => {
        const response = await request(app)
          .get('/claims')
          .set('Access-Control-Request-Method', 'GET')
        expect(response.status).to.equal(401)
      })

      it('requires a token for any other OPTIONS', async () => {
        const response = await request(app).options('/claims')
        expect(response.status).to.equal(401)
      })
    })

    describe('options', () => {
      it('realm: adds realm="…", escaping quotes and backslashes', async () => {
        const realmed = framework.build(SECRET, { ...fixedClock, realm: 'api "v1" \\ main' })
        const missing = await request(realmed).get('/claims')
        expect(missing.headers['www-authenticate']).to.equal(
          'Bearer realm="api \\"v1\\" \\\\ main"',
        )
        const bad = await request(realmed).get('/claims').set('Authorization', `Bearer ${forged}`)
        expect(bad.headers['www-authenticate']).to.match(
          /^Bearer realm="api \\"v1\\" \\\\ main", error="invalid_token", error_description="/,
        )
      })

      describe('credentialsRequired: false', () => {
        const optional = framework.build(SECRET, { ...fixedClock, credentialsRequired: false })
        for (const [what, headers] of [
          ['no header', {}],
          ['another scheme', { Authorization: 'Basic dXNlcjpwYXNz' }],
        ] as const) {
          it(`lets ${what} through without claims`, async () => {
            const response = await request(optional).get('/claims').set(headers)
            expect(response.status).to.equal(200)
            expect(response.body).to.deep.equal({ claims: null })
          })
        }

        it('still gives the claims of a valid token', async () => {
          const response = await request(optional)
            .get('/claims')
            .set('Authorization', `Bearer ${valid}`)
          expect(response.body).to.deep.equal({ claims: CLAIMS })
        })

        for (const [what, header, errorName] of [
          ['Bearer with nothing after it', 'Bearer', 'InvalidTokenError'],
          ['an invalid token', `Bearer ${forged}`, 'InvalidSignatureError'],
          ['an expired token', `Bearer ${expired}`, 'ExpiredSignatureError'],
        ] as const) {
          it(`still refuses ${what}`, async () => {
            const response = await request(optional).get('/claims').set('Authorization', header)
            expect(response.status).to.equal(401)
            expect(response.body.error).to.equal(errorName)
          })
        }
      })

      describe('getToken', () => {
        const fromCookie = (source: unknown): string | undefined => {
          const headers = (source as { headers: Record<string, string | undefined> }).headers
          return /(?:^|; )token=([^;]*)/.exec(headers.cookie ?? '')?.[1]
        }

        it('reads the token from where getToken says, synchronously', async () => {
          const cookieApp = framework.build(SECRET, { ...fixedClock, getToken: fromCookie })
          const response = await request(cookieApp)
            .get('/claims')
            .set('Cookie', `a=1; token=${valid}`)
          expect(response.body).to.deep.equal({ claims: CLAIMS })
        })

        it('awaits a getToken that returns a promise', async () => {
          const cookieApp = framework.build(SECRET, {
            ...fixedClock,
            getToken: async (source: unknown) => {
              await new Promise((resolve) => setTimeout(resolve, 5))
              return fromCookie(source)
            },
          })
          const ok = await request(cookieApp).get('/claims').set('Cookie', `token=${valid}`)
          expect(ok.body).to.deep.equal({ claims: CLAIMS })
          const bad = await request(cookieApp).get('/claims').set('Cookie', `token=${forged}`)
          expect(bad.status).to.equal(401)
          expect(bad.body.error).to.equal('InvalidSignatureError')
        })

        it('replaces the Authorization header as the source', async () => {
          const cookieApp = framework.build(SECRET, { ...fixedClock, getToken: fromCookie })
          const response = await request(cookieApp)
            .get('/claims')
            .set('Authorization', `Bearer ${valid}`)
          expect(response.status).to.equal(401)
          expect(response.body.error).to.equal('MissingTokenError')
          expect(response.headers['www-authenticate']).to.equal('Bearer')
        })

        it('treats null as no token, which credentialsRequired: false lets through', async () => {
          const optional = framework.build(SECRET, {
            credentialsRequired: false,
            getToken: () => null,
          })
          const response = await request(optional).get('/claims')
          expect(response.body).to.deep.equal({ claims: null })
        })

        for (const [what, getToken] of [
          [
            'throws',
            () => {
              throw new Error('cookie store down')
            },
          ],
          ['rejects', () => Promise.reject(new Error('cookie store down'))],
          [
            'throws a PyJWTError of its own',
            async () => {
              const { InvalidTokenError } = await import('../../src/errors.js')
              throw new InvalidTokenError('cookie store down')
            },
          ],
          ['returns a number', () => 42],
        ] as const) {
          it(`hands the app’s error handling the error when getToken ${what}, never a 401`, async () => {
            const failing = framework.build(SECRET, { getToken })
            const response = await request(failing)
              .get('/claims')
              .set('Authorization', `Bearer ${valid}`)
            expect(response.status).to.equal(500)
            expect(response.headers).to.not.have.property('www-authenticate')
          })
        }
      })

      it(`${framework.claimsOption}: puts the claims where it says`, async () => {
        const custom = framework.build(
          SECRET,
          { ...fixedClock, [framework.claimsOption]: 'jwt' },
          { claimsAt: 'jwt' },
        )
        const response = await request(custom)
          .get('/claims')
          .set('Authorization', `Bearer ${valid}`)
        expect(response.body).to.deep.equal({ claims: CLAIMS })
      })

      it('algorithms, leeway, now and maxTokenLength reach decode', async () => {
        const lenient = framework.build(SECRET, {
          algorithms: ['HS256', 'HS512'],
          leeway: 10,
          now: () => NOW + 5,
        })
        const accepted = await request(lenient)
          .get('/claims')
          .set('Authorization', `Bearer ${expired}`)
        expect(accepted.status).to.equal(200)
        const short = framework.build(SECRET, { ...fixedClock, maxTokenLength: valid.length - 1 })
        const refused = await request(short).get('/claims').set('Authorization', `Bearer ${valid}`)
        expect(refused.status).to.equal(401)
        expect(refused.body.error).to.equal('InvalidTokenError')
      })

      describe('respond: false', () => {
        it('hands the error, dressed as a 401, to the app’s error handler', async () => {
          const handing = framework.build(SECRET, { ...fixedClock, respond: false })
          const response = await request(handing)
            .get('/claims')
            .set('Authorization', `Bearer ${expired}`)
          expect(response.body).to.deep.equal({
            appError: 'The token has expired',
            name: 'ExpiredSignatureError',
            status: 401,
          })
        })

        for (const [what, headers, challenge] of [
          ['a missing token', {}, 'Bearer realm="api"'],
          [
            'a bad token',
            { Authorization: `Bearer ${forged}` },
            'Bearer realm="api", error="invalid_token", error_description="Signature verification failed"',
          ],
        ] as const) {
          it(`lets the framework's default handler answer 401 with the challenge for ${what}`, async () => {
            const handing = framework.build(
              SECRET,
              { realm: 'api', respond: false },
              { defaultErrorHandling: true },
            )
            const response = await request(handing).get('/claims').set(headers)
            expect(response.status).to.equal(401)
            expect(response.headers['www-authenticate']).to.equal(challenge)
          })
        }
      })
    })

    it('answers 200 concurrent requests mixing valid, expired, forged and missing tokens, with no 5xx', async function () {
      this.timeout(30_000)
      const server: Server = createServer(app)
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const { port } = server.address() as AddressInfo
      const kinds = [
        [valid, 200],
        [expired, 401],
        [forged, 401],
        [undefined, 401],
      ] as const
      try {
        const results = await Promise.all(
          Array.from({ length: 200 }, async (_, index) => {
            const [token, expected] = kinds[index % kinds.length] ?? kinds[0]
            const response = await fetch(`http://127.0.0.1:${String(port)}/claims`, {
              headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
            })
            await response.arrayBuffer()
            return { expected, status: response.status }
          }),
        )
        expect(results.filter((result) => result.status >= 500)).to.deep.equal([])
        expect(results.filter((result) => result.status !== result.expected)).to.deep.equal([])
      } finally {
        server.closeAllConnections()
        await new Promise((resolve) => server.close(resolve))
      }
    })
  })
}

describe('a token with a unicode payload over HTTP', () => {
  it('arrives intact on every framework', async () => {
    const token = rawToken(
      '{"typ": "JWT", "alg": "HS256"}',
      '{"sub": "caméra-7 🙂", "exp": 1700000060.5}',
    )
    for (const framework of FRAMEWORKS) {
      const response = await request(framework.build(SECRET, fixedClock))
        .get('/claims')
        .set('Authorization', `Bearer ${token}`)
      expect(response.body, framework.name).to.deep.equal({
        claims: { sub: 'caméra-7 🙂', exp: 1700000060.5 },
      })
    }
  })
})
