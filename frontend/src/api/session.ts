// The signed-in session: tokens kept client-side, every API request carries the access token, and
// an access token that expired is renewed once, silently, with the refresh token.
//
// Rules (the server's): each refresh token works once, so only one refresh may be in flight at a
// time (in this tab: one shared promise; across tabs: a Web Lock, and whoever comes second finds
// fresh tokens in storage and uses them). When the refresh itself is refused, the session is over.

import type { components } from './schema'

export type User = components['schemas']['UserRead']

export interface Tokens {
  access: string
  refresh: string
}

export interface Saved {
  tokens: Tokens
  user: User
  /** The zone the user's days follow (the family's, for a child), as the server last said it. */
  timeZone?: string
}

/** Where the session lives between page loads (localStorage in the browser, memory in tests). */
export interface SessionStorage {
  read(): Saved | null
  write(saved: Saved | null): void
}

export const STORAGE_KEY = 'coincraft.session'

export function browserStorage(storage: () => Storage = () => globalThis.localStorage): SessionStorage {
  return {
    read() {
      const raw = storage().getItem(STORAGE_KEY)
      if (!raw) return null
      try {
        const saved = JSON.parse(raw) as Saved
        return saved?.tokens?.access && saved.tokens.refresh && saved.user?.id ? saved : null
      } catch {
        return null
      }
    },
    write(saved) {
      if (saved) storage().setItem(STORAGE_KEY, JSON.stringify(saved))
      else storage().removeItem(STORAGE_KEY)
    },
  }
}

export function memoryStorage(initial: Saved | null = null): SessionStorage {
  let saved = initial
  return {
    read: () => saved,
    write: (next) => {
      saved = next
    },
  }
}

type Fetch = (input: Request) => Promise<Response>
type Locks = { request(name: string, callback: () => Promise<boolean>): Promise<boolean> }

/** Paths that never carry the access token and are never retried after a refresh. */
const PUBLIC_PATHS = ['/api/auth/login', '/api/auth/jwt/login', '/api/auth/jwt/refresh', '/api/auth/register']

function isPublic(url: string): boolean {
  const path = new URL(url, 'http://app.invalid').pathname.replace(/\/$/, '')
  return PUBLIC_PATHS.includes(path)
}

export class Session {
  private refreshing: Promise<boolean> | null = null

  constructor(
    private readonly storage: SessionStorage,
    private readonly send: Fetch,
    /** Called once when the session ends against the child's will (the refresh was refused). */
    private readonly onExpired: () => void,
    private readonly locks: Locks | null = null,
  ) {}

  get saved(): Saved | null {
    return this.storage.read()
  }

  start(saved: Saved): void {
    this.storage.write(saved)
  }

  end(): void {
    this.storage.write(null)
  }

  /** Sends a request with the access token; on a 401 renews the tokens once and sends it again. */
  async fetch(request: Request): Promise<Response> {
    const saved = this.storage.read()
    if (!saved || isPublic(request.url)) return this.send(request)
    const retry = request.clone()
    request.headers.set('Authorization', `Bearer ${saved.tokens.access}`)
    const response = await this.send(request)
    if (response.status !== 401) return response
    if (!(await this.refresh(saved.tokens.access))) return response
    const renewed = this.storage.read()
    if (!renewed) return response
    retry.headers.set('Authorization', `Bearer ${renewed.tokens.access}`)
    return this.send(retry)
  }

  /** Renews the tokens after `staleAccess` was refused; true when fresh tokens are in storage. */
  refresh(staleAccess: string): Promise<boolean> {
    if (!this.refreshing) {
      const run = () => this.refreshOnce(staleAccess)
      this.refreshing = (this.locks ? this.locks.request('coincraft.refresh', run) : run()).finally(() => {
        this.refreshing = null
      })
    }
    return this.refreshing
  }

  private async refreshOnce(staleAccess: string): Promise<boolean> {
    const saved = this.storage.read()
    if (!saved) return false
    // Another request (or tab) renewed the tokens since this one was refused: use them.
    if (saved.tokens.access !== staleAccess) return true
    let response: Response
    try {
      response = await this.send(
        new Request(new URL('/api/auth/jwt/refresh', baseUrl()), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ refresh_token: saved.tokens.refresh }),
        }),
      )
    } catch {
      return false // offline: keep the session, the screen shows its error state
    }
    if (!response.ok) {
      if (response.status === 401) {
        this.storage.write(null)
        this.onExpired()
      }
      return false
    }
    const body = (await response.json()) as { access_token: string; refresh_token: string }
    this.storage.write({ ...saved, tokens: { access: body.access_token, refresh: body.refresh_token } })
    return true
  }
}

export function baseUrl(): string {
  return typeof window !== 'undefined' && window.location ? window.location.origin : 'http://localhost'
}
