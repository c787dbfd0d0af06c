// A teen's budget: categories planned against spent, and earned against spent per week.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { Budget, BudgetPart } from '@/api/types'
import { useRequestState } from '@/lib/async'

export const useBudget = defineStore('budget', () => {
  const budget = ref<Budget | null>(null)
  const { loading, error, track } = useRequestState()
  const action = useRequestState()

  async function load(): Promise<void> {
    await track(async () => {
      budget.value = unwrap(await api.GET('/api/teen/budget'))
    })
  }

  /** Sets the teen's split (whole percentages making 100); the planned coins are the server's, read
   * from its answer. Resolves to whether it was saved. */
  async function saveSplit(percentages: Record<BudgetPart, number>): Promise<boolean> {
    const answer = await action.track(async () => unwrap(await api.PUT('/api/teen/budget', { body: percentages })))
    if (!answer || !budget.value) return false
    const current = budget.value
    budget.value = {
      ...current,
      budget_allocations: answer.budget_allocations,
      percentages: answer.percentages,
      categories: current.categories.map((c) => {
        const part = c.name as BudgetPart
        return { ...c, percentage: answer.percentages[part], budget_amount: answer.budget_allocations[part] }
      }),
    }
    return true
  }

  /** Earned and spent for each of the last weeks, oldest first, as the server summed them. */
  const weeks = computed(() => budget.value?.weeks ?? [])

  return { budget, weeks, loading, error, load, saveSplit, saving: action.loading, saveError: action.error }
})
