// "Me" in one read (GET /api/child/me): the profile, every badge (earned or not yet), the classes,
// pocket-money requests (coins held while the parent decides, and the ones it lately said no to,
// with its reason) at the parent's rate, and what the family bank pays it.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { ChildMe, Redemption } from '@/api/types'
import { useRequestState } from '@/lib/async'
import { useWallet } from './wallet'

export const useMe = defineStore('me', () => {
  const data = ref<ChildMe | null>(null)
  const { loading, error, track } = useRequestState()
  const convert = useRequestState()
  const join = useRequestState()
  const joined = ref<string | null>(null)
  const wallet = useWallet()

  async function load(): Promise<void> {
    await track(async () => {
      const me = unwrap(await api.GET('/api/child/me'))
      data.value = me
      wallet.set(me.profile.coins)
    })
  }

  const pending = computed(() => data.value?.conversions.pending ?? [])
  const declined = computed(() => data.value?.conversions.declined ?? [])
  const earned = computed(() => data.value?.achievements.filter((a) => a.earned) ?? [])
  const locked = computed(() => data.value?.achievements.filter((a) => !a.earned) ?? [])
  // (null when its parent set up neither pocket money nor interest: the screen shows nothing of it)
  const bank = computed(() => {
    const plans = data.value?.family_bank
    return plans && (plans.allowances.length || plans.interest) ? plans : null
  })

  async function requestPocketMoney(coins: number): Promise<Redemption | undefined> {
    const request = await convert.track(async () =>
      unwrap(
        await api.POST('/api/users/{user_id}/conversion-requests', {
          params: { path: { user_id: 'me' } },
          body: { coins_amount: coins },
        }),
      ),
    )
    if (request && data.value) {
      data.value.conversions.pending = [request, ...data.value.conversions.pending]
      await wallet.load().catch(() => undefined)
    }
    return request
  }

  async function joinClass(code: string): Promise<boolean> {
    const answer = await join.track(async () =>
      unwrap(await api.POST('/api/classes/join', { body: { class_code: code.trim().toUpperCase() } })),
    )
    if (!answer) return false
    joined.value = answer.class.name
    if (data.value) data.value.classes = [...data.value.classes, answer.class]
    return true
  }

  return {
    data,
    pending,
    declined,
    earned,
    locked,
    bank,
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
