// Programmer mistakes are TypeError or RangeError, never a PyJWTError that a
// middleware could turn into a 401.
import { expect } from 'chai'
import { generateKeyPairSync, createSecretKey } from 'node:crypto'
import { authenticate, decode, encode, PyJWTError } from '../src/index.js'
import { HS256_HEADER, SECRET, signedToken } from './support/tokens.js'

const token = signedToken(HS256_HEADER, { a: 1 })

function expectMisuse(action: () => unknown, type: typeof TypeError | typeof RangeError): void {
  let thrown: unknown
  try {
    action()
  } catch (error) {
    thrown = error
  }
  expect(thrown).to.be.instanceOf(type)
  expect(thrown).to.not.be.instanceOf(PyJWTError)
}

describe('misuse', () => {
  const badKeys: Record<string, unknown> = {
    'an empty string': '',
    'an empty Buffer': Buffer.alloc(0),
    'an empty Uint8Array': new Uint8Array(0),
    'an empty KeyObject': createSecretKey(Buffer.alloc(0)),
    'a public KeyObject': generateKeyPairSync('ed25519').publicKey,
    'a private KeyObject': generateKeyPairSync('ed25519').privateKey,
    undefined: undefined,
    null: null,
    'a number': 42,
    'an ArrayBuffer': new ArrayBuffer(32),
    'a plain object': { key: SECRET },
  }
  for (const [what, key] of Object.entries(badKeys)) {
    it(`a key that is ${what} is a TypeError in encode, decode and authenticate`, () => {
      expectMisuse(() => encode({}, key as string), TypeError)
      expectMisuse(() => decode(token, key as string), TypeError)
      expectMisuse(() => authenticate(`Bearer ${token}`, key as string), TypeError)
    })
  }

  it('checks the key before the token, so a bad key never looks like a bad token', () => {
    expectMisuse(() => decode('garbage', ''), TypeError)
    expectMisuse(() => authenticate(undefined, ''), TypeError)
  })

  for (const algorithms of ['HS256', null, [256], [undefined], { 0: 'HS256', length: 1 }]) {
    it(`algorithms ${JSON.stringify(algorithms)} is a TypeError`, () => {
      expectMisuse(() => decode(token, SECRET, algorithms as unknown as string[]), TypeError)
    })
  }

  const badOptions: [string, unknown, typeof TypeError | typeof RangeError][] = [
    ['options null', null, TypeError],
    ['options a string', 'leeway', TypeError],
    ['an unknown option', { leway: 30 }, TypeError],
    ['leeway a string', { leeway: '30' }, TypeError],
    ['leeway negative', { leeway: -1 }, RangeError],
    ['leeway NaN', { leeway: Number.NaN }, RangeError],
    ['leeway Infinity', { leeway: Number.POSITIVE_INFINITY }, RangeError],
    ['now not a function', { now: 1_700_000_000 }, TypeError],
    ['maxTokenLength a string', { maxTokenLength: '100' }, TypeError],
    ['maxTokenLength zero', { maxTokenLength: 0 }, RangeError],
    ['maxTokenLength fractional', { maxTokenLength: 10.5 }, RangeError],
    ['maxTokenLength Infinity', { maxTokenLength: Number.POSITIVE_INFINITY }, RangeError],
  ]
  for (const [what, options, type] of badOptions) {
    it(`${what} is a ${type.name} in decode and authenticate`, () => {
      expectMisuse(() => decode(token, SECRET, ['HS256'], options as object), type)
      expectMisuse(() => authenticate(`Bearer ${token}`, SECRET, options as object), type)
    })
  }

  it('a now() that returns no finite number is a TypeError once there is an exp to check', () => {
    const withExp = signedToken(HS256_HEADER, { exp: 1 })
    for (const now of [() => Number.NaN, () => '1700000000', () => undefined]) {
      expectMisuse(
        () => decode(withExp, SECRET, ['HS256'], { now: now as () => number }),
        TypeError,
      )
    }
  })

  const badPayloads: Record<string, unknown> = {
    'an array': [1],
    null: null,
    'a string': '{}',
    'a number': 1,
    undefined: undefined,
    'a class instance': new (class Claims {
      sub = 'x'
    })(),
    'a Date': new Date(),
    'a Map': new Map([['sub', 'x']]),
    'an object whose toJSON returns a string': { toJSON: () => 'text' },
    'an object whose toJSON hides a bad exp': { toJSON: () => ({ exp: 'soon' }) },
  }
  for (const [what, payload] of Object.entries(badPayloads)) {
    it(`encode refuses a payload that is ${what} with TypeError`, () => {
      expectMisuse(() => encode(payload as Record<string, unknown>, SECRET), TypeError)
    })
  }

  for (const exp of ['soon', null, Number.NaN, Number.POSITIVE_INFINITY, new Date(Number.NaN)]) {
    it(`encode refuses exp ${String(exp)}, which decode would refuse, with TypeError`, () => {
      expectMisuse(() => encode({ exp: exp as number }, SECRET), TypeError)
    })
  }

  it('encode refuses a payload JSON cannot represent with TypeError', () => {
    const circular: Record<string, unknown> = {}
    circular.self = circular
    expectMisuse(() => encode(circular, SECRET), TypeError)
    expectMisuse(() => encode({ big: 1n }, SECRET), TypeError)
  })

  it('encode refuses a non-string algorithm with TypeError', () => {
    expectMisuse(() => encode({}, SECRET, 256 as unknown as string), TypeError)
  })

  it('authenticate refuses a header of another type with TypeError', () => {
    expectMisuse(() => authenticate(42 as unknown as string, SECRET), TypeError)
    expectMisuse(() => authenticate([42] as unknown as string[], SECRET), TypeError)
  })
})
