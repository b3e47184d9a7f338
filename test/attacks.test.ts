// The attack catalogue: each hostile token with the error class the contract demands.
// Tokens are built with node:crypto directly (test/support/tokens.ts), never with encode.
import { expect } from 'chai'
import { generateKeyPairSync } from 'node:crypto'
import {
  decode,
  ExpiredSignatureError,
  InvalidAlgorithmError,
  InvalidSignatureError,
  InvalidTokenError,
  type DecodeOptions,
} from '../src/index.js'
import { b64, hmac, HS256_HEADER, NOW, rawToken, SECRET, signedToken } from './support/tokens.js'

type ErrorClass =
  | typeof InvalidTokenError
  | typeof InvalidAlgorithmError
  | typeof InvalidSignatureError
  | typeof ExpiredSignatureError

interface Attack {
  name: string
  token: unknown
  refusedWith: ErrorClass
  options?: DecodeOptions
}

const CLAIMS = { sub: 'victim', role: 'admin', exp: NOW + 60 }
const valid = signedToken(HS256_HEADER, CLAIMS)
const [header = '', payload = '', signature = ''] = valid.split('.')
const withSignature = (sig: string) => `${header}.${payload}.${sig}`
const signedBytes = (headerJson: string, payloadBytes: Uint8Array) => {
  const signingInput = `${b64(headerJson)}.${b64(payloadBytes)}`
  return `${signingInput}.${hmac(signingInput)}`
}
const rsaPublicPem = generateKeyPairSync('rsa', { modulusLength: 1024 })
  .publicKey.export({ type: 'spki', format: 'pem' })
  .toString()
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const nextChar = (char: string) => BASE64URL[(BASE64URL.indexOf(char) + 1) % 64] ?? 'A'

