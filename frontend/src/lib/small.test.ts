import { describe, expect, it } from 'vitest'
import { niceTop, placeBars } from './chart'
import { iconEmoji } from './icons'
import { cookie } from './adminHandoff'
import { columnOf } from '@/stores/chores'
import { byDueDate } from '@/stores/learn'
import { stateOf } from '@/stores/shop'
import type { AssignedModule } from '@/api/types'

describe('chart', () => {
  it('rounds the top of the axis up to a readable number', () => {
    expect(niceTop(0)).toBe(4)
    expect(niceTop(7)).toBe(8)
    expect(niceTop(37)).toBe(40)
    expect(niceTop(120)).toBe(200)
    expect(niceTop(1001)).toBe(2000)
  })

  it('places grouped bars side by side, as tall as their share of the axis', () => {
    const bars = placeBars([{ label: 'a', values: [10, 5] }, { label: 'b', values: [0, 20] }], { width: 200, height: 100 }, 20)
    expect(bars).toHaveLength(4)
    expect(bars.map((b) => b.height)).toEqual([50, 25, 0, 100])
    expect(bars.map((b) => b.y)).toEqual([50, 75, 100, 0])
    expect(bars[1]!.x).toBeGreaterThan(bars[0]!.x)
    expect(bars[2]!.x).toBeGreaterThanOrEqual(100)
    expect(placeBars([], { width: 10, height: 10 }, 4)).toEqual([])
  })
})

describe('icons', () => {
  it('keeps a picture and turns an icon-font name into one', () => {
    expect(iconEmoji('🚲', '🎯')).toBe('🚲')
    expect(iconEmoji('ri-bike-line', '🎯')).toBe('🚲')
    expect(iconEmoji('ri-coins-line', '⭐')).toBe('🪙')
    expect(iconEmoji('ri-unknown-line', '⭐')).toBe('⭐')
    expect(iconEmoji(null, '⭐')).toBe('⭐')
  })
})

describe('admin hand-off', () => {
  it('reads one cookie among others', () => {
    expect(cookie('csrftoken', 'a=1; csrftoken=abc%3D; b=2')).toBe('abc=')
    expect(cookie('csrftoken', 'a=1')).toBeNull()
  })
})

describe('chores', () => {
  it('puts each status in the column a child understands', () => {
    expect(columnOf({ status: 'pending' })).toBe('todo')
    expect(columnOf({ status: 'in_progress' })).toBe('todo')
    expect(columnOf({ status: 'rejected' })).toBe('todo')
    expect(columnOf({ status: 'completed' })).toBe('waiting')
    expect(columnOf({ status: 'approved' })).toBe('paid')
  })
})

describe('learn', () => {
  it('lists assigned lessons soonest due first, undated last', () => {
    const lesson = (id: string, due_date: string | null) => ({ id, due_date }) as AssignedModule
    const sorted = byDueDate([lesson('none', null), lesson('later', '2026-05-01T00:00:00Z'), lesson('soon', '2026-04-01T00:00:00Z')])
    expect(sorted.map((m) => m.id)).toEqual(['soon', 'later', 'none'])
  })
})

describe('shop', () => {
  it('shows an item as owned, waiting or for sale, as the server says', () => {
    expect(stateOf({ owned: true, pending: false })).toBe('owned')
    expect(stateOf({ owned: false, pending: true })).toBe('pending')
    expect(stateOf({ owned: false, pending: false })).toBe('for-sale')
  })
})
