// Who is signed in, signing in and out. The tokens live in the session (src/api/session.ts);
// this store keeps the signed-in user for the screens and the message shown after an expiry.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, session } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { User } from '@/api/session'
import { followZone } from '@/lib/clock'

/** Roles that work in the admin, not in this app. */
const ADMIN_ROLES: ReadonlyArray<User['role']> = ['parent', 'teacher']

export const EXPIRED_MESSAGE = 'You were away for a while, so we signed you out to keep your coins safe. Please sign in again.'

export const PASSWORD_CHANGED_MESSAGE = 'Your password is changed. Sign in with the new one.'

export type SignInResult = { goTo: 'app' } | { goTo: 'admin' }

export const useAuth = defineStore('auth', () => {
  const user = ref<User | null>(session.saved?.user ?? null)
  const notice = ref<string | null>(null)
  followZone(session.saved?.timeZone)

  const signedIn = computed(() => user.value !== null)
  const isTeen = computed(() => user.value?.role === 'older_child')
  const firstName = computed(() => user.value?.name.split(/\s+/)[0] ?? '')

  /** Signs in with email and password. Parents, teachers and operators belong in the admin. */
  async function signIn(email: string, password: string): Promise<SignInResult> {
    const body = unwrap(await api.POST('/api/auth/login', { body: { email, password } }))
    if (ADMIN_ROLES.includes(body.user.role) || body.user.is_superuser) {
      // The admin keeps its own session: these tokens are not needed, so they are revoked at once.
      await api
        .POST('/api/auth/logout', {
          headers: { Authorization: `Bearer ${body.access_token}` },
          body: { refresh_token: body.refresh_token },
        })
        .catch(() => undefined)
      return { goTo: 'admin' }
    }
    session.start({
      user: body.user,
      tokens: { access: body.access_token, refresh: body.refresh_token },
      timeZone: body.time_zone,
    })
    followZone(body.time_zone)
    user.value = body.user
    notice.value = null
    return { goTo: 'app' }
  }

  /** Ends the session on the server (both tokens stop working) and here. */
  async function signOut(): Promise<void> {
    const saved = session.saved
    if (saved) {
      await api.POST('/api/auth/logout', { body: { refresh_token: saved.tokens.refresh } }).catch(() => undefined)
    }
    session.end()
    user.value = null
  }

  /** Changes the password (the server checks the current one). The server then ends every session of
   * the account, this one too: the app signs out and asks for the new password. Throws the server's
   * refusal (an ApiError) and changes nothing then. */
  async function changePassword(current: string, next: string): Promise<void> {
    unwrap(await api.PATCH('/api/users/me', { body: { current_password: current, password: next } }))
    session.end()
    user.value = null
    notice.value = PASSWORD_CHANGED_MESSAGE
  }

  /** The family's zone as the server says it now (the home screen's): days are read on it from now on, and
   * on the next visit too. */
  function keepZone(zone: string): void {
    const saved = session.saved
    if (saved && saved.timeZone !== zone) session.start({ ...saved, timeZone: zone })
    followZone(zone)
  }

  /** The refresh token was refused: the session is over, kindly. */
  function expired(): void {
    user.value = null
    notice.value = EXPIRED_MESSAGE
  }

  return { user, notice, signedIn, isTeen, firstName, signIn, signOut, changePassword, keepZone, expired }
})
