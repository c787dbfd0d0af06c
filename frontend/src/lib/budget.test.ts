import { describe, expect, it } from 'vitest'
import { splitError, splitTotal } from './budget'

describe('budget split', () => {
  it('takes three whole percentages that make 100', () => {
    expect(splitError({ saving: 50, spending: 30, wants: 20 })).toBeNull()
    expect(splitError({ saving: 100, spending: 0, wants: 0 })).toBeNull()
  })

  it('says how far a split is from 100', () => {
    expect(splitError({ saving: 50, spending: 30, wants: 15 })).toBe('Your split adds up to 95%: make it 100%.')
    expect(splitError({ saving: 60, spending: 30, wants: 20 })).toBe('Your split adds up to 110%: make it 100%.')
  })

  it('refuses an empty box, a fraction or a part outside 0 to 100', () => {
    const wrong = 'Each part is a whole number from 0 to 100.'
    expect(splitError({ saving: null, spending: 50, wants: 50 })).toBe(wrong)
    expect(splitError({ saving: 50.5, spending: 29.5, wants: 20 })).toBe(wrong)
    expect(splitError({ saving: 120, spending: -10, wants: -10 })).toBe(wrong)
  })

  it('adds up what is typed so far', () => {
    expect(splitTotal({ saving: 40, spending: null, wants: 25 })).toBe(65)
  })
})
