// Chores: the ones to do, the ones waiting for a parent, the paid ones; marking one done.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { Task } from '@/api/types'
import { useRequestState } from '@/lib/async'

export type ChoreColumn = 'todo' | 'waiting' | 'paid'

/** Where a chore stands for the child: a rejected one is to do again. */
export function columnOf(task: Pick<Task, 'status'>): ChoreColumn {
  switch (task.status) {
    case 'completed':
      return 'waiting'
    case 'approved':
      return 'paid'
    default:
      return 'todo'
  }
}

export const useChores = defineStore('chores', () => {
  const tasks = ref<Task[]>([])
  const loaded = ref(false)
  const { loading, error, track } = useRequestState()
  const action = useRequestState()
  const busy = ref<string | null>(null)

  async function fetch(): Promise<Task[]> {
    const list = unwrap(await api.GET('/api/tasks'))
    tasks.value = list
    loaded.value = true
    return list
  }

  async function load(): Promise<void> {
    await track(fetch)
  }

  /** Tells the parent a chore is done; the reward arrives when the parent approves it. */
  async function markDone(id: string): Promise<boolean> {
    busy.value = id
    const updated = await action.track(async () =>
      unwrap(await api.PUT('/api/tasks/{task_id}', { params: { path: { task_id: id } }, body: { status: 'completed' } })),
    )
    busy.value = null
    if (!updated) return false
    tasks.value = tasks.value.map((task) => (task.id === id ? updated : task))
    return true
  }

  const byColumn = computed(() => {
    const columns: Record<ChoreColumn, Task[]> = { todo: [], waiting: [], paid: [] }
    for (const task of tasks.value) columns[columnOf(task)].push(task)
    return columns
  })

  return { tasks, loaded, loading, error, busy, actionError: action.error, fetch, load, markDone, byColumn }
})
