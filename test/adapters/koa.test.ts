// The Koa middleware called directly, as wrappers such as koa-unless do: whatever
// happens, it returns a promise, and a failure is a rejection, not a synchronous throw.
import { expect } from 'chai'
import Koa from 'koa'
import { jwtAuth } from '../../adapters/koa.js'
import { SECRET } from '../support/tokens.js'

function contextFor(authorization?: string): Koa.ParameterizedContext {
  const app = new Koa()
  const headers = authorization === undefined ? {} : { authorization }
  const req = { headers, method: 'GET', url: '/', socket: {} }
  const res = {
    getHeader: () => undefined,
    setHeader: () => undefined,
    removeHeader: () => undefined,
  }
  return app.createContext(req as never, res as never)
}

describe('Koa jwtAuth called directly', () => {
  const next = () => Promise.resolve()

  it('returns a promise when it answers 401 itself', async () => {
    const ctx = contextFor()
    const returned: unknown = jwtAuth(SECRET)(ctx, next)
    expect(returned).to.be.instanceOf(Promise)
    await returned
    expect(ctx.status).to.equal(401)
  })

  it('rejects, rather than throwing, with respond: false', async () => {
    const returned: unknown = jwtAuth(SECRET, { respond: false })(contextFor(), next)
    expect(returned).to.be.instanceOf(Promise)
    const error = await (returned as Promise<unknown>).then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(error).to.have.property('status', 401)
  })

  it('rejects with the very value a synchronous getToken throws', async () => {
    const thrown = { reason: 'not even an Error' }
    const middleware = jwtAuth(SECRET, {
      getToken: () => {
        throw thrown as unknown as Error
      },
    })
    const returned: unknown = middleware(contextFor(), next)
    expect(returned).to.be.instanceOf(Promise)
    const error = await (returned as Promise<unknown>).then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(error).to.equal(thrown)
  })
})
