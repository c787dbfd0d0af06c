// Learn: the lessons a teacher assigned (due dates first), the other modules, and the activity games,
// in two reads: GET /api/learning-modules (each module with the child's progress, its assignment and
// due date) and GET /api/activities.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { Activity, LearningModule } from '@/api/types'
import { useRequestState } from '@/lib/async'

type Dated = { due_date?: string | null }

/** The soonest due first; those without a due date last. */
export function byDueDate<T extends Dated>(items: T[]): T[]
export function byDueDate<T>(items: T[], dated: (item: T) => Dated | null | undefined): T[]
export function byDueDate<T>(items: T[], dated: (item: T) => Dated | null | undefined = (item) => item as Dated): T[] {
  const key = (item: T) => {
    const due = dated(item)?.due_date
    return due ? Date.parse(due) : Number.POSITIVE_INFINITY
  }
  return [...items].sort((a, b) => key(a) - key(b))
}

/** A teacher gave it to the child and the child has not finished it yet. */
export function isOpenAssignment(module: LearningModule): boolean {
  return Boolean(module.user_progress?.assigned_at) && !module.user_progress?.is_completed
}

export const useLearn = defineStore('learn', () => {
  const modules = ref<LearningModule[]>([])
  const activities = ref<Activity[]>([])
  const { loading, error, track } = useRequestState()

  const assigned = computed(() =>
    byDueDate(
      modules.value.filter(isOpenAssignment),
      (m) => m.user_progress,
    ),
  )
  const others = computed(() => modules.value.filter((m) => !isOpenAssignment(m)))

  async function load(): Promise<void> {
    await track(async () => {
      const [lessons, games] = await Promise.all([
        api.GET('/api/learning-modules').then(unwrap),
        api.GET('/api/activities').then(unwrap),
      ])
      modules.value = lessons
      activities.value = games
    })
  }

  return { assigned, others, activities, loading, error, load }
})