const catalogue: Record<string, Attack[]> = {
  'alg none': ['none', 'None', 'NONE', 'nOnE'].flatMap((alg) => [
    {
      name: `"${alg}" with no signature`,
      token: `${b64(`{"alg":"${alg}"}`)}.${payload}.`,
      refusedWith: InvalidAlgorithmError,
    },
    {
      name: `"${alg}" with an HS256 signature`,
      token: signedToken({ alg }, CLAIMS),
      refusedWith: InvalidAlgorithmError,
    },
    {
      name: `"${alg}" with a junk signature`,
      token: `${b64(`{"alg":"${alg}"}`)}.${payload}.${signature}`,
      refusedWith: InvalidAlgorithmError,
    },
  ]),
  'other algorithms carrying an HS256 signature': [
    'HS384',
    'HS512',
    'RS256',
    'ES256',
    'PS256',
    'EdDSA',
    'hs256',
    ' HS256',
    'HS256\u0000',
    'HS2560',
  ].map((alg) => ({
    name: JSON.stringify(alg),
    token: signedToken({ alg, typ: 'JWT' }, CLAIMS),
    refusedWith: InvalidAlgorithmError,
  })),
  'missing or mistyped alg': [
    {
      name: 'no alg',
      token: signedToken({ typ: 'JWT' }, CLAIMS),
      refusedWith: InvalidAlgorithmError,
    },
    {
      name: 'alg null',
      token: signedToken({ alg: null }, CLAIMS),
      refusedWith: InvalidAlgorithmError,
    },
    {
      name: 'alg a list',
      token: signedToken({ alg: ['HS256'] }, CLAIMS),
      refusedWith: InvalidAlgorithmError,
    },
    {
      name: 'a later duplicate alg none',
      token: rawToken('{"alg":"HS256","alg":"none"}', JSON.stringify(CLAIMS)),
      refusedWith: InvalidAlgorithmError,
    },
    {
      name: 'alg only under __proto__',
      token: rawToken('{"__proto__":{"alg":"HS256"}}', JSON.stringify(CLAIMS)),
      refusedWith: InvalidAlgorithmError,
    },
  ],
  'key confusion': [
    {
      name: 'RS256 signed with the RSA public key as an HMAC secret',
      token: signedToken({ alg: 'RS256' }, CLAIMS, rsaPublicPem),
      refusedWith: InvalidAlgorithmError,
    },
    {
      name: 'HS256 signed with the RSA public key as an HMAC secret',
      token: signedToken(HS256_HEADER, CLAIMS, rsaPublicPem),
      refusedWith: InvalidSignatureError,
    },
    {
      name: 'an embedded jwk with the attacker’s key',
      token: signedToken(
        { ...HS256_HEADER, jwk: { kty: 'oct', k: b64('attacker') } },
        CLAIMS,
        'attacker',
      ),
      refusedWith: InvalidSignatureError,
    },
    {
      name: 'a kid pointing at an empty file, signed with an empty key',
      token: signedToken({ ...HS256_HEADER, kid: '../../../dev/null' }, CLAIMS, ''),
      refusedWith: InvalidSignatureError,
    },
    {
      name: 'a jku pointing at the attacker',
      token: signedToken(
        { ...HS256_HEADER, jku: 'https://attacker.example/jwks' },
        CLAIMS,
        'attacker',
      ),
      refusedWith: InvalidSignatureError,
    },
  ],
  crit: [
    {
      name: 'crit ["b64"] with b64 false (RFC 7797)',
      token: signedToken({ alg: 'HS256', b64: false, crit: ['b64'] }, CLAIMS),
      refusedWith: InvalidTokenError,
    },
    {
      name: 'an empty crit',
      token: signedToken({ ...HS256_HEADER, crit: [] }, CLAIMS),
      refusedWith: InvalidTokenError,
    },
    {
      name: 'crit naming a registered claim',
      token: signedToken({ ...HS256_HEADER, crit: ['exp'] }, CLAIMS),
      refusedWith: InvalidTokenError,
    },
  ],
  'wrong segment counts': [
    { name: 'one segment', token: header, refusedWith: InvalidTokenError },
    { name: 'two segments', token: `${header}.${payload}`, refusedWith: InvalidTokenError },
    { name: 'four segments', token: `${valid}.${signature}`, refusedWith: InvalidTokenError },
    {
      name: 'five segments (JWE-shaped)',
      token: `${header}.${payload}.${signature}.${payload}.${signature}`,
      refusedWith: InvalidTokenError,
    },
    { name: 'a trailing dot', token: `${valid}.`, refusedWith: InvalidTokenError },
  ],
  'empty segments': [
    { name: 'only dots', token: '..', refusedWith: InvalidTokenError },
    { name: 'an empty header', token: `.${payload}.${signature}`, refusedWith: InvalidTokenError },
    { name: 'an empty payload', token: `${header}..${signature}`, refusedWith: InvalidTokenError },
    { name: 'an empty signature', token: withSignature(''), refusedWith: InvalidSignatureError },
    { name: 'the empty string', token: '', refusedWith: InvalidTokenError },
  ],
  'base64 that is not base64url': [
    {
      name: 'padding on the signature',
      token: withSignature(`${signature}=`),
      refusedWith: InvalidTokenError,
    },
    {
      name: 'padding on the payload',
      token: `${header}.${payload}==.${signature}`,
      refusedWith: InvalidTokenError,
    },
    {
      name: '+ in the signature',
      token: withSignature(`${signature.slice(0, -1)}+`),
      refusedWith: InvalidTokenError,
    },
    {
      name: '/ in the header',
      token: `/${header}.${payload}.${signature}`,
      refusedWith: InvalidTokenError,
    },
    {
      name: 'standard base64 of the signature',
      token: withSignature(Buffer.from(signature, 'base64url').toString('base64')),
      refusedWith: InvalidTokenError,
    },
  ],
  whitespace: [' ', '\t', '\n', '\r\n', '\u00a0', '\u2028'].flatMap((space) => [
    {
      name: `${JSON.stringify(space)} before the token`,
      token: `${space}${valid}`,
      refusedWith: InvalidTokenError,
    },
    {
      name: `${JSON.stringify(space)} after the token`,
      token: `${valid}${space}`,
      refusedWith: InvalidTokenError,
    },
    {
      name: `${JSON.stringify(space)} inside the payload`,
      token: `${header}.${payload.slice(0, 5)}${space}${payload.slice(5)}.${signature}`,
      refusedWith: InvalidTokenError,
    },
  ]),
  'non-canonical, truncated and tampered signatures': [
    {
      name: 'the spare bits of the last character set',
      token: withSignature(`${signature.slice(0, -1)}${nextChar(signature.at(-1) ?? 'A')}`),
      refusedWith: InvalidSignatureError,
    },
    {
      name: 'the signature in hex',
      token: withSignature(Buffer.from(signature, 'base64url').toString('hex')),
      refusedWith: InvalidSignatureError,
    },
    {
      name: 'truncated to 41 characters (a length no bytes encode to)',
      token: withSignature(signature.slice(0, 41)),
      refusedWith: InvalidSignatureError,
    },
    {
      name: 'extended to 45 characters (a length no bytes encode to)',
      token: withSignature(`${signature}AA`),
      refusedWith: InvalidSignatureError,
    },
    {
      name: 'truncated by one character',
      token: withSignature(signature.slice(0, -1)),
      refusedWith: InvalidSignatureError,
    },
    {
      name: 'truncated to half',
      token: withSignature(signature.slice(0, 21)),
      refusedWith: InvalidSignatureError,
    },
    { name: 'one character', token: withSignature('A'), refusedWith: InvalidSignatureError },
    {
      name: 'extended by four characters',
      token: withSignature(`${signature}AAAA`),
      refusedWith: InvalidSignatureError,
    },
    {
      name: 'one character changed',
      token: withSignature(`${nextChar(signature[0] ?? 'A')}${signature.slice(1)}`),
      refusedWith: InvalidSignatureError,
    },
    {
      name: 'the payload changed',
      token: `${header}.${b64(JSON.stringify({ ...CLAIMS, role: 'root' }))}.${signature}`,
      refusedWith: InvalidSignatureError,
    },
    {
      name: 'the header changed',
      token: `${b64('{"alg":"HS256","typ":"JWS"}')}.${payload}.${signature}`,
      refusedWith: InvalidSignatureError,
    },
    {
      name: 'signed with another key',
      token: signedToken(HS256_HEADER, CLAIMS, `${SECRET}x`),
      refusedWith: InvalidSignatureError,
    },
    {
      name: 'signed with an empty key',
      token: signedToken(HS256_HEADER, CLAIMS, ''),
      refusedWith: InvalidSignatureError,
    },
    {
      name: 'the signature of another token',
      token: withSignature(signedToken(HS256_HEADER, { sub: 'x' }).split('.')[2] ?? ''),
      refusedWith: InvalidSignatureError,
    },
  ],
  'non-object payloads': ['[]', '[{"sub":"admin"}]', '"admin"', '42', 'null', 'true', ''].map(
    (json) => ({
      name: JSON.stringify(json),
      token: rawToken('{"alg":"HS256"}', json),
      refusedWith: InvalidTokenError,
    }),
  ),
  'invalid UTF-8': [
    {
      name: 'a lone continuation byte in the payload',
      token: signedBytes(
        '{"alg":"HS256"}',
        Buffer.from([0x7b, 0x22, 0x80, 0x22, 0x3a, 0x31, 0x7d]),
      ),
      refusedWith: InvalidTokenError,
    },
    {
      name: 'an overlong "/" in the payload',
      token: signedBytes(
        '{"alg":"HS256"}',
        Buffer.from([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]),
      ),
      refusedWith: InvalidTokenError,
    },
    {
      name: 'an encoded surrogate in the payload',
      token: signedBytes(
        '{"alg":"HS256"}',
        Buffer.from([0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x3a, 0x31, 0x7d]),
      ),
      refusedWith: InvalidTokenError,
    },
    {
      name: 'a byte-order mark before the payload',
      token: signedBytes('{"alg":"HS256"}', Buffer.from('\uFEFF{}')),
      refusedWith: InvalidTokenError,
    },
    {
      name: 'Latin-1 in the header',
      token: `${b64(Buffer.from('{"alg":"HS256","x":"\xe9"}', 'latin1'))}.${payload}.${signature}`,
      refusedWith: InvalidTokenError,
    },
  ],
  'hostile exp': [
    '"1700000060"',
    'null',
    'true',
    'false',
    '[]',
    '{}',
    '1e400',
    '-1e400',
    '"Infinity"',
  ]
    .map((exp) => ({
      name: `exp ${exp}`,
      token: rawToken('{"alg":"HS256"}', `{"sub":"victim","exp":${exp}}`),
      refusedWith: InvalidTokenError,
    }))
    .concat([
      {
        name: 'exp -1',
        token: rawToken('{"alg":"HS256"}', '{"exp":-1}'),
        refusedWith: ExpiredSignatureError,
      },
      {
        name: 'exp 0',
        token: rawToken('{"alg":"HS256"}', '{"exp":0}'),
        refusedWith: ExpiredSignatureError,
      },
      {
        name: 'exp now, to the second',
        token: rawToken('{"alg":"HS256"}', `{"exp":${String(NOW)}}`),
        refusedWith: ExpiredSignatureError,
      },
    ]),
  'multi-megabyte tokens': [
    {
      name: '5 MB of base64url',
      token: 'a'.repeat(5 * 1024 * 1024),
      refusedWith: InvalidTokenError,
    },
    {
      name: 'a validly signed 1 MB payload',
      token: signedToken(HS256_HEADER, { pad: 'x'.repeat(1024 * 1024) }),
      refusedWith: InvalidTokenError,
    },
    {
      name: 'a JSON nesting bomb',
      token: rawToken('{"alg":"HS256"}', `{"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}`),
      refusedWith: InvalidTokenError,
    },
  ],
  'non-string tokens': [
    {
      name: 'a Buffer of a valid token',
      token: Buffer.from(valid),
      refusedWith: InvalidTokenError,
    },
    { name: 'a String object', token: new String(valid), refusedWith: InvalidTokenError },
    {
      name: 'an object whose toString is a valid token',
      token: { toString: () => valid },
      refusedWith: InvalidTokenError,
    },
    { name: 'an array of the segments', token: valid.split('.'), refusedWith: InvalidTokenError },
    { name: 'undefined', token: undefined, refusedWith: InvalidTokenError },
    { name: 'null', token: null, refusedWith: InvalidTokenError },
    { name: 'a number', token: 1, refusedWith: InvalidTokenError },
    { name: 'a symbol', token: Symbol('token'), refusedWith: InvalidTokenError },
  ],
}

