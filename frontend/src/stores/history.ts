// The ledger as the child sees it: every coin in or out, with its reason, filtered by kind, a page at a time.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { Entry, EntryType } from '@/api/types'
import { useRequestState } from '@/lib/async'

export const PAGE_SIZE = 30

export const useHistory = defineStore('history', () => {
  const entries = ref<Entry[]>([])
  const kind = ref<EntryType | null>(null)
  /** Whether older entries than those shown are there. */
  const hasMore = ref(false)
  const { loading, error, track } = useRequestState()
  // (an older page loads below the list, which stays on screen meanwhile)
  const older = useRequestState()

  /** The page from `offset`: one entry more is asked for than is shown, to know whether another follows. */
  async function page(offset: number): Promise<{ rows: Entry[]; more: boolean }> {
    const query = { limit: PAGE_SIZE + 1, ...(offset ? { offset } : {}), ...(kind.value ? { type: kind.value } : {}) }
    const answer = unwrap(await api.GET('/api/users/{user_id}/transactions', { params: { path: { user_id: 'me' }, query } }))
    // Without ?envelope the API answers a bare array.
    const rows = Array.isArray(answer) ? answer : answer.transactions
    return { rows: rows.slice(0, PAGE_SIZE), more: rows.length > PAGE_SIZE }
  }

  async function load(filter: EntryType | null = kind.value): Promise<void> {
    kind.value = filter
    hasMore.value = false
    await track(async () => {
      const { rows, more } = await page(0)
      entries.value = rows
      hasMore.value = more
    })
  }

  async function loadOlder(): Promise<void> {
    const shown = kind.value
    await older.track(async () => {
      const { rows, more } = await page(entries.value.length)
      if (kind.value !== shown) return // (the child chose another filter meanwhile)
      entries.value = [...entries.value, ...rows]
      hasMore.value = more
    })
  }

  return { entries, kind, hasMore, loading, error, load, loadOlder, loadingOlder: older.loading, olderError: older.error }
})
