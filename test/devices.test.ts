// Tokens as the camera boards' MicroPython module mints them: spaces in the JSON, typ
// before alg, exp a float. Fixtures made by test/fixtures/device/mint_device_tokens.py.
import { expect } from 'chai'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import request from 'supertest'
import { decode, ExpiredSignatureError, InvalidSignatureError } from '../src/index.js'
import { FRAMEWORKS } from './support/apps.js'

const SCRIPT = 'test/fixtures/device/mint_device_tokens.py'
const FIXTURES = 'test/fixtures/device/tokens.json'

interface DeviceFixtures {
  secret: string
  now: number
  tokens: Record<
    'valid' | 'expired' | 'unicode' | 'no-exp',
    { token: string; claims: Record<string, unknown> }
  >
}

const fixtures = JSON.parse(readFileSync(FIXTURES, 'utf8')) as DeviceFixtures
const { secret, now, tokens } = fixtures
const onTheBoardsClock = { now: () => now }

describe('tokens from small devices', () => {
  it('are what the committed script mints', () => {
    expect(JSON.parse(execFileSync('python3', [SCRIPT], { encoding: 'utf8' }))).to.deep.equal(
      fixtures,
    )
  })

  it('are written the device way: spaced JSON, typ before alg, float exp', () => {
    const [header = '', payload = ''] = tokens.valid.token.split('.')
    expect(Buffer.from(header, 'base64url').toString()).to.equal('{"typ": "JWT", "alg": "HS256"}')
    expect(Buffer.from(payload, 'base64url').toString()).to.match(
      /^\{"sub": "camera-7", .*"exp": \d+\.\d+\}$/,
    )
  })

  for (const name of ['valid', 'unicode', 'no-exp'] as const) {
    it(`decode verifies the ${name} token to its claims`, () => {
      expect(decode(tokens[name].token, secret, ['HS256'], onTheBoardsClock)).to.deep.equal(
        tokens[name].claims,
      )
    })
  }

  it('decode refuses the expired token, and the valid one once its float exp has passed', () => {
    expect(() => decode(tokens.expired.token, secret, ['HS256'], onTheBoardsClock)).to.throw(
      ExpiredSignatureError,
    )
    const exp = tokens.valid.claims.exp as number
    expect(
      decode(tokens.valid.token, secret, ['HS256'], { now: () => exp - 0.000_01 }),
    ).to.have.property('exp', exp)
    expect(() => decode(tokens.valid.token, secret, ['HS256'], { now: () => exp })).to.throw(
      ExpiredSignatureError,
    )
  })

  it('decode refuses a device token under another secret', () => {
    expect(() =>
      decode(tokens.valid.token, `${secret}-rotated`, ['HS256'], onTheBoardsClock),
    ).to.throw(InvalidSignatureError)
  })

  for (const framework of FRAMEWORKS) {
    it(`pass through ${framework.name} jwtAuth, and the expired one is a 401`, async () => {
      const app = framework.build(secret, onTheBoardsClock)
      for (const name of ['valid', 'unicode', 'no-exp'] as const) {
        const response = await request(app)
          .get('/claims')
          .set('Authorization', `Bearer ${tokens[name].token}`)
        expect(response.status, name).to.equal(200)
        expect(response.body, name).to.deep.equal({ claims: tokens[name].claims })
      }
      const expired = await request(app)
        .get('/claims')
        .set('Authorization', `Bearer ${tokens.expired.token}`)
      expect(expired.status).to.equal(401)
      expect(expired.body.error).to.equal('ExpiredSignatureError')
    })
  }
})
