// The home screen's one read: balance, level, streak, goals, achievements (GET /api/child/dashboard),
// with the chores to do beside it (GET /api/tasks).
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { Dashboard } from '@/api/types'
import { useRequestState } from '@/lib/async'
import { useWallet } from './wallet'
import { useChores } from './chores'

export const useDashboard = defineStore('dashboard', () => {
  const data = ref<Dashboard | null>(null)
  const { loading, error, track } = useRequestState()
  const chores = useChores()

  async function load(options: { withChores?: boolean } = {}): Promise<void> {
    await track(async () => {
      const reads: Promise<unknown>[] = [api.GET('/api/child/dashboard').then(unwrap)]
      if (options.withChores) reads.push(chores.fetch())
      const [dashboard] = (await Promise.all(reads)) as [Dashboard]
      data.value = dashboard
      useWallet().set(dashboard.child.coins)
    })
  }

  const achievements = computed(() => data.value?.achievements ?? [])

  return { data, loading, error, load, achievements }
})
