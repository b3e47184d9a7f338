// Interop both ways with PyJWT, the reference the error names come from.
//
// 1. Committed fixtures (test/fixtures/pyjwt/tokens.json, made by make_fixtures.py with
//    PyJWT 2.6): always run, with the clock fixed at the fixtures' `now`.
// 2. A live round trip through Debian's python3-jwt (/usr/bin/python3, not the `python3` on
//    PATH): one process for the whole batch, driven by test/fixtures/pyjwt/pyjwt_interop.py.
//    PyJWT cannot fix its clock, so these use the system clock with wide margins. Without
//    PyJWT these tests fail, on purpose: CI installs it.
import { expect } from 'chai'
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { decode, encode, ExpiredSignatureError, InvalidSignatureError } from '../../src/index.js'
import { BINARY_KEY, UNICODE_NESTED } from '../support/interop.js'

type Key = string | Uint8Array
type Claims = Record<string, unknown>

const PYTHON = '/usr/bin/python3'
const FIXTURES = new URL('../fixtures/pyjwt/', import.meta.url)
const SCRIPT = fileURLToPath(new URL('pyjwt_interop.py', FIXTURES))
const INSTALL = "install Debian's python3-jwt (apt-get install python3-jwt)"

const ERRORS = { ExpiredSignatureError, InvalidSignatureError }
type ErrorName = keyof typeof ERRORS

/** How keys travel to and from Python: text as is, bytes as base64. */
interface KeyFields {
  key?: string
  key_b64?: string
}

const keyFields = (key: Key): KeyFields =>
  typeof key === 'string' ? { key } : { key_b64: Buffer.from(key).toString('base64') }

function keyOf(fields: KeyFields): Key {
  if (fields.key_b64 !== undefined) return new Uint8Array(Buffer.from(fields.key_b64, 'base64'))
  if (fields.key !== undefined) return fields.key
  throw new Error('a key is missing')
}

function errorClass(name: string | undefined) {
  expect(name, 'error name').to.be.oneOf(Object.keys(ERRORS))
  return ERRORS[name as ErrorName]
}

describe('interop: PyJWT fixtures (test/fixtures/pyjwt/tokens.json)', () => {
  interface FixtureCase extends KeyFields {
    name: string
    token: string
    headers?: Record<string, string>
    payload?: Claims
    error?: string
  }
  const fixtures = JSON.parse(readFileSync(new URL('tokens.json', FIXTURES), 'utf8')) as {
    generator: string
    now: number
    cases: FixtureCase[]
  }
  const options = { now: () => fixtures.now }
  const valid = fixtures.cases.filter((c) => c.payload !== undefined)
  const refused = fixtures.cases.filter((c) => c.error !== undefined)

  it('were made by PyJWT 2 and cover both verdicts', () => {
    expect(fixtures.generator).to.match(/^PyJWT 2\./)
    expect(valid).to.have.length.of.at.least(8)
    expect(refused.map((c) => c.error)).to.include.members([
      'ExpiredSignatureError',
      'InvalidSignatureError',
    ])
  })

  for (const c of valid) {
    it(`${c.name}: decodes to the payload PyJWT verifies`, () => {
      const key = keyOf(c)
      expect(decode(c.token, key, ['HS256'], options)).to.deep.equal(c.payload)
      if (typeof key !== 'string') {
        expect(decode(c.token, Buffer.from(key), ['HS256'], options)).to.deep.equal(c.payload)
      }
    })
  }

  for (const c of refused) {
    it(`${c.name}: ${String(c.error)}, as in PyJWT`, () => {
      expect(() => decode(c.token, keyOf(c), ['HS256'], options)).to.throw(errorClass(c.error))
    })
  }

  // PyJWT writes compact JSON with its header keys sorted and non-ASCII as \u escapes; for an
  // ASCII payload and the default header, that is byte for byte what encode writes.
  for (const c of valid.filter(
    (c) => !c.headers && /^[\x20-\x7e]*$/.test(JSON.stringify(c.payload)),
  )) {
    it(`${c.name}: encode here gives PyJWT's very token`, () => {
      expect(encode(c.payload ?? {}, keyOf(c))).to.equal(c.token)
    })
  }
})

