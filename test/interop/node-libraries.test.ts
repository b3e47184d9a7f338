// Interop both ways with the JWT libraries of the Node ecosystem (contract: "Tokens from small
// devices"): tokens they issue with HS256 decode here to what they verify themselves, tokens
// issued here verify there, and each side refuses the other's expired or wrongly keyed tokens.
// Every clock is fixed at NOW, so nothing here depends on when the suite runs.
import { expect } from 'chai'
import { createSigner, createVerifier, TokenError } from 'fast-jwt'
import * as jose from 'jose'
import jsonwebtoken from 'jsonwebtoken'
import { readFileSync } from 'node:fs'
import { decode, encode, ExpiredSignatureError, InvalidSignatureError } from '../../src/index.js'
import { at, NOW, SECRET } from '../support/tokens.js'
import { BINARY_KEY, UNICODE_NESTED } from '../support/interop.js'

type Key = string | Uint8Array
type Claims = Record<string, unknown>

interface Library {
  name: string
  /** Whether the library lets a caller issue a fractional `exp`. */
  issuesFloatExp: boolean
  /** Issues an HS256 token for `payload` (the library may add claims, such as `iat`). */
  sign(payload: Claims, key: Key): Promise<string>
  /** Verifies with HS256 only, the clock at NOW; resolves to the payload it accepts. */
  verify(token: string, key: Key): Promise<unknown>
  isExpired(error: unknown): boolean
  isBadSignature(error: unknown): boolean
}

function versionOf(name: string): string {
  const url = new URL(`../../node_modules/${name}/package.json`, import.meta.url)
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version
}

/** jose takes bytes only; a text key is its UTF-8 encoding, as everywhere else. */
const bytes = (key: Key): Uint8Array => (typeof key === 'string' ? Buffer.from(key, 'utf8') : key)
/** jsonwebtoken and fast-jwt are typed for string or Buffer keys. */
const bufferable = (key: Key): string | Buffer => (typeof key === 'string' ? key : Buffer.from(key))
/** A synchronous call as a promise: what it throws becomes the rejection. */
const promised = <T>(call: () => T): Promise<T> =>
  new Promise((resolve) => {
    resolve(call())
  })

const LIBRARIES: Library[] = [
  {
    name: 'jsonwebtoken',
    issuesFloatExp: true,
    sign: (payload, key) =>
      promised(() => jsonwebtoken.sign({ ...payload }, bufferable(key), { algorithm: 'HS256' })),
    verify: (token, key) =>
      promised(() =>
        jsonwebtoken.verify(token, bufferable(key), { algorithms: ['HS256'], clockTimestamp: NOW }),
      ),
    isExpired: (error) => error instanceof jsonwebtoken.TokenExpiredError,
    isBadSignature: (error) =>
      error instanceof jsonwebtoken.JsonWebTokenError && error.message === 'invalid signature',
  },
  {
    name: 'jose',
    issuesFloatExp: true,
    sign: (payload, key) =>
      new jose.SignJWT({ ...payload }).setProtectedHeader({ alg: 'HS256' }).sign(bytes(key)),
    verify: async (token, key) => {
      const options = { algorithms: ['HS256'], currentDate: new Date(NOW * 1000) }
      return (await jose.jwtVerify(token, bytes(key), options)).payload
    },
    isExpired: (error) => error instanceof jose.errors.JWTExpired,
    isBadSignature: (error) => error instanceof jose.errors.JWSSignatureVerificationFailed,
  },
  {
    name: 'fast-jwt',
    // Its signer refuses a fractional exp: "The exp claim must be a positive integer."
    issuesFloatExp: false,
    sign: (payload, key) => {
      const options = {
        key: bufferable(key),
        algorithm: 'HS256' as const,
        clockTimestamp: NOW * 1000,
      }
      return promised(() => createSigner(options)(payload))
    },
    verify: (token, key) => {
      const options = {
        key: bufferable(key),
        algorithms: ['HS256' as const],
        clockTimestamp: NOW * 1000,
      }
      return promised((): unknown => createVerifier(options)(token))
    },
    isExpired: (error) => error instanceof TokenError && error.code === TokenError.codes.expired,
    isBadSignature: (error) =>
      error instanceof TokenError && error.code === TokenError.codes.invalidSignature,
  },
]

