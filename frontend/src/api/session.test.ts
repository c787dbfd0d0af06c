import { describe, expect, it, vi } from 'vitest'
import { Session, memoryStorage, type Saved } from './session'

const USER = { id: 'u1', name: 'Luna', role: 'younger_child' } as Saved['user']
const start = (access = 'access-1', refresh = 'refresh-1'): Saved => ({ user: USER, tokens: { access, refresh } })

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

/** A fake server: access tokens in `valid` are accepted; each refresh token works once. */
function fakeServer(options: { refreshWorks?: boolean } = {}) {
  const valid = new Set(['access-1'])
  const usedRefresh = new Set<string>()
  let issued = 1
  const calls: string[] = []
  const send = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname
    calls.push(`${request.method} ${path} ${request.headers.get('Authorization') ?? '-'}`)
    if (path === '/api/auth/jwt/refresh') {
      const { refresh_token } = (await request.json()) as { refresh_token: string }
      if (!options.refreshWorks || usedRefresh.has(refresh_token)) return json(401, { detail: 'Refresh token is invalid' })
      usedRefresh.add(refresh_token)
      issued += 1
      valid.clear()
      valid.add(`access-${issued}`)
      return json(200, { access_token: `access-${issued}`, refresh_token: `refresh-${issued}`, token_type: 'bearer' })
    }
    const token = request.headers.get('Authorization')?.replace('Bearer ', '')
    if (!token || !valid.has(token)) return json(401, { detail: 'Token expired' })
    const body = request.method === 'POST' ? await request.text() : ''
    return json(200, { ok: true, body })
  })
  return { send, calls, valid }
}

const get = (path: string) => new Request(`http://localhost${path}`)

describe('Session', () => {
  it('sends the access token with every request', async () => {
    const server = fakeServer()
    const session = new Session(memoryStorage(start()), server.send, () => {})

    const response = await session.fetch(get('/api/tasks'))

    expect(response.status).toBe(200)
    expect(server.calls).toEqual(['GET /api/tasks Bearer access-1'])
  })

  it('sends no token when nobody is signed in, and never refreshes', async () => {
    const server = fakeServer({ refreshWorks: true })
    const session = new Session(memoryStorage(), server.send, () => {})

    const response = await session.fetch(get('/api/tasks'))

    expect(response.status).toBe(401)
    expect(server.calls).toEqual(['GET /api/tasks -'])
  })

  it('renews an expired access token once and repeats the request, body included', async () => {
    const server = fakeServer({ refreshWorks: true })
    server.valid.clear() // access-1 has expired
    const storage = memoryStorage(start())
    const expired = vi.fn()
    const session = new Session(storage, server.send, expired)

    const response = await session.fetch(
      new Request('http://localhost/api/tasks/1', { method: 'POST', body: '{"status":"completed"}' }),
    )

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true, body: '{"status":"completed"}' })
    expect(server.calls).toEqual([
      'POST /api/tasks/1 Bearer access-1',
      'POST /api/auth/jwt/refresh -',
      'POST /api/tasks/1 Bearer access-2',
    ])
    expect(storage.read()?.tokens).toEqual({ access: 'access-2', refresh: 'refresh-2' })
    expect(expired).not.toHaveBeenCalled()
  })

  it('runs one refresh for many requests refused at the same time', async () => {
    const server = fakeServer({ refreshWorks: true })
    server.valid.clear()
    const session = new Session(memoryStorage(start()), server.send, () => {})

    const answers = await Promise.all([1, 2, 3].map((n) => session.fetch(get(`/api/n${n}`))))

    expect(answers.map((a) => a.status)).toEqual([200, 200, 200])
    expect(server.calls.filter((c) => c.includes('/refresh'))).toHaveLength(1)
  })

  it('uses tokens another request already renewed instead of spending the new refresh token', async () => {
    const server = fakeServer({ refreshWorks: true })
    server.valid.clear()
    const storage = memoryStorage(start())
    const session = new Session(storage, server.send, () => {})
    await session.fetch(get('/api/first')) // renews to access-2

    // A request that was sent with the old token comes back refused after the renewal.
    const renewed = await session.refresh('access-1')

    expect(renewed).toBe(true)
    expect(server.calls.filter((c) => c.includes('/refresh'))).toHaveLength(1)
    expect(storage.read()?.tokens.access).toBe('access-2')
  })

  it('ends the session kindly when the refresh token is refused', async () => {
    const server = fakeServer({ refreshWorks: false })
    server.valid.clear()
    const storage = memoryStorage(start())
    const expired = vi.fn()
    const session = new Session(storage, server.send, expired)

    const response = await session.fetch(get('/api/tasks'))

    expect(response.status).toBe(401)
    expect(storage.read()).toBeNull()
    expect(expired).toHaveBeenCalledTimes(1)
  })

  it('keeps the session when the network fails during a refresh', async () => {
    const storage = memoryStorage(start())
    const expired = vi.fn()
    const send = vi.fn(async (request: Request) => {
      if (request.url.endsWith('/refresh')) throw new TypeError('Failed to fetch')
      return json(401, { detail: 'Token expired' })
    })
    const session = new Session(storage, send, expired)

    const response = await session.fetch(get('/api/tasks'))

    expect(response.status).toBe(401)
    expect(storage.read()).not.toBeNull()
    expect(expired).not.toHaveBeenCalled()
  })

  it('never attaches a token to sign-in or refresh calls', async () => {
    const server = fakeServer()
    const session = new Session(memoryStorage(start()), server.send, () => {})

    await session.fetch(new Request('http://localhost/api/auth/login', { method: 'POST', body: '{}' }))

    expect(server.calls).toEqual(['POST /api/auth/login -'])
  })

  it('takes the lock around a refresh when the browser offers one', async () => {
    const server = fakeServer({ refreshWorks: true })
    server.valid.clear()
    const locks = { request: vi.fn((_name: string, callback: () => Promise<boolean>) => callback()) }
    const session = new Session(memoryStorage(start()), server.send, () => {}, locks)

    await session.fetch(get('/api/tasks'))

    expect(locks.request).toHaveBeenCalledTimes(1)
    expect(locks.request.mock.calls[0]?.[0]).toBe('coincraft.refresh')
  })
})
