// Keys and claims every interop suite exchanges with the other implementations.

/** 32 bytes that are not UTF-8 text (0xff, lone continuation bytes, NUL). */
export const BINARY_KEY = Uint8Array.from(
  Buffer.from('00ff10fe80c0c1f50123456789abcdef'.repeat(2), 'hex'),
)

/** Unicode in every plane JSON escapes differently, nested objects and arrays. */
export const UNICODE_NESTED = {
  sub: 'caméra 🙂',
  name: '東京のカメラ 📷',
  note: 'naïve — «ok» \u2028 "quoted" \\ back',
  tags: ['α', 'β', { deep: [1, 2.5, null, true, false, 'ü'] }],
  ctx: { a: { b: { c: 'd', n: -17 } }, empty: {}, none: [] },
}
