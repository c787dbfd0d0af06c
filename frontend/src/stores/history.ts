// The ledger as the child sees it: every coin in or out, with its reason, filtered by kind.
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
  const { loading, error, track } = useRequestState()

  async function load(filter: EntryType | null = kind.value): Promise<void> {
    kind.value = filter
    await track(async () => {
      const answer = unwrap(
        await api.GET('/api/users/{user_id}/transactions', {
          params: { path: { user_id: 'me' }, query: { limit: PAGE_SIZE, ...(filter ? { type: filter } : {}) } },
        }),
      )
      // Without ?envelope the API answers a bare array.
      entries.value = Array.isArray(answer) ? answer : answer.transactions
    })
  }

  return { entries, kind, loading, error, load }
})
