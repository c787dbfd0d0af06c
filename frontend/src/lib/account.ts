// Help with an account while signed out: asking for a link to choose a new password, choosing it with
// the link, and confirming an email with its link (the links the server emails lead to these screens).
// Each screen has its own state (a composable, not a store): an error on one never shows on the next.
import { computed } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import { useRequestState } from '@/lib/async'

/** The server's codes for an emailed link, in words. */
const LINK_WORDS: Record<string, string> = {
  RESET_PASSWORD_BAD_TOKEN: 'This link has expired or was already used.',
  VERIFY_USER_BAD_TOKEN: 'This link has expired or was already used.',
  VERIFY_USER_ALREADY_VERIFIED: 'Your email was already confirmed.',
}

export function useAccount() {
  const { loading, error, track } = useRequestState()

  /** Asks for a reset link; the server answers the same whether or not the address has an account. */
  async function askForResetLink(email: string): Promise<boolean> {
    const sent = await track(async () => {
      unwrap(await api.POST('/api/auth/forgot-password', { body: { email } }))
      return true
    })
    return sent === true
  }

  /** Sets a new password with an emailed link's token (every session of the account ends). */
  async function resetPassword(token: string, password: string): Promise<boolean> {
    const done = await track(async () => {
      unwrap(await api.POST('/api/auth/reset-password', { body: { token, password } }))
      return true
    })
    return done === true
  }

  /** Confirms an email with its link's token: 'confirmed', 'already' (confirmed before) or 'failed'. */
  async function confirmEmail(token: string): Promise<'confirmed' | 'already' | 'failed'> {
    const user = await track(async () => unwrap(await api.POST('/api/auth/verify', { body: { token } })))
    if (user) return 'confirmed'
    return error.value === 'VERIFY_USER_ALREADY_VERIFIED' ? 'already' : 'failed'
  }

  /** What went wrong, in words; whether it was the link itself (expired, used) rather than the input. */
  const message = computed(() => (error.value ? (LINK_WORDS[error.value] ?? error.value) : null))
  const badLink = computed(() => error.value !== null && error.value in LINK_WORDS)

  return { loading, message, badLink, askForResetLink, resetPassword, confirmEmail }
}
