// Mutation check of the tests: weakens each security check of src/ in a scratch copy of
// the project, one at a time, runs the suite, and reports the first test that fails.
// A mutant that no test kills is a hole in the tests. Run with `npm run test:mutants`.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

interface Mutant {
  check: string
  file: string
  from: string | RegExp
  to: string
}

const MUTANTS: Mutant[] = [
  {
    check: 'base64url alphabet before decoding',
    file: 'src/base64url.ts',
    from: '/^[A-Za-z0-9_-]*$/',
    to: '/^[^.]*$/',
  },
  {
    check: 'no 4n+1 segment lengths',
    file: 'src/base64url.ts',
    from: 'text.length % 4 === 1 ? undefined : ',
    to: '',
  },
  {
    check: 'signature length checked before comparing',
    file: 'src/hmac.ts',
    from: 'if (signature.length !== SIGNATURE_LENGTH) return false',
    to: '',
  },
  {
    check: 'canonical signature text, not just its bytes',
    file: 'src/hmac.ts',
    from: "timingSafeEqual(Buffer.from(signature, 'latin1'), Buffer.from(expected, 'latin1'))",
    to: "Buffer.from(signature, 'base64url').equals(Buffer.from(expected, 'base64url'))",
  },
  {
    check: 'size limit before any work',
    file: 'src/compact.ts',
    from: 'token.length > maxTokenLength',
    to: 'false',
  },
  {
    check: 'token must be a string',
    file: 'src/compact.ts',
    from: "if (typeof token !== 'string') throw",
    to: "if (typeof token === 'symbol') throw",
  },
  {
    check: 'exactly three segments',
    file: 'src/compact.ts',
    from: " || token.includes('.', secondDot + 1)",
    to: '',
  },
  {
    check: 'non-empty header and payload',
    file: 'src/compact.ts',
    from: "parts.header === '' || parts.payload === ''",
    to: 'false',
  },
  { check: 'strict UTF-8', file: 'src/json.ts', from: 'fatal: true', to: 'fatal: false' },
  {
    check: 'byte-order mark refused',
    file: 'src/json.ts',
    from: 'ignoreBOM: true',
    to: 'ignoreBOM: false',
  },
  {
    check: 'header and payload are JSON objects',
    file: 'src/json.ts',
    from: '&& !Array.isArray(value)',
    to: '',
  },
  {
    check: 'parser text never in messages',
    file: 'src/json.ts',
    from: /\} catch \{\n\s*throw new InvalidTokenError\(message\)/,
    to: '} catch (error) {\n    throw new InvalidTokenError(`${message}: ${String(error)}`)',
  },
  {
    check: 'members read only from the object itself',
    file: 'src/json.ts',
    from: 'Object.hasOwn(object, name) ? object[name] : undefined',
    to: 'object[name]',
  },
  {
    check: 'alg exactly "HS256"',
    file: 'src/header.ts',
    from: "ownMember(header, 'alg') !== HS256",
    to: "String(ownMember(header, 'alg')).toUpperCase() !== HS256",
  },
  {
    check: 'only HS256 headers skip decoding',
    file: 'src/header.ts',
    from: `'{"alg":"HS256"}',`,
    to: `'{"alg":"none"}',`,
  },
  {
    check: 'cached text keys are looked up by the key',
    file: 'src/key.ts',
    from: 'let secret = textKeys.get(key)',
    to: 'let secret = textKeys.values().next().value',
  },
  {
    check: 'prebuilt rejections are told apart by message',
    file: 'src/rejection.ts',
    from: '`${error.name}\\n${error.message}\\n${String(isMalformedRequest(error))}`',
    to: 'error.name',
  },
  {
    check: 'the stack trace limit is restored',
    file: 'src/errors.ts',
    from: '      Error.stackTraceLimit = stackTraceLimit\n',
    to: '',
  },
  {
    check: 'crit refused',
    file: 'src/header.ts',
    from: "Object.hasOwn(header, 'crit')",
    to: 'false',
  },
  {
    check: 'algorithms must include HS256',
    file: 'src/header.ts',
    from: '!algorithms.includes(HS256)',
    to: 'false',
  },
  {
    check: 'signature checked before the payload is parsed',
    file: 'src/verify.ts',
    from: /( {2}if \(!hasValidSignature[\s\S]*?\n {2}\}\n)( {2}const payload = [^\n]*\n)/,
    to: '$2$1',
  },
  {
    check: 'exp is a finite number',
    file: 'src/expiry.ts',
    from: ' || !Number.isFinite(exp)',
    to: '',
  },
  {
    check: 'exp read only when the payload has it',
    file: 'src/expiry.ts',
    from: "if (!Object.hasOwn(payload, 'exp')) return",
    to: "if (!('exp' in payload)) return",
  },
  {
    check: 'expired at now >= exp + leeway',
    file: 'src/expiry.ts',
    from: '>= exp + settings.leeway',
    to: '> exp + settings.leeway',
  },
  {
    check: 'leeway is added, not subtracted',
    file: 'src/expiry.ts',
    from: 'exp + settings.leeway',
    to: 'exp - settings.leeway',
  },
  { check: 'leeway must be 0 or more', file: 'src/options.ts', from: ' || leeway < 0', to: '' },
  {
    check: 'empty keys refused',
    file: 'src/key.ts',
    from: 'if (secret.symmetricKeySize === 0) throw',
    to: 'if (secret.symmetricKeySize === -1) throw',
  },
  {
    check: 'only secret KeyObjects',
    file: 'src/key.ts',
    from: " && key.type === 'secret'",
    to: '',
  },
  {
    check: 'bearer: spaces only, one b64token',
    file: 'src/bearer.ts',
    from: '/^bearer +([A-Za-z0-9\\-._~+/]+=*)$/i',
    to: '/^bearer\\s+(\\S+)$/i',
  },
  {
    check: 'bearer: several headers refused',
    file: 'src/bearer.ts',
    from: 'authorization.length > 1',
    to: 'authorization.length > 99',
  },
  {
    check: 'challenge: quotes and backslashes escaped',
    file: 'src/challenge.ts',
    from: '/[\\\\"]/g',
    to: '/["]/g',
  },
  {
    check: 'challenge: invalid_request for malformed headers',
    file: 'src/challenge.ts',
    from: "isMalformedRequest(error) ? 'invalid_request' : 'invalid_token'",
    to: "'invalid_token'",
  },
  {
    check: 'realm without control characters',
    file: 'src/middleware.ts',
    from: ' || !FIELD_TEXT.test(realm)',
    to: '',
  },
  {
    check: 'claims never stored under __proto__',
    file: 'src/middleware.ts',
    from: ' || RESERVED_PROPERTIES.has(name)',
    to: '',
  },
  {
    check: 'algorithms without HS256 fail at build',
    file: 'src/middleware.ts',
    from: 'if (!checkAlgorithms(algorithms).includes(HS256)) {',
    to: 'if (!checkAlgorithms(algorithms).includes(HS256) && false) {',
  },
  {
    check: 'short secret warning',
    file: 'src/middleware.ts',
    from: 'if (bytes >= MIN_SECRET_BYTES) return',
    to: 'return',
  },
  {
    check: 'CORS preflight is OPTIONS only',
    file: 'src/preflight.ts',
    from: "method === 'OPTIONS' && ",
    to: '',
  },
  {
    check: 'Express: only PyJWTError becomes a 401',
    file: 'adapters/express.ts',
    from: 'if (error instanceof PyJWTError) refuse(',
    to: 'if (error instanceof Error) refuse(',
  },
  {
    check: 'Koa: only PyJWTError becomes a 401',
    file: 'adapters/koa.ts',
    from: 'if (!(error instanceof PyJWTError)) throw error',
    to: '',
  },
]

