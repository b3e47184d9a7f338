// The built package, loaded by its own name as users load it. `npm test` builds first.
import { expect } from 'chai'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ENTRY_EXPORTS: Record<string, string[]> = {
  'jwt-hs256': [
    'ExpiredSignatureError',
    'InvalidAlgorithmError',
    'InvalidSignatureError',
    'InvalidTokenError',
    'MissingTokenError',
    'PyJWTError',
    'authenticate',
    'bearerToken',
    'decode',
    'encode',
    'exceptions',
  ],
  'jwt-hs256/express': ['jwtAuth'],
  'jwt-hs256/koa': ['jwtAuth'],
}

describe('package', () => {
  // In a plain child process: the test runner's TypeScript loader has a require hook
  // of its own, which is not what users run.
  it('exports exactly the contract’s names, the same through import and require', () => {
    for (const [entry, names] of Object.entries(ENTRY_EXPORTS)) {
      const script = [
        "import { createRequire } from 'node:module'",
        `const imported = await import('${entry}')`,
        `const required = createRequire(import.meta.url)('${entry}')`,
        'const same = Object.keys(imported).every((name) => imported[name] === required[name])',
        'console.log(JSON.stringify({ imported: Object.keys(imported), required: Object.keys(required), same }))',
      ].join('\n')
      const result = JSON.parse(
        execFileSync('node', ['--input-type=module', '--eval', script], { encoding: 'utf8' }),
      ) as { imported: string[]; required: string[]; same: boolean }
      expect(result.imported.sort(), entry).to.deep.equal(names)
      expect(result.required.sort(), entry).to.deep.equal(names)
      expect(result.same, entry).to.equal(true)
    }
  })

  it('has no runtime dependencies', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>
    expect(manifest).to.not.have.property('dependencies')
  })

  describe('the npm pack tarball, installed in an empty project', function () {
    this.timeout(120_000)
    let project = ''

    before(() => {
      project = mkdtempSync(join(tmpdir(), 'jwt-hs256-consumer-'))
      const packed = JSON.parse(
        execFileSync('npm', ['pack', '--json', '--pack-destination', project], {
          encoding: 'utf8',
        }),
      ) as { filename: string; files: { path: string }[] }[]
      const [{ filename, files } = { filename: '', files: [] }] = packed
      expect(
        files
          .map((file) => file.path)
          .filter(
            (path) =>
              !/^(dist\/(src|adapters|cli)\/|package\.json$|README\.md$|LICENSE$)/.test(path),
          ),
      ).to.deep.equal([])
      writeFileSync(join(project, 'package.json'), '{"name":"consumer","private":true}')
      execFileSync(
        'npm',
        ['install', '--offline', '--no-audit', '--no-fund', join(project, filename)],
        {
          cwd: project,
          stdio: 'pipe',
        },
      )
    })

    after(() => {
      rmSync(project, { recursive: true, force: true })
    })

    const script = [
      "const token = jwt.encode({ sub: 'x' }, 'key')",
      "const claims = jwt.decode(token, 'key')",
      "let name = ''",
      "try { jwt.decode(token, 'other') } catch (error) { name = error instanceof jwt.InvalidSignatureError ? error.name : 'wrong class' }",
      'console.log(JSON.stringify({ claims, name }))',
    ].join('\n')
    const expected = { claims: { sub: 'x' }, name: 'InvalidSignatureError' }

    it('works with import', () => {
      writeFileSync(join(project, 'esm.mjs'), `import * as jwt from 'jwt-hs256'\n${script}`)
      expect(
        JSON.parse(execFileSync('node', ['esm.mjs'], { cwd: project, encoding: 'utf8' })),
      ).to.deep.equal(expected)
    })

    it('loads both adapters without express or koa installed', () => {
      const adapters = [
        "import { jwtAuth as expressJwtAuth } from 'jwt-hs256/express'",
        "import { jwtAuth as koaJwtAuth } from 'jwt-hs256/koa'",
        "const secret = 'a-secret-that-is-at-least-32-bytes-long'",
        'console.log(typeof expressJwtAuth(secret) + " " + typeof koaJwtAuth(secret))',
      ].join('\n')
      writeFileSync(join(project, 'adapters.mjs'), adapters)
      expect(execFileSync('node', ['adapters.mjs'], { cwd: project, encoding: 'utf8' })).to.equal(
        'function function\n',
      )
      expect(() =>
        execFileSync('node', ['-e', "require.resolve('express')"], { cwd: project, stdio: 'pipe' }),
      ).to.throw()
    })

    it('works with require', () => {
      writeFileSync(join(project, 'cjs.cjs'), `const jwt = require('jwt-hs256')\n${script}`)
      expect(
        JSON.parse(execFileSync('node', ['cjs.cjs'], { cwd: project, encoding: 'utf8' })),
      ).to.deep.equal(expected)
    })
  })
})
