// Compile-only checks of the Express adapter's public types, never run. `tsc -p tsconfig.json`
// checks them against @types/express 5, `tsc -p tsconfig.types-express4.json` against 4.
import { createSecretKey } from 'node:crypto'
import express, { type Request, type RequestHandler } from 'express'
import { jwtAuth, type ExpressJwtOptions, type JwtRequest } from '../../adapters/express.js'

const secret = 'a shared secret of at least 32 bytes'

interface Claims {
  sub: string
  role: 'admin' | 'user'
}

export const app = express()

// The middleware is a plain RequestHandler, whatever the secret's form.
app.use(jwtAuth(secret))
app.use('/bytes', jwtAuth(new TextEncoder().encode(secret)))
app.use('/key', jwtAuth(createSecretKey(Buffer.from(secret))))
export const handler: RequestHandler = jwtAuth(secret, {})

// Handlers annotate the request they get.
app.get('/me', jwtAuth(secret), (req: JwtRequest<Claims>, res) => {
  const sub: string | undefined = req.auth?.sub
  const role: 'admin' | 'user' | undefined = req.auth?.role
  res.json({ sub, role })
})
// Without a claims type, only exp is typed (unchecked claims are unknown).
app.get('/default-claims', (req: JwtRequest, res) => {
  const exp: number | undefined = req.auth?.exp
  const scope: unknown = req.auth?.['scope']
  // @ts-expect-error -- sub is unknown until the app checks it
  const sub: string | undefined = req.auth?.sub
  res.json({ exp, scope, sub })
})
app.get('/narrowed', (req: JwtRequest<Claims>, res) => {
  if (req.auth === undefined) {
    res.sendStatus(401)
    return
  }
  const sub: string = req.auth.sub
  res.json({ sub })
})
app.get('/strict', (req: JwtRequest<Claims>, res) => {
  // @ts-expect-error -- req.auth is undefined when no token was required
  const sub: string = req.auth.sub
  res.json({ sub })
})
app.get('/wrong-type', (req: JwtRequest<Claims>, res) => {
  // @ts-expect-error -- sub is a string
  const sub: number | undefined = req.auth?.sub
  res.json({ sub })
})
app.get('/unknown-claim', (req: JwtRequest<Claims>, res) => {
  // @ts-expect-error -- not one of the declared claims
  const scope: unknown = req.auth?.scope
  res.json({ scope })
})
export const router = express.Router()
router.use(jwtAuth(secret, { credentialsRequired: false }))
router.post('/items/:id', (req: JwtRequest<Claims>, res) => {
  res.json({ id: req.params.id, role: req.auth?.role })
})

// Every option.
export const everyOption: ExpressJwtOptions = {
  algorithms: ['HS256'],
  leeway: 5,
  realm: 'api',
  credentialsRequired: false,
  getToken: (req: Request) => req.get('x-token'),
  now: () => Math.floor(Date.now() / 1000),
  maxTokenLength: 4096,
  respond: false,
  requestProperty: 'user',
}
app.use(jwtAuth(secret, everyOption))
app.use(
  jwtAuth(secret, {
    algorithms: ['HS256'] as const,
    getToken: (req) => Promise.resolve(req.get('x-token') ?? null),
  }),
)
app.use(jwtAuth(secret, { getToken: () => null }))
app.use(jwtAuth(secret, { getToken: () => undefined }))
// Options may be spelt out as undefined, even under exactOptionalPropertyTypes.
app.use(
  jwtAuth(secret, {
    algorithms: undefined,
    leeway: undefined,
    realm: undefined,
    credentialsRequired: undefined,
    getToken: undefined,
    now: undefined,
    maxTokenLength: undefined,
    respond: undefined,
    requestProperty: undefined,
  }),
)

// Mistakes caught at compile time.
// @ts-expect-error -- the secret is required
jwtAuth()
// @ts-expect-error -- a number is no key
jwtAuth(42)
// @ts-expect-error -- process.env values may be undefined
jwtAuth(process.env.JWT_SECRET)
// @ts-expect-error -- leeway is a number of seconds
jwtAuth(secret, { leeway: '5' })
// @ts-expect-error -- getToken returns a string, null or undefined
jwtAuth(secret, { getToken: () => 42 })
// @ts-expect-error -- nor a promise of anything else
jwtAuth(secret, { getToken: () => Promise.resolve(42) })
// @ts-expect-error -- credentialsRequired is a boolean
jwtAuth(secret, { credentialsRequired: 'false' })
// @ts-expect-error -- respond is a boolean
jwtAuth(secret, { respond: 0 })
// @ts-expect-error -- now returns a number
jwtAuth(secret, { now: () => new Date() })
// @ts-expect-error -- algorithms is an array
jwtAuth(secret, { algorithms: 'HS256' })
// @ts-expect-error -- requestProperty is a string
jwtAuth(secret, { requestProperty: Symbol('auth') })
// @ts-expect-error -- the Koa adapter's option
jwtAuth(secret, { key: 'user' })
// @ts-expect-error -- no such option
jwtAuth(secret, { audience: 'api' })

// A custom requestProperty has its own typed request.
const toUser = jwtAuth(secret, { requestProperty: 'user' })
app.get('/custom', toUser, (req: JwtRequest<Claims, 'user'>, res) => {
  res.json({ sub: req.user?.sub })
})
app.get('/custom-mistake', toUser, (req: JwtRequest<Claims, 'user'>, res) => {
  // @ts-expect-error -- the claims are on req.user here, not req.auth
  res.json(req.auth?.sub)
})