const root = resolve(import.meta.dirname, '..')
const scratch = mkdtempSync(join(tmpdir(), 'jwt-hs256-mutants-'))
// Everything `npm test`'s mocha run reads, including what `npm pack` (whose prepare
// script builds) needs in the package test.
for (const entry of [
  'src',
  'adapters',
  'cli',
  'test',
  'examples',
  'dist',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  '.mocharc.json',
  'README.md',
  'LICENSE',
]) {
  cpSync(join(root, entry), join(scratch, entry), { recursive: true })
}
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'))

/** Runs the suite in the scratch copy; returns the first failing test, or undefined. */
function firstFailure(): string | undefined {
  const report = join(scratch, 'report.json')
  try {
    execFileSync(
      'npx',
      ['mocha', '--bail', '--reporter', 'json', '--reporter-option', `output=${report}`],
      {
        cwd: scratch,
        stdio: 'ignore',
        env: { ...process.env, FC_SEED: '1' },
      },
    )
    return undefined
  } catch {
    const { failures } = JSON.parse(readFileSync(report, 'utf8')) as {
      failures: { fullTitle: string }[]
    }
    return failures[0]?.fullTitle ?? 'the run failed before any test'
  }
}

const rows: string[] = ['| security check | file | killed by |', '|---|---|---|']
let survivors = 0
try {
  for (const mutant of MUTANTS) {
    const path = join(scratch, mutant.file)
    const original = readFileSync(path, 'utf8')
    const mutated = original.replace(mutant.from, mutant.to)
    if (mutated === original)
      throw new Error(`mutant "${mutant.check}" did not apply to ${mutant.file}`)
    writeFileSync(path, mutated)
    const killer = firstFailure()
    writeFileSync(path, original)
    if (killer === undefined) survivors += 1
    rows.push(`| ${mutant.check} | \`${mutant.file}\` | ${killer ?? '**SURVIVED**'} |`)
    console.error(`${killer === undefined ? 'SURVIVED' : 'killed  '} ${mutant.check}`)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
console.log(rows.join('\n'))
console.log(`\n${String(MUTANTS.length - survivors)} of ${String(MUTANTS.length)} mutants killed`)
process.exitCode = survivors === 0 ? 0 : 1
