// Turning an API answer into what a screen shows. Every error body of the API is JSON with a
// string `detail` (and for a bad field, `errors` naming it).

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

interface Answer<T> {
  data?: T
  error?: unknown
  response: Response
}

/** The answer's data, or throws an ApiError carrying the server's own words. */
export function unwrap<T>(answer: Answer<T>): T {
  if (answer.error === undefined && answer.response.ok) return answer.data as T
  const body = answer.error as { detail?: unknown; errors?: Record<string, string[]> } | undefined
  const detail = typeof body?.detail === 'string' ? body.detail : defaultMessage(answer.response.status)
  throw new ApiError(detail, answer.response.status, body?.errors ?? {})
}

export function defaultMessage(status: number): string {
  if (status === 401) return 'Please sign in again.'
  if (status === 403) return 'You are not allowed to do that.'
  if (status === 404) return 'We could not find that.'
  if (status === 429) return 'Too many tries. Wait a little and try again.'
  if (status >= 500) return 'Something went wrong on our side. Try again in a moment.'
  return 'That did not work. Try again.'
}

/** A message for any thrown value (a network failure has no status). */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return 'We could not reach CoinCraft. Check the connection and try again.'
}
