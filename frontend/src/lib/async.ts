// The loading and error state every screen shows while it talks to the API.
import { ref } from 'vue'
import { messageOf } from '@/api/errors'

export function useRequestState() {
  const loading = ref(false)
  const error = ref<string | null>(null)

  /** Runs `work`, recording loading and the error message; resolves to undefined on failure. */
  async function track<T>(work: () => Promise<T>): Promise<T | undefined> {
    loading.value = true
    error.value = null
    try {
      return await work()
    } catch (failure) {
      error.value = messageOf(failure)
      return undefined
    } finally {
      loading.value = false
    }
  }

  return { loading, error, track }
}
