// Stores against a mocked fetch: what they send, and that they show what the server answered.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useGoals } from './goals'
import { useShop } from './shop'
import { useWallet } from './wallet'
import { useHistory } from './history'
import type { Goal, ShopItem } from '@/api/types'

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

type Route = (body: unknown, url: URL) => Response
let sent: { method: string; path: string; body: unknown }[]

function serve(routes: Record<string, Route>) {
  sent = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url)
      const text = await request.text()
      const body = text ? JSON.parse(text) : undefined
      sent.push({ method: request.method, path: url.pathname + url.search, body })
      const route = routes[`${request.method} ${url.pathname}`]
      return route ? route(body, url) : json(404, { detail: 'Not found' })
    }),
  )
}

const goal = (over: Partial<Goal> = {}) =>
  ({ id: 'g1', title: 'Bike', current_amount: 10, target_amount: 50, is_completed: false, coins_to_go: 40, ...over }) as Goal

describe('goals store', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => {}, removeItem: () => {} })
    setActivePinia(createPinia())
  })

  it('loads the goals and the balance in two calls', async () => {
    serve({
      'GET /api/users/me/goals': () => json(200, [goal()]),
      'GET /api/users/me/coins': () => json(200, 90),
    })
    const goals = useGoals()
    await goals.load()
    expect(goals.goals.map((g) => g.title)).toEqual(['Bike'])
    expect(useWallet().coins).toBe(90)
    expect(sent).toHaveLength(2)
  })

  it('adds coins and shows the goal and the balance the server answered', async () => {
    serve({
      'GET /api/users/me/goals': () => json(200, [goal()]),
      'GET /api/users/me/coins': () => json(200, 90),
      'POST /api/users/me/goals/g1/contribute': () =>
        json(200, { goal: goal({ current_amount: 25, coins_to_go: 25 }), transaction: {}, new_coin_balance: 75 }),
    })
    const goals = useGoals()
    await goals.load()
    await goals.add(goals.goals[0]!, 15)
    expect(sent.at(-1)).toEqual({ method: 'POST', path: '/api/users/me/goals/g1/contribute', body: { amount: 15 } })
    expect(goals.goals[0]!.current_amount).toBe(25)
    expect(useWallet().coins).toBe(75)
  })

  it('takes coins back through the withdraw call', async () => {
    serve({
      'POST /api/users/me/goals/g1/withdraw': () =>
        json(200, { goal: goal({ current_amount: 4 }), transaction: {}, new_coin_balance: 96 }),
    })
    const goals = useGoals()
    goals.goals = [goal()]
    await goals.takeBack(goals.goals[0]!, 6)
    expect(sent.at(-1)?.body).toEqual({ amount: 6 })
    expect(goals.goals[0]!.current_amount).toBe(4)
    expect(useWallet().coins).toBe(96)
  })

  it('keeps the goal as it was and shows the server’s words when coins are short', async () => {
    serve({ 'POST /api/users/me/goals/g1/contribute': () => json(400, { detail: 'Insufficient coins' }) })
    const goals = useGoals()
    goals.goals = [goal()]
    expect(await goals.add(goals.goals[0]!, 500)).toBeUndefined()
    expect(goals.actionError).toBe('Insufficient coins')
    expect(goals.goals[0]!.current_amount).toBe(10)
  })
})

describe('shop store', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => {}, removeItem: () => {} })
    setActivePinia(createPinia())
  })

  const item = (id: string) => ({ id, name: id, price: 20, owned: false, pending: false, coins_to_go: 0, waits_for_parent: false }) as ShopItem

  it('marks an item owned when the purchase was approved at once, then reloads the catalogue and the balance', async () => {
    // (paid at once: what the other items still need changed with the balance)
    serve({
      'POST /api/shop/me/purchase': () => json(200, { success: true, status: 'approved', request: { status: 'approved' } }),
      'GET /api/shop/items': () => json(200, [{ ...item('ball'), owned: true }, { ...item('car'), coins_to_go: 5 }]),
      'GET /api/users/me/coins': () => json(200, 15),
    })
    const shop = useShop()
    shop.items = [item('ball'), item('car')]
    await shop.buy(shop.items[0]!)
    expect(shop.items.map((i) => [i.id, i.owned, i.pending, i.coins_to_go])).toEqual([
      ['ball', true, false, 0],
      ['car', false, false, 5],
    ])
    expect(useWallet().coins).toBe(15)
  })

  it('marks an item waiting when the parent must decide', async () => {
    serve({ 'POST /api/shop/me/purchase': () => json(200, { success: true, status: 'pending', request: { status: 'pending' } }) })
    const shop = useShop()
    shop.items = [item('ball')]
    await shop.buy(shop.items[0]!)
    expect(shop.items[0]).toMatchObject({ owned: false, pending: true })
    expect(sent.map((s) => s.path)).toEqual(['/api/shop/me/purchase'])
  })

  it("forgets the parent's last no once the child asks again", async () => {
    serve({ 'POST /api/shop/me/purchase': () => json(200, { success: true, status: 'pending', request: { status: 'pending' } }) })
    const shop = useShop()
    shop.items = [{ ...item('ball'), rejected: true, rejection_reason: 'Too dear' }]
    await shop.buy(shop.items[0]!)
    expect(shop.items[0]).toMatchObject({ pending: true, rejected: false, rejection_reason: null })
  })
})

describe('history store', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => {}, removeItem: () => {} })
    setActivePinia(createPinia())
  })

  it('asks the server for one kind of entry, and for all of them again', async () => {
    serve({ 'GET /api/users/me/transactions': () => json(200, []) })
    const history = useHistory()
    await history.load('earn')
    await history.load(null)
    expect(sent.map((s) => s.path)).toEqual([
      '/api/users/me/transactions?limit=31&type=earn',
      '/api/users/me/transactions?limit=31',
    ])
    expect(history.kind).toBeNull()
  })

  it('shows older entries a page at a time, while the server has more', async () => {
    const entries = Array.from({ length: 45 }, (_, n) => ({ id: `e${n}`, type: 'spend' }))
    serve({
      'GET /api/users/me/transactions': (_, url) => {
        const offset = Number(url.searchParams.get('offset') ?? 0)
        return json(200, entries.slice(offset, offset + Number(url.searchParams.get('limit'))))
      },
    })
    const history = useHistory()
    await history.load('spend')
    expect(history.entries).toHaveLength(30)
    expect(history.hasMore).toBe(true)
    await history.loadOlder()
    expect(sent.at(-1)?.path).toBe('/api/users/me/transactions?limit=31&offset=30&type=spend')
    expect(history.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id))
    expect(history.hasMore).toBe(false)
  })
})
