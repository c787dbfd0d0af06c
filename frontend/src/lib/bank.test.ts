import { afterEach, describe, expect, it } from 'vitest'
import { followZone } from './clock'
import { choreRule, growthCap, growthRate, paidWhen, paydayLabel } from './bank'

describe('family bank', () => {
  afterEach(() => followZone(null))

  it('says when pocket money comes, from the kind of schedule', () => {
    expect(paidWhen({ kind: 'weekly', weekday: 5, day_of_month: 1 })).toBe('every Saturday')
    expect(paidWhen({ kind: 'weekly', weekday: 0, day_of_month: 1 })).toBe('every Monday')
    expect(paidWhen({ kind: 'biweekly', weekday: 6, day_of_month: 1 })).toBe('every other Sunday')
    expect(paidWhen({ kind: 'monthly', weekday: 5, day_of_month: 1 })).toBe('on the 1st of every month')
    expect(paidWhen({ kind: 'monthly', weekday: 5, day_of_month: 12 })).toBe('on the 12th of every month')
    expect(paidWhen({ kind: 'monthly', weekday: 5, day_of_month: 22 })).toBe('on the 22nd of every month')
    expect(paidWhen({ kind: 'monthly', weekday: 5, day_of_month: 23 })).toBe('on the 23rd of every month')
  })

  it('names the next payday from the family’s today', () => {
    const tuesday = new Date('2026-12-08T10:00:00Z')
    expect(paydayLabel('2026-12-08', tuesday)).toBe('today')
    expect(paydayLabel('2026-12-09', tuesday)).toBe('tomorrow')
    expect(paydayLabel('2026-12-12', tuesday)).toBe('on Saturday')
    expect(paydayLabel('2026-12-14', tuesday)).toBe('on Monday')
    expect(paydayLabel('2026-12-15', tuesday)).toBe('on Dec 15')
    // late on Tuesday in New York it is still Tuesday there, though Wednesday on UTC
    followZone('America/New_York')
    expect(paydayLabel('2026-12-09', new Date('2026-12-09T03:00:00Z'))).toBe('tomorrow')
  })

  it('tells what the chores have to do with it, and how goals grow', () => {
    expect(choreRule('none')).toBeNull()
    expect(choreRule('all')).toBe('when all my chores are done')
    expect(choreRule('proportional')).toBe('more chores done, more coins')
    expect(growthRate({ rate_percent: 3, period: 'weekly' })).toBe('3% every week')
    expect(growthRate({ rate_percent: 2.5, period: 'monthly' })).toBe('2.5% every month')
    expect(growthCap({ cap: 10, period: 'weekly' })).toBe('up to 10 coins a week')
    expect(growthCap({ cap: 1, period: 'monthly' })).toBe('up to 1 coin a month')
  })
})
