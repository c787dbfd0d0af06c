import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { EXPIRED_MESSAGE, PASSWORD_CHANGED_MESSAGE, useAuth } from './auth'
import { STORAGE_KEY } from '@/api/session'
import { familyZone, followZone } from '@/lib/clock'

class MemoryStorage {
  private items = new Map<string, string>()
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

const user = (role: string) => ({ id: 'u1', name: 'Luna Johnson', email: 'luna@demo.com', role, is_superuser: false, avatar_url: '👧' })

let requests: { method: string; path: string; auth: string | null; body: string }[]

function serve(role: string) {
  requests = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname
      requests.push({ method: request.method, path, auth: request.headers.get('Authorization'), body: await request.text() })
      if (path === '/api/auth/login') {
        return json(200, { access_token: 'A', refresh_token: 'R', token_type: 'bearer', user: user(role), time_zone: 'America/Los_Angeles' })
      }
      if (path === '/api/auth/logout') return json(200, { success: true, message: 'Successfully logged out' })
      if (path === '/api/users/me' && request.method === 'PATCH') {
        const { current_password: current } = JSON.parse(requests[requests.length - 1]!.body) as { current_password: string }
        return current === 'demo123'
          ? json(200, user(role))
          : json(400, { detail: 'The current password is not right.', errors: { current_password: ['…'] } })
      }
      return json(404, { detail: 'Not found' })
    }),
  )
}

describe('auth store', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', new MemoryStorage())
    setActivePinia(createPinia())
  })

  it('signs a child in and keeps its tokens and user for the next visit', async () => {
    serve('younger_child')
    const auth = useAuth()

    const result = await auth.signIn('luna@demo.com', 'demo123')

    expect(result).toEqual({ goTo: 'app' })
    expect(auth.signedIn).toBe(true)
    expect(auth.firstName).toBe('Luna')
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).tokens).toEqual({ access: 'A', refresh: 'R' })
    expect(JSON.parse(requests[0]!.body)).toEqual({ email: 'luna@demo.com', password: 'demo123' })
  })

  it("reads days on the family's clock from sign-in, on the next visit too, and follows a move", async () => {
    serve('younger_child')
    await useAuth().signIn('luna@demo.com', 'demo123')
    expect(familyZone()).toBe('America/Los_Angeles')

    // the next visit: a fresh app, its clock not set yet
    followZone(undefined)
    setActivePinia(createPinia())
    const auth = useAuth()
    expect(familyZone()).toBe('America/Los_Angeles')

    // the family moved (the home screen says so)
    auth.keepZone('Europe/Paris')
    expect(familyZone()).toBe('Europe/Paris')
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).timeZone).toBe('Europe/Paris')
  })

  it('changes the password with the current one, then signs out and asks for the new one', async () => {
    serve('older_child')
    const auth = useAuth()
    await auth.signIn('harry@demo.com', 'demo123')

    await expect(auth.changePassword('wrong', 'a-new-pass-2026')).rejects.toThrow('The current password is not right.')
    expect(auth.signedIn).toBe(true) // refused: nothing changed

    await auth.changePassword('demo123', 'a-new-pass-2026')

    expect(JSON.parse(requests[requests.length - 1]!.body)).toEqual({ current_password: 'demo123', password: 'a-new-pass-2026' })
    expect(auth.signedIn).toBe(false)
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
    expect(auth.notice).toBe(PASSWORD_CHANGED_MESSAGE)
  })

  it('marks a teen so that the grown-up look and the budget appear', async () => {
    serve('older_child')
    const auth = useAuth()
    await auth.signIn('harry@demo.com', 'demo123')
    expect(auth.isTeen).toBe(true)
  })

  it.each(['parent', 'teacher'])('sends a %s to the admin and revokes the app tokens at once', async (role) => {
    serve(role)
    const auth = useAuth()

    const result = await auth.signIn('sarah@demo.com', 'demo123')

    expect(result).toEqual({ goTo: 'admin' })
    expect(auth.signedIn).toBe(false)
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
    const logout = requests.find((r) => r.path === '/api/auth/logout')!
    expect(logout.auth).toBe('Bearer A')
    expect(JSON.parse(logout.body)).toEqual({ refresh_token: 'R' })
  })

  it('signs out on the server with both tokens, then forgets them', async () => {
    serve('younger_child')
    const auth = useAuth()
    await auth.signIn('luna@demo.com', 'demo123')

    await auth.signOut()

    const logout = requests.find((r) => r.path === '/api/auth/logout')!
    expect(logout.auth).toBe('Bearer A')
    expect(JSON.parse(logout.body)).toEqual({ refresh_token: 'R' })
    expect(auth.signedIn).toBe(false)
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
  })

  it('shows the server’s words when the password is wrong', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(400, { detail: 'LOGIN_BAD_CREDENTIALS' })))
    const auth = useAuth()

    await expect(auth.signIn('luna@demo.com', 'nope')).rejects.toThrow('LOGIN_BAD_CREDENTIALS')
    expect(auth.signedIn).toBe(false)
  })

  it('after an expiry, leaves a kind message for the sign-in page', () => {
    const auth = useAuth()
    auth.expired()
    expect(auth.signedIn).toBe(false)
    expect(auth.notice).toBe(EXPIRED_MESSAGE)
  })
})
