// The shop: the catalogue for the child's age, each item with its price in the child's chores and
// whether the child owns it, waits for its parent or was told no (and why), the coins it still needs and
// whether asking for it goes to a parent, all from GET /api/shop/items, and the balance.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { PurchaseRequest, ShopItem } from '@/api/types'
import { useRequestState } from '@/lib/async'
import { useWallet } from './wallet'

export type ItemState = 'owned' | 'pending' | 'for-sale'

export function stateOf(item: Pick<ShopItem, 'owned' | 'pending'>): ItemState {
  return item.owned ? 'owned' : item.pending ? 'pending' : 'for-sale'
}

export const useShop = defineStore('shop', () => {
  const items = ref<ShopItem[]>([])
  const { loading, error, track } = useRequestState()
  const action = useRequestState()
  const buying = ref<string | null>(null)
  const wallet = useWallet()

  async function load(): Promise<void> {
    await track(async () => {
      const [catalogue] = await Promise.all([api.GET('/api/shop/items').then(unwrap), wallet.load()])
      items.value = catalogue
    })
  }

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
    const status = answer.request.status
    items.value = items.value.map((i) =>
      i.id === item.id
        ? { ...i, owned: status === 'approved', pending: status === 'pending', rejected: false, rejection_reason: null }
        : i,
    )
    // (paid at once: the balance fell, and with it what every other item still needs)
    if (status === 'approved') await load()
    return answer.request
  }

  return { items, loading, error, actionError: action.error, buying, load, buy }
})
