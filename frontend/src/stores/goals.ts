// Goals hold real coins: adding moves coins from the balance into the goal, taking back moves them
// back; the server does the sums and answers with the new amounts and the goal at the child's pace.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { Goal } from '@/api/types'
import { useRequestState } from '@/lib/async'
import { useWallet } from './wallet'

const ME = { user_id: 'me' }

export const useGoals = defineStore('goals', () => {
  const goals = ref<Goal[]>([])
  const { loading, error, track } = useRequestState()
  const action = useRequestState()
  const wallet = useWallet()

  async function load(): Promise<void> {
    await track(async () => {
      const [list] = await Promise.all([
        api.GET('/api/users/{user_id}/goals', { params: { path: ME } }).then(unwrap),
        wallet.load(),
      ])
      goals.value = list
    })
  }

  function replace(goal: Goal): void {
    goals.value = goals.value.map((g) => (g.id === goal.id ? goal : g))
  }

  /** A new goal; `deadline` is a day ("YYYY-MM-DD"), which the server reads on the family's calendar. */
  async function create(input: {
    title: string
    target_amount: number
    icon: string
    deadline: string | null
  }): Promise<Goal | undefined> {
    const goal = await action.track(async () =>
      unwrap(await api.POST('/api/users/{user_id}/goals', { params: { path: ME }, body: input })),
    )
    if (goal) goals.value = [goal, ...goals.value]
    return goal
  }

  /** Moves `amount` coins from the balance into the goal; resolves to the goal as the server has it. */
  async function add(goal: Goal, amount: number): Promise<Goal | undefined> {
    const answer = await action.track(async () =>
      unwrap(
        await api.POST('/api/users/{user_id}/goals/{goal_id}/contribute', {
          params: { path: { ...ME, goal_id: goal.id } },
          body: { amount },
        }),
      ),
    )
    if (!answer) return undefined
    replace(answer.goal)
    wallet.set(answer.new_coin_balance)
    return answer.goal
  }

  /** Moves `amount` coins from the goal back to the balance. */
  async function takeBack(goal: Goal, amount: number): Promise<Goal | undefined> {
    const answer = await action.track(async () =>
      unwrap(
        await api.POST('/api/users/{user_id}/goals/{goal_id}/withdraw', {
          params: { path: { ...ME, goal_id: goal.id } },
          body: { amount },
        }),
      ),
    )
    if (!answer) return undefined
    replace(answer.goal)
    wallet.set(answer.new_coin_balance)
    return answer.goal
  }

  /** Renames a goal, changes its target or its date (a day, or null for none). */
  async function update(
    goal: Goal,
    changes: { title?: string; target_amount?: number; deadline?: string | null },
  ): Promise<Goal | undefined> {
    const updated = await action.track(async () =>
      unwrap(
        await api.PUT('/api/users/{user_id}/goals/{goal_id}', {
          params: { path: { ...ME, goal_id: goal.id } },
          body: changes,
        }),
      ),
    )
    if (updated) replace(updated)
    return updated
  }

  /** Removes a goal; the coins it held go back to the balance (the server's move, read back). */
  async function remove(goal: Goal): Promise<boolean> {
    const done = await action.track(async () => {
      unwrap(await api.DELETE('/api/users/{user_id}/goals/{goal_id}', { params: { path: { ...ME, goal_id: goal.id } } }))
      return true
    })
    if (!done) return false
    goals.value = goals.value.filter((g) => g.id !== goal.id)
    await wallet.load()
    return true
  }

  return {
    goals,
    loading,
    error,
    actionError: action.error,
    acting: action.loading,
    load,
    create,
    add,
    takeBack,
    update,
    remove,
  }
})
