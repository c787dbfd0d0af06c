// One of the six games: what it pays (GET /api/activities/{id}) and its completion, reported once the
// child reaches the end (POST /api/activities/{id}/complete). The server pays, once per child.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { ActivityDetail, GameResult } from '@/api/types'
import { useRequestState } from '@/lib/async'

export const useGame = defineStore('game', () => {
  const activity = ref<ActivityDetail | null>(null)
  const result = ref<GameResult | null>(null)
  const { loading, error, track } = useRequestState()
  const reporting = useRequestState()

  async function load(id: number): Promise<void> {
    result.value = null
    if (activity.value?.id !== id) activity.value = null
    await track(async () => {
      activity.value = unwrap(await api.GET('/api/activities/{activity_id}', { params: { path: { activity_id: id } } }))
    })
  }

  /** Reports the finished game with its score (0-100); the answer says what the server paid. */
  async function complete(score: number, minutes: number): Promise<GameResult | undefined> {
    const id = activity.value?.id
    if (id === undefined) return undefined
    const answer = await reporting.track(async () =>
      unwrap(
        await api.POST('/api/activities/{activity_id}/complete', {
          params: { path: { activity_id: id } },
          body: { score: Math.max(0, Math.min(100, Math.round(score))), is_completed: true, time_spent: minutes },
        }),
      ),
    )
    if (answer) {
      result.value = answer
      if (activity.value) activity.value = { ...activity.value, completed: true }
    }
    return answer
  }

  /** Another round: the finish screen goes away (the activity, and whether it paid, stay). */
  function replay(): void {
    result.value = null
  }

  return {
    activity,
    result,
    loading,
    error,
    reporting: reporting.loading,
    reportError: reporting.error,
    load,
    complete,
    replay,
  }
})
