import { describe, expect, it } from 'vitest'
import { balanceFinishes } from './goals'

describe('goals', () => {
  it('finishes a goal only when the balance covers what it still needs', () => {
    expect(balanceFinishes(15, 245)).toBe(true)
    expect(balanceFinishes(15, 15)).toBe(true)
    expect(balanceFinishes(16, 15)).toBe(false)
    expect(balanceFinishes(0, 100)).toBe(false) // reached already
    expect(balanceFinishes(15, null)).toBe(false) // balance not loaded yet
  })
})
