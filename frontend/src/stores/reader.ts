// A module being read: its content, opened with POST /api/child/modules/{id}/start (which gives the
// child a progress row when it has none), progress reported while the child moves on, then the quiz,
// scored by the server (POST .../quiz). The server pays a first pass once.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '@/api/client'
import { unwrap } from '@/api/errors'
import type { ModuleContent, ModuleProgressResult, QuizResult } from '@/api/types'
import { useRequestState } from '@/lib/async'
import type { Answers } from '@/lib/reader'
import { useWallet } from './wallet'

export const useReader = defineStore('reader', () => {
  const content = ref<ModuleContent | null>(null)
  const result = ref<QuizResult | null>(null)
  /** A module without a quiz is done once read to the end. */
  const finished = ref<ModuleProgressResult | null>(null)
  const { loading, error, track } = useRequestState()
  const sending = useRequestState()

  async function open(moduleId: string): Promise<void> {
    result.value = null
    finished.value = null
    if (content.value?.module_id !== moduleId) content.value = null
    await track(async () => {
      content.value = unwrap(await api.POST('/api/child/modules/{module_id}/start', { params: { path: { module_id: moduleId } } }))
    })
  }

  /**
   * Tells the server how far the child read. Progress is a bookmark: when a report fails the child
   * reads on, and the next one (never lower) catches up.
   */
  async function reportReading(percent: number): Promise<void> {
    const moduleId = content.value?.module_id
    if (!moduleId) return
    try {
      await api.PUT('/api/child/modules/{module_id}/progress', {
        params: { path: { module_id: moduleId } },
        body: { status: 'in_progress', progress_percentage: percent },
      })
    } catch {
      // offline for a moment: the next step reports again
    }
  }

  async function submit(answers: Answers): Promise<QuizResult | undefined> {
    const moduleId = content.value?.module_id
    if (!moduleId) return undefined
    const answer = await sending.track(async () =>
      unwrap(await api.POST('/api/child/modules/{module_id}/quiz', { params: { path: { module_id: moduleId } }, body: { answers } })),
    )
    if (answer) {
      result.value = answer
      useWallet().set(answer.total_coins)
      if (answer.passed && content.value) {
        const progress = { ...content.value.progress, is_completed: true, status: 'completed', progress_percentage: 100 }
        content.value = { ...content.value, progress }
      }
    }
    return answer
  }

  /** The end of a module without a quiz: reading it all completes it. */
  async function finish(): Promise<void> {
    const moduleId = content.value?.module_id
    if (!moduleId) return
    const answer = await sending.track(async () =>
      unwrap(
        await api.PUT('/api/child/modules/{module_id}/progress', {
          params: { path: { module_id: moduleId } },
          body: { status: 'completed', score: 100 },
        }),
      ),
    )
    if (answer) finished.value = answer
  }

  /** Try the quiz again: the last result goes away. */
  function retry(): void {
    result.value = null
  }

  return {
    content,
    result,
    finished,
    loading,
    error,
    sending: sending.loading,
    sendError: sending.error,
    open,
    reportReading,
    submit,
    finish,
    retry,
  }
})
