// The `jwt-hs256` command, run as users run it: the built bin in a child process with a
// clean environment. `npm test` builds first.
import { expect } from 'chai'
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decode } from '../src/index.js'
import { b64, HS256_HEADER, hmac, rawToken, SECRET, signedToken } from './support/tokens.js'

const BIN = 'dist/cli/jwt-hs256.js'

interface Run {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

interface RunOptions {
  readonly env?: Record<string, string>
  readonly input?: string | Buffer
}

/** Every output of every run, so the last test can search them all for the key. */
const outputs: { args: readonly string[]; text: string }[] = []

/** Runs the bin with only PATH and `env` set: no JWT_SECRET leaks in from the shell. */
function cli(args: readonly string[], { env = {}, input = '' }: RunOptions = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    input,
    encoding: 'utf8',
  })
  outputs.push({ args, text: result.stdout + result.stderr })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A run with the test key in JWT_SECRET. */
function withKey(args: readonly string[], input = ''): Run {
  return cli(args, { env: { JWT_SECRET: SECRET }, input })
}

/** A failure is one line on stderr, no stack trace, nothing on stdout, and `status`. */
function expectFailure(run: Run, status: number, message?: RegExp): void {
  expect(run.status, run.stderr).to.equal(status)
  expect(run.stdout).to.equal('')
  expect(run.stderr).to.match(/^[^\n]+\n$/)
  if (message) expect(run.stderr).to.match(message)
}

const now = (): number => Math.floor(Date.now() / 1000)
const EXPIRED = signedToken(HS256_HEADER, { sub: 'camera-7', exp: now() - 9000 })
const VALID = signedToken(HS256_HEADER, { sub: 'camera-7', exp: now() + 3600 })

/** The token class each exit code stands for, as `--help` documents them. */
const TOKEN_EXIT_CODES = {
  InvalidTokenError: 4,
  InvalidAlgorithmError: 5,
  InvalidSignatureError: 6,
  ExpiredSignatureError: 7,
} as const

