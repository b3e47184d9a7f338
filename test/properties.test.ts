// Property-based tests (fast-check). More than 100,000 generated cases per run; the seed
// is printed so a failure can be replayed with FC_SEED=<seed> npm run test:unit.
import { expect } from 'chai'
import fc from 'fast-check'
import { authenticate, decode, encode, InvalidSignatureError, PyJWTError } from '../src/index.js'
import { SECRET } from './support/tokens.js'

const seed =
  process.env.FC_SEED === undefined
    ? Date.now() ^ (Math.random() * 2 ** 31)
    : Number(process.env.FC_SEED)
const RUNS = {
  roundTrip: 20_000,
  mutation: 30_000,
  strings: 20_000,
  segments: 20_000,
  nonStrings: 5_000,
  headers: 10_000,
}

/** The property: the action returns, or throws a PyJWTError and nothing else. */
function onlyTokenErrors(action: () => unknown): boolean {
  try {
    action()
  } catch (error) {
    return error instanceof PyJWTError
  }
  return true
}

function refused(token: string): boolean {
  try {
    decode(token, SECRET)
  } catch (error) {
    return error instanceof PyJWTError
  }
  return false
}

const base64urlText = fc
  .base64String()
  .map((text) => text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'))
const tokenShaped = fc
  .tuple(base64urlText, base64urlText, base64urlText)
  .map((parts) => parts.join('.'))
const byteSoup = fc
  .tuple(fc.uint8Array(), fc.uint8Array(), fc.uint8Array())
  .map((parts) => parts.map((bytes) => Buffer.from(bytes).toString('base64url')).join('.'))
/** Any JSON object, as JSON would give it back (so `-0` and `__proto__` compare fairly). */
const jsonObject = fc
  .dictionary(fc.string(), fc.jsonValue())
  .map((value) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>)
  .filter((claims) => !Object.hasOwn(claims, 'exp'))
const TOKEN_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ '

describe(`properties (fast-check seed ${String(seed)})`, () => {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort()

  before(() => {
    fc.configureGlobal({ seed })
    console.log(`      fast-check seed ${String(seed)}; replay with FC_SEED=${String(seed)}`)
  })

  after(() => {
    fc.resetConfigureGlobal()
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeBefore)
  })

  it(`decode(encode(payload)) deep-equals the payload for arbitrary JSON objects (${String(RUNS.roundTrip)} cases)`, () => {
    fc.assert(
      fc.property(
        jsonObject,
        fc.oneof(fc.string({ minLength: 1 }), fc.uint8Array({ minLength: 1 })),
        (claims, key) => {
          expect(decode(encode(claims, key), key)).to.deep.equal(claims)
        },
      ),
      { numRuns: RUNS.roundTrip },
    )
  })

  it(`any one-character change, insertion or deletion of a valid token is refused (${String(RUNS.mutation)} cases)`, () => {
    const mutation = fc.record({
      claims: jsonObject,
      kind: fc.constantFrom('change', 'insert', 'delete'),
      position: fc.nat(),
      character: fc.constantFrom(...Array.from(TOKEN_CHARACTERS)),
    })
    fc.assert(
      fc.property(mutation, ({ claims, kind, position, character }) => {
        const token = encode(claims, SECRET)
        const at = position % (token.length + (kind === 'insert' ? 1 : 0))
        const mutated =
          kind === 'insert'
            ? token.slice(0, at) + character + token.slice(at)
            : kind === 'delete'
              ? token.slice(0, at) + token.slice(at + 1)
              : token.slice(0, at) + character + token.slice(at + 1)
        fc.pre(mutated !== token)
        return refused(mutated)
      }),
      { numRuns: RUNS.mutation },
    )
  })

  it(`arbitrary strings raise only PyJWTError (${String(RUNS.strings)} cases)`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) =>
        onlyTokenErrors(() => decode(text, SECRET)),
      ),
      { numRuns: RUNS.strings },
    )
  })

  it(`three segments of base64url junk or byte soup raise only PyJWTError (${String(RUNS.segments)} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(tokenShaped, byteSoup), (token) =>
        onlyTokenErrors(() => decode(token, SECRET)),
      ),
      { numRuns: RUNS.segments },
    )
  })

  it(`arbitrary non-strings raise only PyJWTError (${String(RUNS.nonStrings)} cases)`, () => {
    fc.assert(
      fc.property(fc.anything(), (value) => onlyTokenErrors(() => decode(value as string, SECRET))),
      { numRuns: RUNS.nonStrings },
    )
  })

  it(`arbitrary Authorization headers raise only PyJWTError (${String(RUNS.headers)} cases)`, () => {
    const header = fc.oneof(
      fc.string(),
      tokenShaped.map((token) => `Bearer ${token}`),
      fc
        .tuple(fc.constantFrom('Bearer', 'bearer', 'Basic', ''), fc.string())
        .map(([scheme, rest]) => scheme + rest),
    )
    fc.assert(
      fc.property(header, (value) => onlyTokenErrors(() => authenticate(value, SECRET))),
      { numRuns: RUNS.headers },
    )
  })

  it('a signature from any other key is refused', () => {
    fc.assert(
      fc.property(jsonObject, fc.string({ minLength: 1 }), (claims, key) => {
        fc.pre(key !== SECRET)
        expect(() => decode(encode(claims, key), SECRET)).to.throw(InvalidSignatureError)
      }),
      { numRuns: 1_000 },
    )
  })
})
