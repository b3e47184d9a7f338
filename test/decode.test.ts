import { expect } from 'chai'
import { createSecretKey } from 'node:crypto'
import {
  decode,
  encode,
  ExpiredSignatureError,
  InvalidAlgorithmError,
  InvalidSignatureError,
  InvalidTokenError,
} from '../src/index.js'
import {
  at,
  b64,
  HS256_HEADER,
  hmac,
  NOW,
  rawToken,
  SECRET,
  signedToken,
} from './support/tokens.js'

const valid = signedToken(HS256_HEADER, { sub: 'camera-7', exp: NOW + 60 })
const [validHeader = '', validPayload = '', validSignature = ''] = valid.split('.')

describe('decode', () => {
  it('returns the payload of a valid token', () => {
    expect(decode(valid, SECRET, ['HS256'], at(NOW))).to.deep.equal({
      sub: 'camera-7',
      exp: NOW + 60,
    })
  })

  it('defaults to HS256 and to the system clock', () => {
    const fresh = signedToken(HS256_HEADER, { exp: Date.now() / 1000 + 60 })
    expect(decode(fresh, SECRET)).to.have.property('exp')
    const stale = signedToken(HS256_HEADER, { exp: Date.now() / 1000 - 60 })
    expect(() => decode(stale, SECRET)).to.throw(ExpiredSignatureError)
  })

  it('passes other registered claims through untouched, without validating them', () => {
    const claims = { nbf: NOW + 9999, iat: 'whenever', iss: 1, aud: ['a'], sub: null, jti: {} }
    expect(decode(signedToken(HS256_HEADER, claims), SECRET, ['HS256'], at(NOW))).to.deep.equal(
      claims,
    )
  })

  it('ignores the header typ', () => {
    const token = signedToken({ alg: 'HS256', typ: 'anything' }, { a: 1 })
    expect(decode(token, SECRET)).to.deep.equal({ a: 1 })
  })

  it('lets the last duplicate member win, as JSON.parse does', () => {
    const token = rawToken('{"alg":"none","alg":"HS256"}', '{"a":1,"a":2}')
    expect(decode(token, SECRET)).to.deep.equal({ a: 2 })
  })

  describe('1. algorithms', () => {
    for (const algorithms of [[], ['HS512'], ['hs256'], ['none', 'RS256']]) {
      it(`refuses ${JSON.stringify(algorithms)} with InvalidAlgorithmError`, () => {
        expect(() => decode(valid, SECRET, algorithms)).to.throw(InvalidAlgorithmError)
      })
    }

    it('accepts a list that includes HS256 among others', () => {
      expect(decode(valid, SECRET, ['RS256', 'HS256'], at(NOW))).to.have.property('sub')
    })

    it('checks algorithms before the token, even a garbage one', () => {
      expect(() => decode('garbage', SECRET, ['HS512'])).to.throw(InvalidAlgorithmError)
    })
  })

  describe('2. structure', () => {
    const structural: Record<string, unknown> = {
      'a number': 42,
      undefined: undefined,
      null: null,
      'a String object': new String(valid),
      'an empty string': '',
      'two segments': `${validHeader}.${validPayload}`,
      'four segments': `${valid}.${validSignature}`,
      'one segment': validHeader,
      'an empty header': `.${validPayload}.${validSignature}`,
      'an empty payload': `${validHeader}..${validSignature}`,
      'padding in the signature': `${valid}=`,
      'padding in the header': `${validHeader}==.${validPayload}.${validSignature}`,
      '+ in the signature': `${validHeader}.${validPayload}.${validSignature.slice(0, -1)}+`,
      '/ in the payload': `${validHeader}.${validPayload}/.${validSignature}`,
      'a space': `${validHeader}. ${validPayload}.${validSignature}`,
      'a trailing newline': `${valid}\n`,
      'a leading tab': `\t${valid}`,
      'a non-ASCII character': `${validHeader}é.${validPayload}.${validSignature}`,
      'a header of impossible length 4n+1': `${validHeader}A.${validPayload}.${validSignature}`,
      'a header that is not JSON': rawToken('{"alg":"HS256"', '{}'),
      'a header that is a JSON array': rawToken('["HS256"]', '{}'),
      'a header that is JSON null': rawToken('null', '{}'),
      'a header that is a JSON string': rawToken('"HS256"', '{}'),
      'a header in invalid UTF-8': (() => {
        const header = b64(Buffer.from([0x7b, 0x22, 0x61, 0xff, 0x22, 0x3a, 0x31, 0x7d])) // {"a\xff":1}
        const signingInput = `${header}.${b64('{}')}`
        return `${signingInput}.${hmac(signingInput)}`
      })(),
      'a header starting with a byte-order mark': rawToken('\uFEFF{"alg":"HS256"}', '{}'),
    }
    for (const [what, token] of Object.entries(structural)) {
      it(`refuses ${what} with InvalidTokenError`, () => {
        expect(() => decode(token as string, SECRET)).to.throw(InvalidTokenError)
      })
    }

    it('refuses a token one character over maxTokenLength, and accepts one at it', () => {
      expect(
        decode(valid, SECRET, ['HS256'], { ...at(NOW), maxTokenLength: valid.length }),
      ).to.be.an('object')
      expect(() => decode(valid, SECRET, ['HS256'], { maxTokenLength: valid.length - 1 })).to.throw(
        InvalidTokenError,
        'too long',
      )
    })

    it('refuses a token over the default 8192 characters before reading it', () => {
      const padded = signedToken(HS256_HEADER, { pad: 'x'.repeat(6200) })
      expect(padded.length).to.be.above(8192)
      expect(() => decode(padded, SECRET)).to.throw(InvalidTokenError, 'too long')
      const justUnder = signedToken(HS256_HEADER, { pad: 'x'.repeat(6000) })
      expect(justUnder.length).to.be.below(8192)
      expect(decode(justUnder, SECRET)).to.have.property('pad')
    })

    it('refuses a multi-megabyte token by its length, before the shape or the HMAC', () => {
      // A header that is not even JSON, over the limit: the length error proves it was never parsed.
      const huge = `!${'a'.repeat(4 * 1024 * 1024)}.b.c`
      expect(() => decode(huge, SECRET)).to.throw(InvalidTokenError, 'too long')
    })

    it('treats an empty signature segment as a signature failure, not a structural one', () => {
      expect(() => decode(`${validHeader}.${validPayload}.`, SECRET)).to.throw(
        InvalidSignatureError,
      )
    })
  })

  describe('3. header', () => {
    const algs: Record<string, unknown> = {
      missing: undefined,
      'a number': 256,
      null: null,
      'an array': ['HS256'],
      none: 'none',
      None: 'None',
      NONE: 'NONE',
      'lower case hs256': 'hs256',
      HS512: 'HS512',
      RS256: 'RS256',
      'HS256 with a space': 'HS256 ',
    }
    for (const [what, alg] of Object.entries(algs)) {
      it(`refuses alg ${what} with InvalidAlgorithmError, even with a valid HS256 signature`, () => {
        const token = signedToken({ typ: 'JWT', alg }, { a: 1 })
        expect(() => decode(token, SECRET, ['HS256', 'HS512', 'RS256', 'none'])).to.throw(
          InvalidAlgorithmError,
        )
      })
    }

    it('refuses alg none with an empty signature', () => {
      const token = `${b64('{"alg":"none"}')}.${b64('{"a":1}')}.`
      expect(() => decode(token, SECRET)).to.throw(InvalidAlgorithmError)
    })

    it('does not read alg through a __proto__ member', () => {
      expect(() => decode(rawToken('{"__proto__":{"alg":"HS256"}}', '{}'), SECRET)).to.throw(
        InvalidAlgorithmError,
      )
    })

    for (const crit of [['exp'], [], 'b64', null]) {
      it(`refuses a crit header (${JSON.stringify(crit)}) with InvalidTokenError`, () => {
        const token = signedToken({ ...HS256_HEADER, crit }, { a: 1 })
        expect(() => decode(token, SECRET)).to.throw(InvalidTokenError, 'crit')
      })
    }
  })

  describe('4. signature', () => {
    it('refuses a token signed with another key', () => {
      expect(() => decode(signedToken(HS256_HEADER, { a: 1 }, 'another key'), SECRET)).to.throw(
        InvalidSignatureError,
      )
    })

    it('refuses a payload changed after signing', () => {
      const tampered = `${validHeader}.${b64('{"sub":"admin","exp":9999999999}')}.${validSignature}`
      expect(() => decode(tampered, SECRET)).to.throw(InvalidSignatureError)
    })

    it('refuses truncated, extended and flipped signatures', () => {
      const flipped = validSignature.startsWith('A')
        ? `B${validSignature.slice(1)}`
        : `A${validSignature.slice(1)}`
      for (const signature of [
        validSignature.slice(0, -1),
        `${validSignature}A`,
        `${validSignature}AAAA`,
        flipped,
      ]) {
        expect(() => decode(`${validHeader}.${validPayload}.${signature}`, SECRET)).to.throw(
          InvalidSignatureError,
        )
      }
    })

    it('refuses a non-canonical spelling of the right signature bytes', () => {
      // 32 bytes use 2 spare bits in the 43rd character; setting them decodes to the same bytes.
      const last = validSignature.at(-1) ?? ''
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
      const nonCanonical = `${validSignature.slice(0, -1)}${alphabet[alphabet.indexOf(last) + 1] ?? ''}`
      expect(Buffer.from(nonCanonical, 'base64url')).to.deep.equal(
        Buffer.from(validSignature, 'base64url'),
      )
      expect(() => decode(`${validHeader}.${validPayload}.${nonCanonical}`, SECRET)).to.throw(
        InvalidSignatureError,
      )
    })

    it('checks the signature before the payload and its exp', () => {
      const expiredForged = signedToken(HS256_HEADER, { exp: NOW - 60 }, 'another key')
      expect(() => decode(expiredForged, SECRET, ['HS256'], at(NOW))).to.throw(
        InvalidSignatureError,
      )
      const garbagePayloadForged = `${validHeader}.${b64('not json')}.${validSignature}`
      expect(() => decode(garbagePayloadForged, SECRET)).to.throw(InvalidSignatureError)
    })
  })

  describe('5. payload', () => {
    it('refuses a signed payload segment of impossible length 4n+1, after the signature', () => {
      const oddPayload = `${validPayload}${'A'.repeat(4 - ((validPayload.length - 1) % 4))}`
      expect(oddPayload.length % 4).to.equal(1)
      const signingInput = `${validHeader}.${oddPayload}`
      expect(() => decode(`${signingInput}.${hmac(signingInput)}`, SECRET)).to.throw(
        InvalidTokenError,
        'payload',
      )
      expect(() => decode(`${signingInput}.${validSignature}`, SECRET)).to.throw(
        InvalidSignatureError,
      )
    })

    for (const payload of ['[1]', 'null', '42', '"text"', 'true', '{"a":', '', '\uFEFF{}']) {
      it(`refuses a signed payload ${JSON.stringify(payload)} with InvalidTokenError`, () => {
        expect(() => decode(rawToken('{"alg":"HS256"}', payload), SECRET)).to.throw(
          InvalidTokenError,
        )
      })
    }

    it('refuses a signed payload in invalid UTF-8', () => {
      const payload = b64(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]))
      const signingInput = `${b64('{"alg":"HS256"}')}.${payload}`
      expect(() => decode(`${signingInput}.${hmac(signingInput)}`, SECRET)).to.throw(
        InvalidTokenError,
      )
    })

    it('keeps __proto__ and constructor as plain data, reaching no prototype', () => {
      const claims = decode(
        rawToken(
          '{"alg":"HS256"}',
          '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
        ),
        SECRET,
      )
      expect(Object.getPrototypeOf(claims)).to.equal(Object.prototype)
      expect(Object.hasOwn(claims, '__proto__')).to.equal(true)
      expect(claims).to.not.have.property('admin')
      expect(({} as Record<string, unknown>).admin).to.equal(undefined)
      expect(({} as Record<string, unknown>).x).to.equal(undefined)
    })
  })

  describe('6. exp type', () => {
    for (const exp of ['"1700000060"', 'null', 'true', '[]', '{}', '1e400', '-1e400']) {
      it(`refuses exp ${exp} with InvalidTokenError`, () => {
        const token = rawToken('{"alg":"HS256"}', `{"exp":${exp}}`)
        expect(() => decode(token, SECRET, ['HS256'], at(NOW))).to.throw(InvalidTokenError, 'exp')
      })
    }

    it('accepts a float exp, as small devices send it', () => {
      const token = rawToken(
        '{"typ": "JWT", "alg": "HS256"}',
        `{"sub": "cam", "exp": ${String(NOW + 3600.123456)}}`,
      )
      expect(decode(token, SECRET, ['HS256'], at(NOW))).to.deep.equal({
        sub: 'cam',
        exp: NOW + 3600.123456,
      })
    })

    it('accepts a token with no exp at all', () => {
      expect(decode(signedToken(HS256_HEADER, { a: 1 }), SECRET)).to.deep.equal({ a: 1 })
    })
  })

  describe('7. expiry', () => {
    const token = signedToken(HS256_HEADER, { exp: NOW })

    it('is valid strictly before exp and expired at exp (now >= exp)', () => {
      expect(decode(token, SECRET, ['HS256'], at(NOW - 0.001))).to.deep.equal({ exp: NOW })
      expect(() => decode(token, SECRET, ['HS256'], at(NOW))).to.throw(ExpiredSignatureError)
    })

    it('extends validity by leeway seconds', () => {
      expect(decode(token, SECRET, ['HS256'], { ...at(NOW + 29), leeway: 30 })).to.deep.equal({
        exp: NOW,
      })
      expect(() => decode(token, SECRET, ['HS256'], { ...at(NOW + 30), leeway: 30 })).to.throw(
        ExpiredSignatureError,
      )
    })

    it('compares fractional exp exactly', () => {
      const fractional = signedToken(HS256_HEADER, { exp: NOW + 0.5 })
      expect(decode(fractional, SECRET, ['HS256'], at(NOW + 0.4))).to.have.property('exp')
      expect(() => decode(fractional, SECRET, ['HS256'], at(NOW + 0.5))).to.throw(
        ExpiredSignatureError,
      )
    })

    it('checks the exp type before expiry', () => {
      expect(() =>
        decode(rawToken('{"alg":"HS256"}', '{"exp":"0"}'), SECRET, ['HS256'], at(NOW)),
      ).to.throw(InvalidTokenError)
    })
  })

  describe('keys', () => {
    const bytes = Buffer.from(SECRET, 'utf8')
    const forms = {
      string: SECRET,
      Buffer: bytes,
      Uint8Array: new Uint8Array(bytes),
      KeyObject: createSecretKey(bytes),
    }
    for (const [signWith, signingKey] of Object.entries(forms)) {
      for (const [verifyWith, verifyingKey] of Object.entries(forms)) {
        it(`verifies a token signed with a ${signWith} key using a ${verifyWith} key`, () => {
          expect(decode(encode({ a: 1 }, signingKey), verifyingKey)).to.deep.equal({ a: 1 })
        })
      }
    }

    it('encodes a string key as UTF-8', () => {
      const token = signedToken(HS256_HEADER, { a: 1 }, Buffer.from('clé-ü', 'utf8'))
      expect(decode(token, 'clé-ü')).to.deep.equal({ a: 1 })
    })

    it('copies byte keys: changing the buffer afterwards changes nothing already encoded', () => {
      const key = Buffer.from(SECRET)
      const token = encode({ a: 1 }, key)
      key.fill(0)
      expect(decode(token, SECRET)).to.deep.equal({ a: 1 })
    })
  })
})
