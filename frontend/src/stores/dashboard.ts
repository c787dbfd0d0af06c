// The home screen's one read (GET /api/child/dashboard): balance, level, streak, chores to do,
// assigned lessons and the one to keep going, goal cards at the child's pace, today's goals and the
// newest achievements.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { Dashboard } from '@/api/types'
import { useRequestState } from '@/lib/async'
import { useAuth } from './auth'
import { useWallet } from './wallet'

export const useDashboard = defineStore('dashboard', () => {
  const data = ref<Dashboard | null>(null)
  const { loading, error, track } = useRequestState()

  async function load(): Promise<void> {
    await track(async () => {
      const dashboard = unwrap(await api.GET('/api/child/dashboard'))
      useAuth().keepZone(dashboard.time_zone)
      data.value = dashboard
      useWallet().set(dashboard.child.coins)
    })
  }

  const achievements = computed(() => data.value?.achievements ?? [])

  return { data, loading, error, load, achievements }
})