describe('jwt-hs256 command line', () => {
  let scratch = ''

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'jwt-hs256-cli-'))
  })

  after(() => {
    rmSync(scratch, { recursive: true, force: true })
  })

  function keyFile(name: string, content: string | Buffer): string {
    const path = join(scratch, name)
    writeFileSync(path, content)
    return path
  }

  describe('the bin', () => {
    it('is the package’s bin entry, built, with a node shebang', () => {
      const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
        bin: Record<string, string>
        files: string[]
      }
      expect(manifest.bin).to.deep.equal({ 'jwt-hs256': './dist/cli/jwt-hs256.js' })
      expect(manifest.files).to.include('dist/cli')
      const path = manifest.bin['jwt-hs256'] ?? ''
      expect(existsSync(path), path).to.equal(true)
      expect(readFileSync(path, 'utf8').split('\n')[0]).to.equal('#!/usr/bin/env node')
    })

    for (const flag of ['--help', '-h', 'help']) {
      it(`prints the commands, key sources and every exit code with ${flag}`, () => {
        const run = cli([flag])
        expect(run.status).to.equal(0)
        expect(run.stderr).to.equal('')
        for (const word of ['keygen', 'encode', 'verify', 'inspect', '--key-env', '--key-file']) {
          expect(run.stdout).to.include(word)
        }
        expect(run.stdout).to.include('--key-stdin')
        expect(run.stdout).to.match(/^ {2}0 {2}success$/m)
        expect(run.stdout).to.match(/^ {2}2 {2}usage/m)
        expect(run.stdout).to.match(/^ {2}3 {2}key/m)
        for (const [name, code] of Object.entries(TOKEN_EXIT_CODES)) {
          expect(run.stdout).to.match(new RegExp(`^ {2}${String(code)} {2}${name}:`, 'm'))
        }
      })
    }

    for (const command of ['keygen', 'encode', 'verify', 'inspect']) {
      it(`prints the help of ${command} with ${command} --help`, () => {
        const run = cli([command, '--help'])
        expect(run.status).to.equal(0)
        expect(run.stdout).to.match(new RegExp(`^Usage: jwt-hs256 ${command}`))
      })
    }

    it('refuses no command, an unknown command and an unknown flag with exit 2', () => {
      expectFailure(cli([]), 2, /no command/)
      expectFailure(cli(['sign']), 2, /unknown command sign/)
      for (const command of ['keygen', 'encode', 'verify', 'inspect']) {
        expectFailure(cli([command, '--frobnicate']), 2, /Unknown option '--frobnicate'/)
      }
      expectFailure(cli(['verify', '--leeway']), 2, /--leeway/)
      expectFailure(cli(['keygen', '--json=yes']), 2, /--json/)
    })
  })

  describe('keygen', () => {
    it('prints 32 random bytes as base64url on stdout, and a storage note on stderr', () => {
      const first = cli(['keygen'])
      const second = cli(['keygen'])
      expect(first.status).to.equal(0)
      expect(first.stdout).to.match(/^[A-Za-z0-9_-]{43}\n$/)
      expect(Buffer.from(first.stdout.trim(), 'base64url')).to.have.length(32)
      expect(first.stdout).to.not.equal(second.stdout)
      expect(first.stderr).to.match(/^note: .*secret manager.*JWT_SECRET.*--key-file/)
    })

    it('takes --bytes N, 32 or more, and --hex', () => {
      expect(cli(['keygen', '--bytes', '64']).stdout).to.match(/^[A-Za-z0-9_-]{86}\n$/)
      expect(cli(['keygen', '--hex']).stdout).to.match(/^[0-9a-f]{64}\n$/)
      expect(cli(['keygen', '--hex', '--bytes=48']).stdout).to.match(/^[0-9a-f]{96}\n$/)
    })

    it('prints JSON with --json', () => {
      const run = cli(['keygen', '--json', '--hex', '--bytes', '40'])
      const output = JSON.parse(run.stdout) as { secret: string }
      expect(output).to.include({ encoding: 'hex', bytes: 40 })
      expect(output.secret).to.match(/^[0-9a-f]{80}$/)
    })

    it('refuses fewer than 32 bytes, a non-number and arguments with exit 2', () => {
      for (const bytes of ['31', '0', '-40', '32.5', 'lots', '4097']) {
        expectFailure(cli(['keygen', `--bytes=${bytes}`]), 2, /--bytes/)
      }
      expectFailure(cli(['keygen', 'extra']), 2, /no arguments/)
    })

    it('makes a secret that encode and verify take from JWT_SECRET', () => {
      const secret = cli(['keygen']).stdout.trim()
      const token = cli(['encode', '{"sub":"x"}'], { env: { JWT_SECRET: secret } }).stdout.trim()
      expect(decode(token, secret)).to.deep.equal({ sub: 'x' })
      const run = cli(['verify', token], { env: { JWT_SECRET: secret } })
      expect(run.status).to.equal(0)
      expect(run.stderr).to.equal('')
    })
  })

  describe('encode', () => {
    it('signs claims given as the argument, verbatim, and prints the token', () => {
      const run = withKey(['encode', '{"sub":"camera-7","n":[1,{"a":null}]}'])
      expect(run.status).to.equal(0)
      expect(run.stdout).to.match(/^[\w-]+\.[\w-]+\.[\w-]{43}\n$/)
      expect(decode(run.stdout.trim(), SECRET)).to.deep.equal({
        sub: 'camera-7',
        n: [1, { a: null }],
      })
    })

    it('reads the claims from stdin', () => {
      const run = withKey(['encode'], '{"sub":"from-stdin"}\n')
      expect(run.status).to.equal(0)
      expect(decode(run.stdout.trim(), SECRET)).to.deep.equal({ sub: 'from-stdin' })
    })

    it('warns on stderr, not stdout, when the token never expires', () => {
      const run = withKey(['encode', '{}'])
      expect(run.stderr).to.match(/never expires/)
      expect(withKey(['encode', '{"exp":4102444800}']).stderr).to.equal('')
      expect(withKey(['encode', '{}', '--exp', '1h']).stderr).to.equal('')
    })

    const lifetimes: [string, number][] = [
      ['90s', 90],
      ['15m', 900],
      ['2h', 7200],
      ['30d', 2_592_000],
    ]
    for (const [lifetime, seconds] of lifetimes) {
      it(`sets exp ${String(seconds)} seconds from now with --exp ${lifetime}`, () => {
        const before = now()
        const run = withKey(['encode', '{"sub":"x"}', '--exp', lifetime])
        const { exp } = decode(run.stdout.trim(), SECRET)
        expect(exp).to.be.within(before + seconds, now() + seconds)
      })
    }

    it('refuses a lifetime without a unit, zero, negative, fractional or unknown units', () => {
      for (const lifetime of ['900', '0m', '-5m', '1.5h', '1w', '15 m', 'm', '']) {
        expectFailure(withKey(['encode', '{}', `--exp=${lifetime}`]), 2, /--exp/)
      }
    })

    it('refuses --exp when the claims already have exp', () => {
      expectFailure(withKey(['encode', '{"exp":1}', '--exp', '1h']), 2, /already have exp/)
    })

    it('refuses invalid JSON, claims that are not an object, and a bad exp with exit 2', () => {
      expectFailure(withKey(['encode', '{"sub":']), 2, /not valid JSON/)
      for (const claims of ['[1]', '"x"', 'null', '42']) {
        expectFailure(withKey(['encode', claims]), 2, /must be a JSON object/)
      }
      expectFailure(withKey(['encode', '{"exp":"tomorrow"}']), 2, /exp/)
    })

    it('refuses no claims and two claims arguments with exit 2', () => {
      expectFailure(withKey(['encode']), 2, /no claims/)
      expectFailure(withKey(['encode'], '  \n'), 2, /no claims/)
      expectFailure(withKey(['encode', '{}', '{}']), 2, /one claims object/)
    })

    it('prints JSON with --json', () => {
      const run = withKey(['encode', '{"sub":"x"}', '--json'])
      const { token } = JSON.parse(run.stdout) as { token: string }
      expect(decode(token, SECRET)).to.deep.equal({ sub: 'x' })
    })
  })

  describe('verify', () => {
    it('prints the claims of a valid token given as the argument or on stdin', () => {
      for (const run of [withKey(['verify', VALID]), withKey(['verify'], `${VALID}\n`)]) {
        expect(run.status).to.equal(0)
        expect(run.stderr).to.equal('')
        expect(JSON.parse(run.stdout)).to.deep.equal(decode(VALID, SECRET))
      }
    })

    it('prints {"verified": true, "claims"} with --json', () => {
      const run = withKey(['verify', '--json', VALID])
      expect(JSON.parse(run.stdout)).to.deep.equal({
        verified: true,
        claims: decode(VALID, SECRET),
      })
    })

    it('verifies a device token: spaces in the JSON, typ first, a float exp', () => {
      const device = rawToken(
        '{"typ": "JWT", "alg": "HS256"}',
        `{"sub": "camera-7", "exp": ${String(now() + 60.25)}}`,
      )
      expect(withKey(['verify', device]).status).to.equal(0)
    })

    const refused: [keyof typeof TOKEN_EXIT_CODES, string][] = [
      ['InvalidTokenError', 'not-a-jwt'],
      ['InvalidTokenError', `${VALID}.extra`],
      ['InvalidAlgorithmError', `${b64('{"alg":"none"}')}.${b64('{"sub":"x"}')}.`],
      ['InvalidAlgorithmError', signedToken({ alg: 'HS512' }, { sub: 'x' })],
      ['InvalidSignatureError', signedToken(HS256_HEADER, { sub: 'x' }, 'another-key')],
      ['InvalidSignatureError', `${VALID.slice(0, VALID.lastIndexOf('.'))}.${hmac('x.y')}`],
      ['ExpiredSignatureError', EXPIRED],
    ]
    for (const [name, token] of refused) {
      it(`exits ${String(TOKEN_EXIT_CODES[name])} with "${name}: …" for a ${name}`, () => {
        expectFailure(withKey(['verify', token]), TOKEN_EXIT_CODES[name], new RegExp(`^${name}: `))
      })

      it(`prints {"verified": false, "error": "${name}"} with --json for a ${name}`, () => {
        const run = withKey(['verify', token, '--json'])
        expect(run.status).to.equal(TOKEN_EXIT_CODES[name])
        expect(run.stderr).to.equal('')
        const output = JSON.parse(run.stdout) as Record<string, unknown>
        expect(output).to.include({ verified: false, error: name })
        expect(output.message).to.be.a('string').and.not.equal('')
      })
    }

    it('tolerates clock skew after exp with --leeway SECONDS', () => {
      const skewed = signedToken(HS256_HEADER, { exp: now() - 10 })
      expect(withKey(['verify', skewed]).status).to.equal(7)
      expect(withKey(['verify', skewed, '--leeway', '60']).status).to.equal(0)
      expect(withKey(['verify', skewed, '--leeway=2.5']).status).to.equal(7)
    })

    it('refuses a leeway that is not a number of seconds, 0 or more, with exit 2', () => {
      for (const leeway of ['-5', 'abc', '1e3', '', '30s']) {
        expectFailure(withKey(['verify', VALID, `--leeway=${leeway}`]), 2, /--leeway/)
      }
    })

    it('refuses no token and two tokens with exit 2', () => {
      expectFailure(withKey(['verify']), 2, /no token/)
      expectFailure(withKey(['verify', VALID, VALID]), 2, /one token/)
    })
  })

  describe('inspect', () => {
    it('shows header, payload and time left, labelled unverified, with no key', () => {
      const token = signedToken(HS256_HEADER, { sub: 'x', exp: now() + 3 * 86_400 + 5 * 3600 + 30 })
      const run = cli(['inspect', token])
      expect(run.status).to.equal(0)
      expect(run.stderr).to.equal('')
      const lines = run.stdout.split('\n')
      expect(lines[0]).to.match(/^UNVERIFIED: the signature was not checked/)
      expect(run.stdout).to.include('header (unverified): {\n  "alg": "HS256"')
      expect(run.stdout).to.include('payload (unverified): {\n  "sub": "x"')
      expect(run.stdout).to.match(/^expiry \(unverified\): \d{4}-\S+Z, expires in 3d 5h$/m)
    })

    it('shows how long ago an expired token expired', () => {
      const token = signedToken(HS256_HEADER, { exp: now() - (2 * 3600 + 30 * 60) })
      expect(cli(['inspect', token]).stdout).to.match(/expired 2h 30m ago$/m)
    })

    it('says when exp is missing or not a number', () => {
      const forever = cli(['inspect', signedToken(HS256_HEADER, { sub: 'x' })])
      expect(forever.stdout).to.match(/no exp claim: the token never expires/)
      const bad = cli(['inspect', signedToken(HS256_HEADER, { exp: 'soon' })])
      expect(bad.status).to.equal(0)
      expect(bad.stdout).to.match(/exp is not a number: verify refuses/)
    })

    it('shows a token it cannot verify: forged, alg none, expired', () => {
      const forged = signedToken(HS256_HEADER, { sub: 'admin' }, 'not-the-key')
      const none = `${b64('{"alg":"none"}')}.${b64('{"sub":"x"}')}.`
      for (const token of [forged, none, EXPIRED]) {
        const run = cli(['inspect', token])
        expect(run.status).to.equal(0)
        expect(run.stdout).to.match(/^UNVERIFIED/)
      }
    })

    it('reads the token from stdin', () => {
      const run = cli(['inspect'], { input: `${VALID}\n` })
      expect(run.status).to.equal(0)
      expect(run.stdout).to.include('"sub": "camera-7"')
    })

    it('prints {"verified": false, header, payload, expiry} with --json', () => {
      const exp = now() + 600
      const run = cli(['inspect', '--json', signedToken(HS256_HEADER, { sub: 'x', exp })])
      const output = JSON.parse(run.stdout) as { expiry: Record<string, unknown> }
      expect(output).to.deep.include({
        verified: false,
        header: HS256_HEADER,
        payload: { sub: 'x', exp },
      })
      expect(output.expiry).to.include({ status: 'active', exp })
      expect(output.expiry.secondsLeft).to.be.within(590, 600)
      expect(output.expiry.at).to.equal(new Date(exp * 1000).toISOString())
      const expired = JSON.parse(cli(['inspect', '--json', EXPIRED]).stdout) as typeof output
      expect(expired).to.include({ verified: false })
      expect(expired.expiry).to.include({ status: 'expired' })
      expect(expired.expiry.secondsLeft).to.be.below(-8990)
      const forever = cli(['inspect', '--json', signedToken(HS256_HEADER, {})])
      expect(JSON.parse(forever.stdout)).to.deep.include({ expiry: { status: 'none' } })
    })

    it('shows an exp beyond any date without crashing', () => {
      const run = cli(['inspect', '--json', rawToken('{"alg":"HS256"}', '{"exp":1e300}')])
      expect(run.status).to.equal(0)
      expect(JSON.parse(run.stdout)).to.deep.include({ verified: false })
    })

    const garbage: [string, string][] = [
      ['one word', 'garbage'],
      ['two segments', 'a.b'],
      ['four segments', `${VALID}.x`],
      ['padding', `${b64('{"alg":"HS256"}')}=.${b64('{}')}.x`],
      ['a character outside base64url', `${b64('{"alg":"HS256"}')}.e30!.x`],
      ['a header that is not JSON', `${b64('not json')}.${b64('{}')}.x`],
      ['an empty header', `.${b64('{}')}.x`],
      ['a payload that is an array', `${b64('{"alg":"HS256"}')}.${b64('[1]')}.x`],
      ['a payload of length 4n+1', `${b64('{"alg":"HS256"}')}.abcde.x`],
      ['invalid UTF-8', `${b64('{"alg":"HS256"}')}.${b64(Buffer.from([0x7b, 0xff, 0x7d]))}.x`],
      ['binary junk', randomBytes(64).toString('latin1').replaceAll('\0', '')],
    ]
    for (const [what, token] of garbage) {
      it(`refuses ${what} with exit 4 and one line, never a stack trace`, () => {
        expectFailure(cli(['inspect', token]), 4, /^InvalidTokenError: /)
      })
    }

    it('refuses no token and key flags with exit 2: it never reads a key', () => {
      expectFailure(cli(['inspect']), 2, /no token/)
      expectFailure(cli(['inspect', VALID, '--key-env', 'JWT_SECRET']), 2, /--key-env/)
    })
  })

  describe('key sources', () => {
    it('reads JWT_SECRET by default and another variable with --key-env NAME', () => {
      expect(withKey(['verify', VALID]).status).to.equal(0)
      const run = cli(['verify', VALID, '--key-env', 'MY_KEY'], { env: { MY_KEY: SECRET } })
      expect(run.status).to.equal(0)
    })

    it('exits 3 when the variable is unset or empty', () => {
      expectFailure(cli(['verify', VALID]), 3, /JWT_SECRET is not set/)
      expectFailure(cli(['encode', '{}'], { env: { JWT_SECRET: '' } }), 3, /JWT_SECRET is empty/)
      expectFailure(cli(['verify', VALID, '--key-env=MY_KEY'], { env: { JWT_SECRET: SECRET } }), 3)
      expectFailure(cli(['verify', VALID, '--key-env=']), 2, /--key-env/)
    })

    it('reads --key-file PATH, stripping one trailing newline, LF or CRLF', () => {
      for (const content of [SECRET, `${SECRET}\n`, `${SECRET}\r\n`]) {
        const path = keyFile('key', content)
        expect(cli(['verify', VALID, '--key-file', path]).status, JSON.stringify(content)).to.equal(
          0,
        )
        const token = cli(['encode', '{}', '--key-file', path]).stdout.trim()
        expect(decode(token, SECRET)).to.deep.equal({})
      }
    })

    it('strips only one newline, and keeps binary bytes', () => {
      const twoNewlines = keyFile('two-newlines', `${SECRET}\n\n`)
      const token = cli(['encode', '{}', '--key-file', twoNewlines]).stdout.trim()
      expect(decode(token, `${SECRET}\n`)).to.deep.equal({})
      const binary = Buffer.from([0, 1, 2, 0xff, ...randomBytes(40), 9])
      const binaryToken = cli(['encode', '{}', '--key-file', keyFile('binary', binary)])
      expect(decode(binaryToken.stdout.trim(), binary)).to.deep.equal({})
    })

    it('exits 3 for a missing, unreadable or empty key file', () => {
      expectFailure(
        cli(['verify', VALID, '--key-file', join(scratch, 'missing')]),
        3,
        /cannot read the --key-file file \(ENOENT\)/,
      )
      expectFailure(cli(['verify', VALID, '--key-file', scratch]), 3, /not a regular file/)
      expectFailure(cli(['verify', VALID, '--key-file', '/dev/zero']), 3, /not a regular file/)
      const huge = keyFile('huge', 'k'.repeat(64 * 1024 + 1))
      expectFailure(cli(['verify', VALID, '--key-file', huge]), 3, /over 64 KiB/)
      expectFailure(cli(['verify', VALID, '--key-file', keyFile('empty', '')]), 3, /is empty/)
      expectFailure(cli(['encode', '{}', '--key-file', keyFile('newline', '\n')]), 3, /is empty/)
    })

    it('refuses a --leeway too large to be a number as a usage error', () => {
      expectFailure(withKey(['verify', VALID, '--leeway', '9'.repeat(400)]), 2, /--leeway/)
    })

    it('refuses claims nested too deeply to sign, and such a token for inspect, without a crash', () => {
      const deep = `{"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}`
      expectFailure(withKey(['encode'], deep), 2, /invalid claims/)
      const token = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from(deep).toString('base64url')}.x`
      expectFailure(cli(['inspect'], { input: token }), 4, /nested too deeply/)
    })

    it('ends quietly, with exit 1, when the reader of its output has gone away', async () => {
      // The read end closes before the bin has started, so its first write meets EPIPE.
      const child = spawn(process.execPath, [BIN, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] })
      child.stdout.destroy()
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      const [status] = (await once(child, 'close')) as [number | null]
      expect(stderr).to.not.match(/\n\s+at /)
      expect(status).to.equal(1)
    })

    it('never echoes a --key-env name or a --key-file path, in case a secret was passed there', () => {
      const mistaken = 'a-secret-passed-where-a-name-belongs-0123456789'
      for (const flags of [
        ['--key-env', mistaken],
        ['--key-file', mistaken],
      ]) {
        const result = cli(['verify', VALID, ...flags])
        expect(result.status).to.equal(3)
        expect(result.stdout + result.stderr).to.not.include(mistaken)
      }
    })

    it('reads --key-stdin, stripping one trailing newline; input is then the argument', () => {
      const verified = cli(['verify', VALID, '--key-stdin'], { input: `${SECRET}\n` })
      expect(verified.status).to.equal(0)
      const encoded = cli(['encode', '{"sub":"x"}', '--key-stdin'], { input: SECRET })
      expect(decode(encoded.stdout.trim(), SECRET)).to.deep.equal({ sub: 'x' })
    })

    it('refuses --key-stdin without the input as an argument (2), or with empty stdin (3)', () => {
      expectFailure(cli(['verify', '--key-stdin'], { input: SECRET }), 2, /as an argument/)
      expectFailure(cli(['encode', '--key-stdin'], { input: SECRET }), 2, /as an argument/)
      expectFailure(cli(['verify', VALID, '--key-stdin']), 3, /from stdin is empty/)
    })

    it('refuses two key sources with exit 2', () => {
      const path = keyFile('key', SECRET)
      expectFailure(withKey(['verify', VALID, '--key-file', path, '--key-stdin']), 2, /only one/)
      expectFailure(withKey(['verify', VALID, '--key-env=X', '--key-file', path]), 2, /only one/)
    })

    it('warns on stderr when the key is shorter than 32 bytes, and still works', () => {
      const run = cli(['encode', '{"exp":4102444800}'], { env: { JWT_SECRET: 'short' } })
      expect(run.status).to.equal(0)
      expect(decode(run.stdout.trim(), 'short')).to.have.property('exp')
      expect(run.stderr).to.match(/^warning: the key is shorter than 32 bytes/)
    })
  })

  describe('the key, never printed', () => {
    const KEY = `never-print-me-${randomBytes(16).toString('hex')}`
    const forms = [KEY, Buffer.from(KEY).toString('base64url'), Buffer.from(KEY).toString('hex')]
    const token = signedToken(HS256_HEADER, { sub: 'x', exp: now() + 60 }, KEY)
    const expired = signedToken(HS256_HEADER, { sub: 'x', exp: now() - 60 }, KEY)

    /** Each command, succeeding and failing, with the key in each place it can be read from. */
    function everyCommand(): Run[] {
      const env = { JWT_SECRET: KEY, MY_KEY: KEY }
      const path = keyFile('secret', `${KEY}\n`)
      const runs: Run[] = []
      for (const args of [
        ['keygen'],
        ['keygen', '--json'],
        ['keygen', '--bytes', '1'],
        ['inspect', token],
        ['inspect', '--json', token],
        ['inspect', 'garbage'],
        ['encode', '{"sub":"x"}'],
        ['encode', '{"sub":"x"}', '--json', '--exp', '1m'],
        ['encode', 'not json'],
        ['encode', '{"sub":"x"}', '--key-env', 'MY_KEY'],
        ['encode', '{"sub":"x"}', '--key-file', path],
        ['verify', token],
        ['verify', '--json', token],
        ['verify', expired],
        ['verify', '--json', expired],
        ['verify', 'garbage'],
        ['verify', token, '--key-file', path],
        ['verify', token, '--key-file', path, '--key-env', 'MY_KEY'],
        ['verify', '--unknown', KEY],
        ['verify', token, '--key-env', 'UNSET'],
      ]) {
        runs.push(cli(args, { env }))
      }
      runs.push(cli(['verify', token, '--key-stdin'], { input: KEY }))
      runs.push(cli(['verify', expired, '--key-stdin', '--json'], { input: KEY }))
      runs.push(cli(['encode', '{}', '--key-stdin'], { input: `${KEY}\n` }))
      runs.push(cli(['encode', '--key-stdin'], { input: KEY }))
      runs.push(cli(['verify', token], { env: { JWT_SECRET: 'x' } }))
      return runs
    }

    it('appears in no output of any command, on stdout or stderr, in any encoding', () => {
      const runs = everyCommand()
      for (const run of runs) {
        for (const form of forms) {
          expect(run.stdout).to.not.include(form)
          expect(run.stderr).to.not.include(form)
        }
      }
      expect(runs.map((run) => run.status)).to.include.members([0, 2, 3, 4, 6, 7])
    })

    it('nor the test key, in any run of this file', () => {
      const secretForms = [SECRET, Buffer.from(SECRET).toString('base64url')]
      for (const { args, text } of outputs) {
        for (const form of secretForms) expect(text, args.join(' ')).to.not.include(form)
      }
    })
  })
})
