// Learn: the lessons a teacher assigned (due dates first) and the activity games.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { Activity, AssignedModule } from '@/api/types'
import { useRequestState } from '@/lib/async'

/** Assigned lessons, the ones due soonest first; those without a due date last. */
export function byDueDate(modules: AssignedModule[]): AssignedModule[] {
  const key = (m: AssignedModule) => (m.due_date ? Date.parse(m.due_date) : Number.POSITIVE_INFINITY)
  return [...modules].sort((a, b) => key(a) - key(b))
}

export const useLearn = defineStore('learn', () => {
  const assigned = ref<AssignedModule[]>([])
  const activities = ref<Activity[]>([])
  const { loading, error, track } = useRequestState()

  async function load(): Promise<void> {
    await track(async () => {
      const [lessons, games] = await Promise.all([
        api.GET('/api/child/assigned-modules').then(unwrap),
        api.GET('/api/activities').then(unwrap),
      ])
      assigned.value = byDueDate(lessons)
      activities.value = games
    })
  }

  return { assigned, activities, loading, error, load }
})
