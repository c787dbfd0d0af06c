// The one typed client of the API: every call goes through it, so a change of the API that the
// app does not follow fails the type check (schema.d.ts is generated from the server's schema).
import createClient from 'openapi-fetch'
import type { paths } from './schema'
import { Session, baseUrl, browserStorage } from './session'

export type Api = ReturnType<typeof createClient<paths>>

type Expired = () => void
let onExpired: Expired = () => {}

/** The auth store registers what happens when the session could not be renewed. */
export function whenSessionExpires(callback: Expired): void {
  onExpired = callback
}

const locks = typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null

export const session = new Session(
  browserStorage(),
  (request) => fetch(request),
  () => onExpired(),
  locks,
)

export const api: Api = createClient<paths>({
  baseUrl: baseUrl(),
  fetch: (request: Request) => session.fetch(request),
})
