// The Learn stores against a stubbed server: what they ask for, and what they keep of the answers.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { LearningModule } from '@/api/types'
import { useGame } from './game'
import { byDueDate, isOpenAssignment, useLearn } from './learn'
import { useReader } from './reader'
import { useWallet } from './wallet'

type Seen = { method: string; path: string; body: unknown }
let seen: Seen[]

class MemoryStorage {
  private items = new Map<string, string>()
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
}

function fresh() {
  vi.stubGlobal('localStorage', new MemoryStorage())
  setActivePinia(createPinia())
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

function serve(routes: Record<string, (body: unknown) => [number, unknown]>) {
  seen = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname
      const text = await request.text()
      const body = text ? JSON.parse(text) : undefined
      seen.push({ method: request.method, path, body })
      const route = routes[`${request.method} ${path}`]
      const [status, answer] = route ? route(body) : [404, { detail: 'Not found' }]
      return json(status, answer)
    }),
  )
}

const progress = (extra: Partial<NonNullable<LearningModule['user_progress']>>) => ({
  progress_percentage: 0, is_completed: false, score: null, time_spent: 0, status: 'in_progress',
  assigned_at: null, due_date: null, overdue: false, ...extra,
})
const module = (id: string, user_progress: LearningModule['user_progress']) =>
  ({ id, title: id, user_progress }) as LearningModule

describe('learn lists', () => {
  beforeEach(fresh)

  it('puts open assignments first, soonest due first, and everything else after', async () => {
    const at = '2026-01-01T00:00:00Z'
    const modules = [
      module('free', null),
      module('assigned-later', progress({ assigned_at: at, due_date: '2026-05-01T00:00:00Z' })),
      module('assigned-done', progress({ assigned_at: at, is_completed: true })),
      module('assigned-undated', progress({ assigned_at: at, status: 'assigned' })),
      module('assigned-soon', progress({ assigned_at: at, due_date: '2026-04-01T00:00:00Z' })),
      module('started', progress({ progress_percentage: 50 })),
    ]
    serve({ 'GET /api/learning-modules': () => [200, modules], 'GET /api/activities': () => [200, []] })
    const learn = useLearn()

    await learn.load()

    expect(seen.map((r) => r.path).sort()).toEqual(['/api/activities', '/api/learning-modules'])
    expect(learn.assigned.map((m) => m.id)).toEqual(['assigned-soon', 'assigned-later', 'assigned-undated'])
    expect(learn.others.map((m) => m.id)).toEqual(['free', 'assigned-done', 'started'])
    expect(isOpenAssignment(modules[0]!)).toBe(false)
    expect(byDueDate([{ due_date: null }, { due_date: '2026-01-02T00:00:00Z' }])[0]!.due_date).toBe('2026-01-02T00:00:00Z')
  })

  it('shows the server’s words when a read fails', async () => {
    serve({ 'GET /api/activities': () => [200, []], 'GET /api/learning-modules': () => [403, { detail: 'Only children' }] })
    const learn = useLearn()
    await learn.load()
    expect(learn.error).toBe('Only children')
  })
})

describe('game store', () => {
  beforeEach(fresh)

  it('reports a finished game with its score kept within 0-100, and keeps what the server paid', async () => {
    serve({
      'GET /api/activities/3': () => [200, { id: 3, title: 'Coin Counting Challenge', coins: 20, completed: false }],
      'POST /api/activities/3/complete': () => [200, { success: true, activity_id: 3, coins_earned: 20, first_completion: true, xp_earned: 30 }],
    })
    const game = useGame()
    await game.load(3)

    const result = await game.complete(112.4, 2)

    expect(seen[1]).toEqual({ method: 'POST', path: '/api/activities/3/complete', body: { score: 100, is_completed: true, time_spent: 2 } })
    expect(result?.coins_earned).toBe(20)
    expect(game.activity?.completed).toBe(true)
    game.replay()
    expect(game.result).toBeNull()
  })

  it('keeps the finish screen honest when the report fails', async () => {
    serve({
      'GET /api/activities/2': () => [200, { id: 2, title: 'Needs vs Wants Game', coins: 15, completed: false }],
      'POST /api/activities/2/complete': () => [503, { detail: 'Service unavailable' }],
    })
    const game = useGame()
    await game.load(2)
    expect(await game.complete(50, 1)).toBeUndefined()
    expect(game.reportError).toBe('Service unavailable')
    expect(game.result).toBeNull()
  })
})

describe('reader store', () => {
  beforeEach(fresh)

  const content = {
    module_id: 'm1', title: 'Saving', description: '', points_reward: 20, sections: [], quiz: [],
    progress: { status: 'in_progress', progress_percentage: 0, is_completed: false, score: null, coins_earned: 0 },
  }

  it('opens a module, reports reading, and sends the answers for the server to score', async () => {
    serve({
      'POST /api/child/modules/m1/start': () => [200, content],
      'PUT /api/child/modules/m1/progress': () => [200, { message: 'ok', status: 'in_progress', score: null, completed: false, coins_earned: 0 }],
      'POST /api/child/modules/m1/quiz': () => [200, { score: 100, passed: true, results: [], coins_earned: 20, first_completion: true, xp_earned: 45, total_coins: 155 }],
    })
    const reader = useReader()

    await reader.open('m1')
    await reader.reportReading(50)
    const result = await reader.submit({ q1: ['o1'] })

    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/child/modules/m1/start', 'PUT /api/child/modules/m1/progress', 'POST /api/child/modules/m1/quiz',
    ])
    expect(seen[1]!.body).toEqual({ status: 'in_progress', progress_percentage: 50 })
    expect(seen[2]!.body).toEqual({ answers: { q1: ['o1'] } })
    expect(result?.coins_earned).toBe(20)
    expect(useWallet().coins).toBe(155)
    expect(reader.content?.progress.is_completed).toBe(true)
  })

  it('keeps reading when a progress report fails, and leaves a failed quiz open', async () => {
    serve({
      'POST /api/child/modules/m1/start': () => [200, content],
      'PUT /api/child/modules/m1/progress': () => [500, { detail: 'boom' }],
      'POST /api/child/modules/m1/quiz': () => [200, { score: 33.3, passed: false, results: [], coins_earned: 0, first_completion: false, xp_earned: 0, total_coins: 135 }],
    })
    const reader = useReader()
    await reader.open('m1')
    await expect(reader.reportReading(25)).resolves.toBeUndefined()
    await reader.submit({})
    expect(reader.result?.passed).toBe(false)
    expect(reader.content?.progress.is_completed).toBe(false)
    reader.retry()
    expect(reader.result).toBeNull()
  })
})
