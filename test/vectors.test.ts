// Published HS256 vectors, each verified with the key its source gives.
import { expect } from 'chai'
import {
  decode,
  encode,
  ExpiredSignatureError,
  InvalidSignatureError,
  InvalidTokenError,
} from '../src/index.js'

describe('published vectors', () => {
  describe('RFC 7515 Appendix A.1 (also RFC 7519 §3.1)', () => {
    // The header and payload JSON contain CR LF and spaces: the signature covers the
    // segments as sent, never a re-serialization.
    const token =
      'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9' +
      '.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ' +
      '.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
    const key = Buffer.from(
      'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow',
      'base64url',
    )
    const claims = { iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true }

    it('is expired by the system clock (exp is in March 2011)', () => {
      expect(() => decode(token, key)).to.throw(ExpiredSignatureError)
    })

    it('verifies with the clock fixed before exp', () => {
      expect(decode(token, key, ['HS256'], { now: () => 1300819379 })).to.deep.equal(claims)
    })

    it('is refused with any other key', () => {
      expect(() => decode(token, key.subarray(1), ['HS256'], { now: () => 1300819379 })).to.throw(
        InvalidSignatureError,
      )
    })

    it('re-encoded here, verifies under the same key', () => {
      expect(decode(encode(claims, key), key, ['HS256'], { now: () => 1300819379 })).to.deep.equal(
        claims,
      )
    })
  })

  describe('RFC 7520 §4.4 (HMAC-SHA2 integrity protection)', () => {
    // The payload is a sentence, not a JSON object: the signature verifies (step 4),
    // then step 5 refuses the payload.
    const token =
      'eyJhbGciOiJIUzI1NiIsImtpZCI6IjAxOGMwYWU1LTRkOWItNDcxYi1iZmQ2LWVlZjMxNGJjNzAzNyJ9' +
      '.SXTigJlzIGEgZGFuZ2Vyb3VzIGJ1c2luZXNzLCBGcm9kbywgZ29pbmcgb3V0IHlvdXIgZG9vci4gWW91IHN0ZXAgb250byB0aGUgcm9hZCwgYW5kIGlmIHlvdSBkb24ndCBrZWVwIHlvdXIgZmVldCwgdGhlcmXigJlzIG5vIGtub3dpbmcgd2hlcmUgeW91IG1pZ2h0IGJlIHN3ZXB0IG9mZiB0by4' +
      '.s0h6KThzkfBBBkLspW1h84VsJZFTsPPqMDA7g1Md7p0'
    const key = Buffer.from('hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg', 'base64url')

    it('passes the signature check and is refused for its non-JSON payload', () => {
      expect(() => decode(token, key)).to.throw(InvalidTokenError, 'payload')
      expect(() => decode(token, key.subarray(1))).to.throw(InvalidSignatureError)
    })
  })

  describe('RFC 7797 §4 (the same key as RFC 7515 A.1)', () => {
    const key = Buffer.from(
      'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow',
      'base64url',
    )

    it('§4.1: the signature verifies, and the payload "$.02" is refused as not a JSON object', () => {
      const token = 'eyJhbGciOiJIUzI1NiJ9.JC4wMg.5mvfOroL-g7HyqJoozehmsaqmvTYGEq5jTI1gVvoEoQ'
      expect(() => decode(token, key)).to.throw(InvalidTokenError, 'payload')
      expect(() => decode(token, key.subarray(1))).to.throw(InvalidSignatureError)
    })

    it('§4.2: the unencoded, detached payload with crit ["b64"] is refused', () => {
      const token =
        'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19..A5dxf2s96_n5FLueVuW1Z_vh161FwXZC4YLPff6dmDY'
      expect(() => decode(token, key)).to.throw(InvalidTokenError)
    })
  })

  describe('the jwt.io HS256 example (secret "your-256-bit-secret")', () => {
    const token =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9' +
      '.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ' +
      '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'

    it('verifies, with no exp to enforce', () => {
      expect(decode(token, 'your-256-bit-secret')).to.deep.equal({
        sub: '1234567890',
        name: 'John Doe',
        iat: 1516239022,
      })
    })

    it('is what encode writes for the same claims and secret', () => {
      expect(
        encode({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }, 'your-256-bit-secret'),
      ).to.equal(token)
    })
  })
})