describe(`interop: PyJWT live (${PYTHON})`, () => {
  type Op = ({ op: 'encode'; payload: Claims } | { op: 'decode'; token: string }) & KeyFields
  interface Result {
    token?: string
    decoded?: Claims
    decode_error?: string
    payload?: Claims
    error?: string
  }

  const now = Math.floor(Date.now() / 1000)
  const KEYS: { label: string; key: Key; other: Key }[] = [
    { label: 'string key', key: 'a-test-secret-that-is-32-bytes-long!', other: 'another-one' },
    { label: 'non-ASCII string key', key: 'clé secrète 🔑 鍵', other: 'cle secrete 🔑 鍵' },
    { label: 'binary key', key: BINARY_KEY, other: BINARY_KEY.subarray(1) },
  ]
  const PAYLOADS: { label: string; payload: Claims }[] = [
    {
      label: 'unicode and nested claims, integer exp',
      payload: { ...UNICODE_NESTED, exp: now + 3600 },
    },
    { label: 'float exp', payload: { sub: 'camera-7', exp: now + 3600.25 } },
    { label: 'unicode claims, float exp', payload: { ...UNICODE_NESTED, exp: now + 7200.5 } },
    { label: 'no exp', payload: { ...UNICODE_NESTED } },
  ]
  const EXPIRED: { label: string; payload: Claims }[] = [
    { label: 'integer exp an hour ago', payload: { sub: 'camera-7', exp: now - 3600 } },
    { label: 'float exp an hour ago', payload: { sub: 'camera-7', exp: now - 3600.5 } },
  ]

  // Every exchange is queued under its test's label, then run in one Python process.
  const queue = new Map<string, Op>()
  for (const { label: keyLabel, key, other } of KEYS) {
    for (const { label, payload } of PAYLOADS) {
      queue.set(`theirs ${keyLabel} ${label}`, { op: 'encode', payload, ...keyFields(key) })
      const token = encode(payload, key)
      queue.set(`ours ${keyLabel} ${label}`, { op: 'decode', token, ...keyFields(key) })
    }
    for (const { label, payload } of EXPIRED) {
      queue.set(`theirs ${keyLabel} ${label}`, { op: 'encode', payload, ...keyFields(key) })
      const token = encode(payload, key)
      queue.set(`ours ${keyLabel} ${label}`, { op: 'decode', token, ...keyFields(key) })
    }
    const claims = { sub: 'camera-7', exp: now + 3600 }
    queue.set(`theirs ${keyLabel} other key`, {
      op: 'encode',
      payload: claims,
      ...keyFields(other),
    })
    const token = encode(claims, other)
    queue.set(`ours ${keyLabel} other key`, { op: 'decode', token, ...keyFields(key) })
  }

  let version = ''
  const results = new Map<string, Result>()
  function result(label: string): Result {
    const found = results.get(label)
    if (found === undefined) throw new Error(`PyJWT gave no result for ${label}`)
    return found
  }
  function theirToken(label: string): string {
    const { token } = result(label)
    if (token === undefined) throw new Error(`PyJWT issued no token for ${label}`)
    return token
  }

  before(() => {
    const probe = spawnSync(PYTHON, ['-c', 'import jwt'], { encoding: 'utf8' })
    if (probe.status !== 0) {
      const why = probe.error?.message ?? probe.stderr.trim().split('\n').pop() ?? ''
      throw new Error(`PyJWT is not importable by ${PYTHON} (${why}): ${INSTALL}`)
    }
    const input = JSON.stringify({ ops: [...queue.values()] })
    const stdout = execFileSync(PYTHON, [SCRIPT], { input, encoding: 'utf8', timeout: 15_000 })
    const response = JSON.parse(stdout) as { version: string; results: Result[] }
    version = response.version
    expect(response.results).to.have.length(queue.size)
    ;[...queue.keys()].forEach((label, i) => results.set(label, response.results[i] ?? {}))
  })

  it('runs PyJWT 2', () => {
    expect(version).to.match(/^2\./)
  })

  for (const { label: keyLabel, key } of KEYS) {
    describe(keyLabel, () => {
      for (const { label, payload } of PAYLOADS) {
        it(`theirs, ${label}: decodes here to the payload PyJWT verifies`, () => {
          const { decoded } = result(`theirs ${keyLabel} ${label}`)
          expect(decoded).to.deep.equal(payload)
          expect(decode(theirToken(`theirs ${keyLabel} ${label}`), key)).to.deep.equal(decoded)
        })

        it(`ours, ${label}: PyJWT decodes the same payload`, () => {
          expect(result(`ours ${keyLabel} ${label}`)).to.deep.equal({ payload })
        })
      }

      for (const { label } of EXPIRED) {
        it(`theirs, ${label}: ExpiredSignatureError here, as in PyJWT`, () => {
          const theirs = result(`theirs ${keyLabel} ${label}`)
          expect(theirs.decode_error).to.equal('ExpiredSignatureError')
          const token = theirToken(`theirs ${keyLabel} ${label}`)
          expect(() => decode(token, key)).to.throw(ExpiredSignatureError)
        })

        it(`ours, ${label}: PyJWT refuses it as expired`, () => {
          expect(result(`ours ${keyLabel} ${label}`)).to.deep.equal({
            error: 'ExpiredSignatureError',
          })
        })
      }

      it('theirs, signed with another key: InvalidSignatureError here', () => {
        const token = theirToken(`theirs ${keyLabel} other key`)
        expect(() => decode(token, key)).to.throw(InvalidSignatureError)
      })

      it('ours, signed with another key: PyJWT refuses its signature', () => {
        expect(result(`ours ${keyLabel} other key`)).to.deep.equal({
          error: 'InvalidSignatureError',
        })
      })
    })
  }
})
