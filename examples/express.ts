// An Express 5 API protected by jwt-hs256. Run it with `npm start`.
import express, { type ErrorRequestHandler, type Express } from 'express'
import { createServer } from 'node:http'
import { pathToFileURL } from 'node:url'
import { jwtAuth, type JwtRequest } from 'jwt-hs256/express'
import { cookie, login, secretFromEnvironment, start, type DemoClaims } from './demo.js'

export function createApp(secret: string | Uint8Array): Express {
  const app = express()
  app.use(express.json())

  // Built once, at start-up: a bad secret or option throws here, not on the first request.
  const requireToken = jwtAuth(secret)
  const requireTokenFromCookie = jwtAuth(secret, {
    getToken: (req) => cookie(req.headers.cookie, 'token'),
  })
  const handOnAuthErrors = jwtAuth(secret, { respond: false, realm: 'admin' })

  app.get('/', (_req, res) => {
    res.json({ message: 'Public. POST /login, then GET /me with the token.' })
  })

  app.post('/login', (req, res) => {
    const token = login(req.body, secret)
    if (token === undefined) {
      res.status(401).json({ error: 'Unknown username or password' })
      return
    }
    res.cookie('token', token, { httpOnly: true, sameSite: 'strict', maxAge: 3600_000 })
    res.json({ token })
  })

  app.get('/me', requireToken, (req: JwtRequest<DemoClaims>, res) => {
    res.json(req.auth)
  })

  // For browsers: the token rides in the HttpOnly cookie that /login set.
  app.get('/cookie/me', requireTokenFromCookie, (req: JwtRequest<DemoClaims>, res) => {
    res.json(req.auth)
  })

  app.get('/admin', handOnAuthErrors, (req: JwtRequest<DemoClaims>, res) => {
    if (req.auth?.role !== 'admin') {
      res.status(403).json({ error: 'Admins only' })
      return
    }
    res.json({ message: `Welcome, ${req.auth.sub}` })
  })

  // With respond: false the auth error arrives here carrying status 401 and its
  // WWW-Authenticate header, so the app can answer in its own words.
  const onError: ErrorRequestHandler = (
    error: Error & { status?: number; headers?: Record<string, string> },
    _req,
    res,
    _next,
  ) => {
    if (error.status === 401) {
      res
        .status(401)
        .set(error.headers)
        .json({ error: error.name, hint: 'POST /login to get a token' })
      return
    }
    res.status(500).json({ error: 'Internal error' })
  }
  app.use(onError)
  return app
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { secret, generated } = secretFromEnvironment()
  start(createServer(createApp(secret)), 'Express', secret, generated)
}
