// Drives the example apps as a user would, so the examples cannot rot.
import { expect } from 'chai'
import { spawn } from 'node:child_process'
import request from 'supertest'
import { decode } from '../src/index.js'
import { createApp as createExpressApp } from '../examples/express.js'
import { createApp as createKoaApp } from '../examples/koa.js'

const SECRET = 'example-secret-of-at-least-32-bytes!'
const EXAMPLES = [
  { name: 'Express', app: createExpressApp(SECRET) },
  { name: 'Koa', app: createKoaApp(SECRET).callback() },
]

for (const { name, app } of EXAMPLES) {
  describe(`examples: the ${name} app`, () => {
    const loginAs = async (username: string, password: string) =>
      request(app)
        .post('/login')
        .set('Content-Type', 'application/json')
        .send({ username, password })

    it('serves a public route', async () => {
      expect((await request(app).get('/')).status).to.equal(200)
    })

    it('issues a one-hour token and an HttpOnly cookie on POST /login', async () => {
      const response = await loginAs('demo', 'demo-password')
      expect(response.status).to.equal(200)
      const claims = decode(response.body.token as string, SECRET)
      expect(claims).to.include({ sub: 'demo', role: 'viewer' })
      expect(claims.exp).to.be.closeTo(Date.now() / 1000 + 3600, 5)
      expect(String(response.headers['set-cookie'])).to.match(/^token=[\w.-]+;.*HttpOnly/i)
    })

    it('refuses wrong credentials', async () => {
      expect((await loginAs('demo', 'guess')).status).to.equal(401)
      expect((await loginAs('nobody', 'demo-password')).status).to.equal(401)
    })

    it('answers GET /me with the claims of a bearer token, and 401 without one', async () => {
      const { token } = (await loginAs('demo', 'demo-password')).body as { token: string }
      const me = await request(app).get('/me').set('Authorization', `Bearer ${token}`)
      expect(me.status).to.equal(200)
      expect(me.body).to.include({ sub: 'demo' })
      const anonymous = await request(app).get('/me')
      expect(anonymous.status).to.equal(401)
      expect(anonymous.headers['www-authenticate']).to.equal('Bearer')
    })

    it('reads the token from the cookie on /cookie/me', async () => {
      const login = await loginAs('demo', 'demo-password')
      const cookies = ([] as string[]).concat(login.headers['set-cookie'] ?? [])
      const me = await request(app)
        .get('/cookie/me')
        .set('Cookie', cookies.map((each) => each.split(';')[0]).join('; '))
      expect(me.status).to.equal(200)
      expect(me.body).to.include({ sub: 'demo' })
      expect((await request(app).get('/cookie/me')).status).to.equal(401)
    })

    it('answers auth failures on /admin in its own words (respond: false)', async () => {
      const anonymous = await request(app).get('/admin')
      expect(anonymous.status).to.equal(401)
      expect(anonymous.headers['www-authenticate']).to.equal('Bearer realm="admin"')
      expect(anonymous.body).to.deep.equal({
        error: 'MissingTokenError',
        hint: 'POST /login to get a token',
      })
      const { token: viewer } = (await loginAs('demo', 'demo-password')).body as { token: string }
      expect(
        (await request(app).get('/admin').set('Authorization', `Bearer ${viewer}`)).status,
      ).to.equal(403)
      const { token: admin } = (await loginAs('admin', 'admin-password')).body as { token: string }
      expect(
        (await request(app).get('/admin').set('Authorization', `Bearer ${admin}`)).status,
      ).to.equal(200)
    })
  })
}

/** Starts an example as `npm start` does (after its build step) and reads what it prints. */
async function startExample(file: string, environment: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    env: { ...environment, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const curlLine = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const line = /^ *curl -H "Authorization: Bearer ([\w.-]+)" (http:\/\/\S+)$/m.exec(output)
      if (line !== null) resolve(line[0])
    })
    child.on('exit', () => {
      reject(new Error(`the example exited:\n${output}`))
    })
  })
  const [, token = '', url = ''] = /Bearer ([\w.-]+)" (\S+)$/.exec(curlLine) ?? []
  return { child, output: () => output, token, url }
}

describe('examples: npm start', function () {
  this.timeout(30_000)

  for (const file of ['examples/express.ts', 'examples/koa.ts']) {
    it(`${file} without JWT_SECRET: says it generated a secret, and its curl line works`, async () => {
      const environment = { ...process.env } as Record<string, string>
      delete environment.JWT_SECRET
      const started = await startExample(file, environment)
      try {
        expect(started.output()).to.include('random secret generated for this run')
        const withToken = await fetch(started.url, {
          headers: { Authorization: `Bearer ${started.token}` },
        })
        expect(withToken.status).to.equal(200)
        expect(await withToken.json()).to.include({ sub: 'demo' })
        const withoutToken = await fetch(started.url)
        expect(withoutToken.status).to.equal(401)
        expect(withoutToken.headers.get('www-authenticate')).to.match(/^Bearer/)
      } finally {
        started.child.kill()
      }
    })
  }

  it('uses JWT_SECRET when it is set, and never prints it', async () => {
    const secret = 'env-secret-that-is-long-enough-0123456789'
    const started = await startExample('examples/express.ts', {
      ...process.env,
      JWT_SECRET: secret,
    })
    try {
      expect(decode(started.token, secret)).to.include({ sub: 'demo' })
      expect(started.output()).to.not.include(secret)
    } finally {
      started.child.kill()
    }
  })
})
