// The child's balance as the server last reported it (any answer that carries it updates it).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'

export const useWallet = defineStore('wallet', () => {
  const coins = ref<number | null>(null)

  function set(balance: number): void {
    coins.value = balance
  }

  async function load(): Promise<number> {
    const balance = unwrap(await api.GET('/api/users/{user_id}/coins', { params: { path: { user_id: 'me' } } }))
    coins.value = balance
    return balance
  }

  return { coins, set, load }
})