const KEYS: { label: string; key: Key; other: Key }[] = [
  { label: 'string key', key: SECRET, other: 'another-secret-that-is-32-bytes-!!' },
  { label: 'non-ASCII string key', key: 'clé secrète 🔑 鍵', other: 'cle secrete 🔑 鍵' },
  {
    label: 'Uint8Array key',
    key: BINARY_KEY,
    other: BINARY_KEY.map((byte, i) => (i === 0 ? 1 : byte)),
  },
  { label: 'Buffer key', key: Buffer.from(BINARY_KEY), other: Buffer.from(BINARY_KEY.subarray(1)) },
]

const PAYLOADS: { label: string; payload: Claims; floatExp?: true }[] = [
  {
    label: 'unicode and nested claims, integer exp',
    payload: { ...UNICODE_NESTED, exp: NOW + 60 },
  },
  { label: 'float exp', payload: { sub: 'camera-7', exp: NOW + 3600.25 }, floatExp: true },
  {
    label: 'unicode claims, float exp',
    payload: { ...UNICODE_NESTED, exp: NOW + 0.5 },
    floatExp: true,
  },
  { label: 'no exp', payload: { ...UNICODE_NESTED } },
]
const EXPIRED: { label: string; payload: Claims; floatExp?: true }[] = [
  { label: 'integer exp in the past', payload: { sub: 'camera-7', exp: NOW - 1 } },
  { label: 'float exp just past', payload: { sub: 'camera-7', exp: NOW - 0.25 }, floatExp: true },
]

/** The rejection of `promise`, failing the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  expect.fail('expected the library to refuse the token')
}

const here = (token: string, key: Key) => decode(token, key, ['HS256'], at(NOW))

for (const library of LIBRARIES) {
  describe(`interop: ${library.name} ${versionOf(library.name)}`, () => {
    const issuable = <T extends { floatExp?: true }>(cases: T[]) =>
      cases.filter((c) => library.issuesFloatExp || c.floatExp === undefined)

    describe('their HS256 tokens decode here', () => {
      for (const { label: keyLabel, key } of KEYS) {
        for (const { label, payload } of issuable(PAYLOADS)) {
          it(`${keyLabel}, ${label}: the payload they verify`, async () => {
            const token = await library.sign(payload, key)
            const theirs = await library.verify(token, key)
            expect(theirs).to.deep.include(payload)
            expect(here(token, key)).to.deep.equal(theirs)
          })
        }
      }

      for (const { label, payload } of issuable(EXPIRED)) {
        it(`${label}: ExpiredSignatureError, as there`, async () => {
          const token = await library.sign(payload, SECRET)
          expect(library.isExpired(await rejection(library.verify(token, SECRET)))).to.equal(true)
          expect(() => here(token, SECRET)).to.throw(ExpiredSignatureError)
        })
      }

      for (const { label: keyLabel, key, other } of KEYS) {
        it(`${keyLabel}, signed with another key: InvalidSignatureError`, async () => {
          const token = await library.sign({ sub: 'camera-7', exp: NOW + 60 }, other)
          expect(() => here(token, key)).to.throw(InvalidSignatureError)
        })
      }
    })

    if (!library.issuesFloatExp) {
      it('cannot issue a float exp (a limit of the library: the other direction is tested)', async () => {
        const error = await rejection(library.sign({ exp: NOW + 3600.25 }, SECRET))
        expect(error).to.be.instanceOf(Error).with.property('message').that.matches(/exp/)
      })
    }

    describe('tokens issued here verify there', () => {
      for (const { label: keyLabel, key } of KEYS) {
        for (const { label, payload } of PAYLOADS) {
          it(`${keyLabel}, ${label}: the same payload`, async () => {
            const token = encode(payload, key)
            expect(await library.verify(token, key)).to.deep.equal(payload)
          })
        }
      }

      for (const { label, payload } of EXPIRED) {
        it(`${label}: refused as expired`, async () => {
          const token = encode(payload, SECRET)
          expect(library.isExpired(await rejection(library.verify(token, SECRET)))).to.equal(true)
        })
      }

      for (const { label: keyLabel, key, other } of KEYS) {
        it(`${keyLabel}, verified with another key: refused for its signature`, async () => {
          const token = encode({ sub: 'camera-7', exp: NOW + 60 }, other)
          const error = await rejection(library.verify(token, key))
          expect(library.isBadSignature(error)).to.equal(true)
        })
      }
    })
  })
}
