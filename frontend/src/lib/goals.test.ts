import { describe, expect, it } from 'vitest'
import { balanceFinishes, datePassed, daysLeft } from './goals'

describe('goals', () => {
  it('finishes a goal only when the balance covers what it still needs', () => {
    expect(balanceFinishes(15, 245)).toBe(true)
    expect(balanceFinishes(15, 15)).toBe(true)
    expect(balanceFinishes(16, 15)).toBe(false)
    expect(balanceFinishes(0, 100)).toBe(false) // reached already
    expect(balanceFinishes(15, null)).toBe(false) // balance not loaded yet
  })

  it('says the days left to a goal’s date, and when its day is over', () => {
    const deadline = '2026-03-10T00:00:00Z' // the start of the family's day
    expect(daysLeft(12, deadline, new Date('2026-02-26T09:00:00Z'))).toBe('12 days left')
    expect(daysLeft(1, deadline, new Date('2026-03-09T09:00:00Z'))).toBe('1 day left')
    expect(daysLeft(0, deadline, new Date('2026-03-10T23:59:00Z'))).toBe('Last day!')
    expect(daysLeft(0, deadline, new Date('2026-03-11T00:00:00Z'))).toBe('The date has passed')
    expect(daysLeft(0, deadline, new Date('2026-04-01T09:00:00Z'))).toBe('The date has passed')
    expect(datePassed(0, deadline, new Date('2026-03-10T12:00:00Z'))).toBe(false)
    expect(datePassed(0, deadline, new Date('2026-03-11T12:00:00Z'))).toBe(true)
  })
})