describe('attack catalogue', () => {
  it('starts from a token that is accepted', () => {
    expect(decode(valid, SECRET, ['HS256'], { now: () => NOW })).to.deep.equal(CLAIMS)
  })

  for (const [family, attacks] of Object.entries(catalogue)) {
    describe(family, () => {
      for (const { name, token, refusedWith, options } of attacks) {
        it(`refuses ${name} with ${refusedWith.name}`, () => {
          let thrown: unknown
          try {
            decode(token as string, SECRET, ['HS256'], { now: () => NOW, ...options })
          } catch (error) {
            thrown = error
          }
          expect(thrown).to.be.instanceOf(refusedWith)
          expect((thrown as Error).name).to.equal(refusedWith.name)
        })
      }
    })
  }

  it('parses a JSON nesting bomb under a raised limit without a crash', () => {
    const bomb = rawToken('{"alg":"HS256"}', `{"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}`)
    expect(decode(bomb, SECRET, ['HS256'], { maxTokenLength: 1_000_000 })).to.have.property('a')
  })

  describe('__proto__ and constructor', () => {
    const hostile = rawToken(
      '{"alg":"HS256","__proto__":{"crit":["x"]}}',
      '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}},"sub":"x"}',
    )

    it('keeps them as plain data and pollutes nothing', () => {
      const claims = decode(hostile, SECRET)
      expect(Object.getPrototypeOf(claims)).to.equal(Object.prototype)
      expect(claims.isAdmin).to.equal(undefined)
      expect(({} as { isAdmin?: unknown }).isAdmin).to.equal(undefined)
      expect(Object.keys(claims)).to.deep.equal(['__proto__', 'constructor', 'sub'])
    })

    it('does not read crit through a __proto__ member either way', () => {
      // The header's own members have no crit, so the token is accepted.
      expect(decode(hostile, SECRET)).to.have.property('sub', 'x')
    })
  })
})
