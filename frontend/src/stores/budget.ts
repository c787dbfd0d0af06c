// A teen's budget: categories planned against spent, and earned against spent per week.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { Budget } from '@/api/types'
import { useRequestState } from '@/lib/async'

export const useBudget = defineStore('budget', () => {
  const budget = ref<Budget | null>(null)
  const { loading, error, track } = useRequestState()

  async function load(): Promise<void> {
    await track(async () => {
      budget.value = unwrap(await api.GET('/api/teen/budget'))
    })
  }

  /** Earned and spent for each of the last weeks, oldest first, as the server summed them. */
  const weeks = computed(() => budget.value?.weeks ?? [])

  return { budget, weeks, loading, error, load }
})
