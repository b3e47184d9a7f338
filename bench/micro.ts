// encode and decode side by side with the peers and the floor, for each payload size.
import { createVerifier, createSigner } from 'fast-jwt'
import { jwtVerify, SignJWT } from 'jose'
import jsonwebtoken from 'jsonwebtoken'
import { createSecretKey } from 'node:crypto'
import { decode, encode, PyJWTError } from 'jwt-hs256'
import { floorSigner, floorVerifier } from './floor.js'
import { compare, table, type CompareOptions } from './harness.js'
import { PAYLOADS, SECRET, tokensFor, type Size } from './tokens.js'

const keyObject = createSecretKey(SECRET, 'utf8')
const keyBytes = new TextEncoder().encode(SECRET)

/** Decodes as a middleware does: inside a try, a PyJWTError being an answer, not a failure. */
function attempt(token: string): boolean {
  try {
    decode(token, SECRET)
    return true
  } catch (error) {
    if (error instanceof PyJWTError) return false
    throw error
  }
}

export async function decodeTable(size: Size, options?: CompareOptions): Promise<string> {
  const { valid } = tokensFor(size)
  const floor = floorVerifier(SECRET)
  const fastJwt = createVerifier({ key: SECRET, algorithms: ['HS256'] })
  const fastJwtCached = createVerifier({ key: SECRET, algorithms: ['HS256'], cache: true })
  const results = await compare(
    {
      floor: () => floor(valid),
      'jwt-hs256 decode': () => decode(valid, SECRET),
      'fast-jwt (no cache)': (): unknown => fastJwt(valid),
      'fast-jwt (cache)': (): unknown => fastJwtCached(valid),
      'jsonwebtoken (string)': () => jsonwebtoken.verify(valid, SECRET, { algorithms: ['HS256'] }),
      'jsonwebtoken (KeyObject)': () =>
        jsonwebtoken.verify(valid, keyObject, { algorithms: ['HS256'] }),
      jose: () => jwtVerify(valid, keyBytes, { algorithms: ['HS256'] }),
    },
    options,
  )
  return (
    table(`decode, ${size} payload`, results, 'fast-jwt (no cache)') +
    ratioLine(results, 'jwt-hs256 decode', 'floor')
  )
}

export async function encodeTable(size: Size, options?: CompareOptions): Promise<string> {
  const claims = PAYLOADS[size]
  const floor = floorSigner(SECRET)
  const fastJwt = createSigner({ key: SECRET, algorithm: 'HS256', noTimestamp: true })
  const results = await compare(
    {
      floor: () => floor(claims),
      'jwt-hs256 encode': () => encode(claims, SECRET),
      'fast-jwt': () => fastJwt(claims),
      'jsonwebtoken (string)': () =>
        jsonwebtoken.sign(claims, SECRET, { algorithm: 'HS256', noTimestamp: true }),
      'jsonwebtoken (KeyObject)': () =>
        jsonwebtoken.sign(claims, keyObject, { algorithm: 'HS256', noTimestamp: true }),
      jose: () => new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' }).sign(keyBytes),
    },
    options,
  )
  return (
    table(`encode, ${size} payload`, results, 'fast-jwt') +
    ratioLine(results, 'jwt-hs256 encode', 'floor')
  )
}

export async function rejectionTable(options?: CompareOptions): Promise<string> {
  const { valid, forged, expired } = tokensFor('small')
  const results = await compare(
    {
      'accept valid': () => attempt(valid),
      'reject forged': () => attempt(forged),
      'reject expired': () => attempt(expired),
    },
    options,
  )
  return table(
    'jwt-hs256 decode: rejection against acceptance, small payload',
    results,
    'accept valid',
  )
}

function ratioLine(
  results: { name: string; opsPerSecond: number }[],
  ours: string,
  floor: string,
): string {
  const find = (name: string) =>
    results.find((result) => result.name === name)?.opsPerSecond ?? Number.NaN
  return `\n${ours} / floor: **${(find(ours) / find(floor)).toFixed(2)}×**\n`
}
