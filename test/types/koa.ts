// Compile-only checks of the Koa adapter's public types, never run. `tsc -p tsconfig.json`
// checks them against @types/koa 3, `tsc -p tsconfig.types-koa2.json` against 2.
import Koa, { type Middleware } from 'koa'
import { jwtAuth, type JwtState, type KoaJwtOptions } from '../../adapters/koa.js'

const secret = 'a shared secret of at least 32 bytes'

// The claims type flows through chained use() to ctx.state.user.
export const app = new Koa().use(jwtAuth<{ sub: string }>(secret)).use((ctx) => {
  const sub: string | undefined = ctx.state.user?.sub
  ctx.body = { sub }
})

// A custom key types ctx.state under that name.
export const custom = new Koa()
  .use(jwtAuth<{ sub: string }, 'jwt'>(secret, { key: 'jwt' }))
  .use((ctx) => {
    const sub: string | undefined = ctx.state.jwt?.sub
    ctx.body = { sub }
  })
export const inferredKey = new Koa().use(jwtAuth(secret, { key: 'jwt' })).use((ctx) => {
  const exp: number | undefined = ctx.state.jwt?.exp
  ctx.body = { exp }
})

// The middleware's own type.
export const typed: Middleware<JwtState<{ sub: string }>> = jwtAuth<{ sub: string }>(secret)
export const typedKey: Middleware<JwtState<{ sub: string }, 'jwt'>> = jwtAuth<
  { sub: string },
  'jwt'
>(secret, { key: 'jwt' })

// Every option.
export const everyOption: KoaJwtOptions<'jwt'> = {
  algorithms: ['HS256'],
  leeway: 5,
  realm: 'api',
  credentialsRequired: false,
  getToken: (ctx) => ctx.cookies.get('token'),
  now: () => Math.floor(Date.now() / 1000),
  maxTokenLength: 4096,
  respond: false,
  key: 'jwt',
}
new Koa().use(jwtAuth(secret, everyOption))
new Koa().use(jwtAuth(secret, { getToken: (ctx) => Promise.resolve(ctx.get('x-token') || null) }))
new Koa().use(jwtAuth(secret, { getToken: () => undefined }))
new Koa().use(
  jwtAuth(secret, {
    algorithms: undefined,
    leeway: undefined,
    realm: undefined,
    credentialsRequired: undefined,
    getToken: undefined,
    now: undefined,
    maxTokenLength: undefined,
    respond: undefined,
    key: undefined,
  }),
)

// Mistakes caught at compile time.
new Koa().use(jwtAuth<{ sub: string }>(secret)).use((ctx) => {
  // @ts-expect-error -- sub is a string
  const sub: number | undefined = ctx.state.user?.sub
  ctx.body = { sub }
})
new Koa().use(jwtAuth<{ sub: string }>(secret)).use((ctx) => {
  // @ts-expect-error -- ctx.state.user is undefined when no token was required
  const sub: string = ctx.state.user.sub
  ctx.body = { sub }
})
// @ts-expect-error -- the secret is required
jwtAuth()
// @ts-expect-error -- leeway is a number of seconds
jwtAuth(secret, { leeway: '5' })
// @ts-expect-error -- getToken returns a string, null or undefined
jwtAuth(secret, { getToken: () => 42 })
// @ts-expect-error -- key is a string
jwtAuth(secret, { key: 42 })
// @ts-expect-error -- the Express adapter's option
jwtAuth(secret, { requestProperty: 'user' })
// @ts-expect-error -- with Claims given but not StateKey, the key must be 'user'
jwtAuth<{ sub: string }>(secret, { key: 'jwt' })
