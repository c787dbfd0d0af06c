// The shop: the catalogue for the child's age and its purchase requests (pending and owned).
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { PurchaseRequest, ShopItem } from '@/api/types'
import { useRequestState } from '@/lib/async'
import { useWallet } from './wallet'

export type ItemState = 'owned' | 'pending' | 'for-sale'

export const useShop = defineStore('shop', () => {
  const items = ref<ShopItem[]>([])
  const requests = ref<PurchaseRequest[]>([])
  const { loading, error, track } = useRequestState()
  const action = useRequestState()
  const buying = ref<string | null>(null)

  async function load(): Promise<void> {
    await track(async () => {
      const [catalogue, asked] = await Promise.all([
        api.GET('/api/shop/items').then(unwrap),
        api.GET('/api/shop/purchase_requests').then(unwrap),
      ])
      items.value = catalogue
      requests.value = asked
    })
  }

  const stateOf = computed(() => {
    const states = new Map<string, ItemState>()
    // Oldest first, so the newest request of an item decides its state.
    for (const request of [...requests.value].reverse()) {
      if (request.status === 'approved') states.set(request.shop_item_id, 'owned')
      else if (request.status === 'pending' && states.get(request.shop_item_id) !== 'owned')
        states.set(request.shop_item_id, 'pending')
    }
    return (id: string): ItemState => states.get(id) ?? 'for-sale'
  })

  /** Asks to buy: bought at once under the parent's limit, otherwise it waits for the parent. */
  async function buy(item: ShopItem): Promise<PurchaseRequest | undefined> {
    buying.value = item.id
    const answer = await action.track(async () =>
      unwrap(
        await api.POST('/api/shop/{user_id}/purchase', {
          params: { path: { user_id: 'me' } },
          body: { item_id: item.id },
        }),
      ),
    )
    buying.value = null
    if (!answer) return undefined
    requests.value = [answer.request, ...requests.value]
    if (answer.request.status === 'approved') await useWallet().load().catch(() => undefined)
    return answer.request
  }

  return { items, requests, loading, error, actionError: action.error, buying, load, stateOf, buy }
})
