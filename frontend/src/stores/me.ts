// "Me": pocket-money requests (coins held while the parent decides) and joining a class by its code.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { Redemption } from '@/api/types'
import { useRequestState } from '@/lib/async'
import { useWallet } from './wallet'

const ME = { user_id: 'me' }

export const useMe = defineStore('me', () => {
  const conversions = ref<Redemption[]>([])
  const { loading, error, track } = useRequestState()
  const convert = useRequestState()
  const join = useRequestState()
  const joined = ref<string | null>(null)

  async function load(): Promise<void> {
    await track(async () => {
      conversions.value = unwrap(
        await api.GET('/api/users/{user_id}/conversion-requests', { params: { path: ME, query: { limit: 10 } } }),
      )
    })
  }

  const pending = computed(() => conversions.value.filter((r) => r.status === 'pending'))

  async function requestPocketMoney(coins: number): Promise<Redemption | undefined> {
    const request = await convert.track(async () =>
      unwrap(
        await api.POST('/api/users/{user_id}/conversion-requests', {
          params: { path: ME },
          body: { coins_amount: coins },
        }),
      ),
    )
    if (request) {
      conversions.value = [request, ...conversions.value]
      await useWallet().load().catch(() => undefined)
    }
    return request
  }

  async function joinClass(code: string): Promise<boolean> {
    const answer = await join.track(async () =>
      unwrap(await api.POST('/api/classes/join', { body: { class_code: code.trim().toUpperCase() } })),
    )
    if (!answer) return false
    joined.value = answer.class.name
    return true
  }

  return {
    conversions,
    pending,
    loading,
    error,
    load,
    requestPocketMoney,
    converting: convert.loading,
    convertError: convert.error,
    joinClass,
    joining: join.loading,
    joinError: join.error,
    joined,
  }
})
