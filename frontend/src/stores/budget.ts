// A teen's budget: categories planned against spent.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { Budget } from '@/api/types'
import { useRequestState } from '@/lib/async'

// The budget answer gains `weeks` with the weekly figures of the budget API; until the generated
// types carry it, it is read as optional.
interface Week {
  week_start: string
  earned: number
  spent: number
}

export const useBudget = defineStore('budget', () => {
  const budget = ref<Budget | null>(null)
  const { loading, error, track } = useRequestState()

  async function load(): Promise<void> {
    await track(async () => {
      budget.value = unwrap(await api.GET('/api/teen/budget'))
    })
  }

  /** Earned and spent for each of the last weeks, oldest first, as the server summed them. */
  const weeks = computed<Week[]>(() => (budget.value as (Budget & { weeks?: Week[] }) | null)?.weeks ?? [])

  return { budget, weeks, loading, error, load }
})
