import { describe, expect, it } from 'vitest'
import { between, numberChoices, percent, pick, seeded, shuffle } from './random'
import { answerRound, nextRound, roundsOver, roundsScore, roundsSummary, startRounds } from './rounds'
import { isRightKind, newNeedsWants, ROUNDS as NEEDS_ROUNDS } from './needsWants'
import { isRightTotal, LEVELS, newCoinCounting } from './coinCounting'
import { isBestDeal, newShoppingSmart, pricePerPiece, ROUNDS as DEAL_ROUNDS } from './shoppingSmart'
import { GOALS, goalChoices, isRightStep, newGoalQuest } from './goalQuest'
import { newPiggyBank, piggyScore, reachedGoal, spendOrSave, startPiggy, TARGET, type Day } from './piggyBank'
import { bestFun, newBudgetBuilder, PARTIES, planComplete, planScore, spent, withinBudget, type Party, type Plan } from './budgetBuilder'

const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1)

describe('random', () => {
  it('repeats itself for one seed and differs between seeds', () => {
    const a = seeded(42)
    const b = seeded(42)
    const first = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(first)
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(seeded(43)()).not.toBe(first[0])
  })

  it('shuffles into a permutation without touching the input', () => {
    const items = [1, 2, 3, 4, 5, 6]
    const shuffled = shuffle(items, seeded(7))
    expect(items).toEqual([1, 2, 3, 4, 5, 6])
    expect([...shuffled].sort()).toEqual(items)
    const orders = new Set(SEEDS.map((s) => shuffle(items, seeded(s)).join()))
    expect(orders.size).toBeGreaterThan(50)
  })

  it('picks different items and whole numbers within bounds', () => {
    for (const seed of SEEDS) {
      const random = seeded(seed)
      expect(new Set(pick([1, 2, 3, 4, 5], 3, random)).size).toBe(3)
      const n = between(2, 4, random)
      expect([2, 3, 4]).toContain(n)
    }
  })

  it('offers the right number among near misses, all different and above zero', () => {
    for (const seed of SEEDS) {
      for (const answer of [1, 2, 7, 30]) {
        const choices = numberChoices(answer, seeded(seed))
        expect(choices).toHaveLength(3)
        expect(choices).toContain(answer)
        expect(new Set(choices).size).toBe(3)
        expect(Math.min(...choices)).toBeGreaterThanOrEqual(1)
      }
    }
  })

  it('turns right answers into a 0-100 score', () => {
    expect(percent(0, 8)).toBe(0)
    expect(percent(5, 8)).toBe(63)
    expect(percent(8, 8)).toBe(100)
    expect(percent(9, 8)).toBe(100)
    expect(percent(1, 0)).toBe(0)
  })
})

describe('rounds', () => {
  it('counts one answer a round and moves on only once answered', () => {
    let state = startRounds()
    expect(nextRound(state)).toBe(state)
    state = answerRound(state, 1, true)
    expect(answerRound(state, 0, false)).toBe(state)
    expect(state).toMatchObject({ chosen: 1, wasRight: true, right: 1 })
    state = answerRound(nextRound(state), 0, false)
    expect(state).toMatchObject({ round: 1, chosen: 0, wasRight: false, right: 1 })
    expect(roundsOver(state, 2)).toBe(false)
    state = nextRound(state)
    expect(roundsOver(state, 2)).toBe(true)
    expect(roundsScore(state, 2)).toBe(50)
    expect(roundsSummary(state, 2)).toBe('1 of 2 right')
  })
})

describe('needs vs wants', () => {
  it('deals eight different things, half needs and half wants, in changing order', () => {
    for (const seed of SEEDS) {
      const things = newNeedsWants(seeded(seed))
      expect(things).toHaveLength(NEEDS_ROUNDS)
      expect(new Set(things.map((t) => t.name)).size).toBe(NEEDS_ROUNDS)
      expect(things.filter((t) => t.kind === 'need')).toHaveLength(NEEDS_ROUNDS / 2)
    }
    expect(newNeedsWants(seeded(1)).map((t) => t.name)).not.toEqual(newNeedsWants(seeded(2)).map((t) => t.name))
  })

  it('checks the answer against the thing', () => {
    const [thing] = newNeedsWants(seeded(3))
    expect(isRightKind(thing!, thing!.kind)).toBe(true)
    expect(isRightKind(thing!, thing!.kind === 'need' ? 'want' : 'need')).toBe(false)
  })
})

describe('coin counting', () => {
  it('makes piles of the level’s coins, biggest first, with their total among the choices', () => {
    for (const seed of SEEDS) {
      const rounds = newCoinCounting(seeded(seed))
      expect(rounds).toHaveLength(LEVELS.length)
      rounds.forEach((round, level) => {
        const spec = LEVELS[level]!
        expect(round.coins.length).toBeGreaterThanOrEqual(spec.count[0])
        expect(round.coins.length).toBeLessThanOrEqual(spec.count[1])
        expect(round.coins.every((c) => spec.values.includes(c))).toBe(true)
        expect(round.coins).toEqual([...round.coins].sort((a, b) => b - a))
        expect(round.total).toBe(round.coins.reduce((a, b) => a + b, 0))
        expect(round.choices).toContain(round.total)
        expect(isRightTotal(round, round.total)).toBe(true)
        expect(round.choices.filter((c) => isRightTotal(round, c))).toHaveLength(1)
      })
    }
  })
})

describe('shopping smart', () => {
  it('always has one pack cheaper for each piece, and marks it as the deal', () => {
    let bigPackLoses = 0
    for (const seed of SEEDS) {
      const rounds = newShoppingSmart(seeded(seed))
      expect(rounds).toHaveLength(DEAL_ROUNDS)
      expect(new Set(rounds.map((r) => r.name)).size).toBe(DEAL_ROUNDS)
      for (const round of rounds) {
        const [a, b] = round.packs.map(pricePerPiece) as [number, number]
        expect(a).not.toBe(b)
        expect(isBestDeal(round, a < b ? 0 : 1)).toBe(true)
        expect(isBestDeal(round, a < b ? 1 : 0)).toBe(false)
        const bigger = round.packs[0].count > round.packs[1].count ? 0 : 1
        if (round.best !== bigger) bigPackLoses++
      }
    }
    // The big pack is not always the deal: the child has to work it out.
    expect(bigPackLoses).toBeGreaterThan(50)
  })

  it('works out the price of one piece', () => {
    expect(pricePerPiece({ count: 3, price: 9 })).toBe(3)
    expect(pricePerPiece({ count: 2, price: 5 })).toBe(2.5)
  })
})

describe('goal setting quest', () => {
  it('offers three different goals', () => {
    const goals = goalChoices(seeded(5))
    expect(new Set(goals.map((g) => g.name)).size).toBe(3)
  })

  it('asks four steps whose right answers add up for every goal', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      for (const goal of GOALS) {
        const steps = newGoalQuest(goal, seeded(seed))
        expect(steps).toHaveLength(4)
        for (const step of steps) {
          expect(step.choices).toHaveLength(3)
          expect(new Set(step.choices).size).toBe(3)
          expect(isRightStep(step, step.answer)).toBe(true)
          expect(step.choices.filter((c) => /^1 \w+s$/.test(c)), 'one week, one coin').toEqual([])
        }
        const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number)
        const [weekly, price] = numbers(steps[0]!.question) as [number, number]
        expect(price).toBe(goal.price)
        expect(numbers(steps[0]!.choices[steps[0]!.answer]!)[0]! * weekly).toBe(goal.price)
        const [weeks] = numbers(steps[1]!.question) as [number]
        expect(numbers(steps[1]!.choices[steps[1]!.answer]!)[0]! * weeks).toBe(goal.price)
        const [saved] = numbers(steps[2]!.question) as [number]
        expect(saved).toBeGreaterThan(0)
        expect(numbers(steps[2]!.choices[steps[2]!.answer]!)[0]! + saved).toBe(goal.price)
        expect(steps[3]!.choices[steps[3]!.answer]).toMatch(/Save a little/)
      }
    }
  })
})

describe('piggy bank adventure', () => {
  const playDays = (days: Day[], buy: (day: Day, i: number) => boolean) =>
    days.reduce((state, day, i) => spendOrSave(state, day, buy(day, i)), startPiggy())

  it('reaches the kite when Penny saves every day, or buys one small treat', () => {
    for (const seed of SEEDS) {
      const days = newPiggyBank(seeded(seed))
      expect(days).toHaveLength(6)
      const saver = playDays(days, () => false)
      expect(reachedGoal(saver)).toBe(true)
      expect(piggyScore(saver)).toBe(100)
      const cheapest = Math.min(...days.map((d) => d.treat.price))
      let treated = false
      const oneTreat = playDays(days, (day) => !treated && day.treat.price === cheapest && (treated = true))
      expect(oneTreat.bought).toHaveLength(1)
      expect(piggyScore(oneTreat)).toBe(100)
    }
  })

  it('falls short when Penny buys every treat, and scores how close she got', () => {
    const days = newPiggyBank(seeded(9))
    const spender = playDays(days, () => true)
    const income = days.reduce((sum, d) => sum + d.income, 0)
    const treats = days.reduce((sum, d) => sum + d.treat.price, 0)
    expect(spender.saved).toBe(income - treats)
    expect(spender.bought).toHaveLength(6)
    expect(reachedGoal(spender)).toBe(false)
    expect(piggyScore(spender)).toBe(Math.round((100 * (income - treats)) / TARGET.price))
    expect(piggyScore(spender)).toBeLessThan(50)
  })
})

describe('budget builder', () => {
  const planOf = (party: Party, names: string[]): Plan =>
    party.categories.map((c) => c.choices.findIndex((choice) => names.includes(choice.name)))

  it('knows the most fun plan that fits each budget', () => {
    expect(PARTIES.map(bestFun)).toEqual([7, 8])
  })

  it('scores the best plan 100, a cheaper plan less, and a plan over budget or unfinished 0', () => {
    const [birthday] = newBudgetBuilder(seeded(4))
    const party = birthday!
    const best = planOf(party, ['Pizza', 'Crafts', 'Balloons'])
    expect(spent(party, best)).toBe(18)
    expect(withinBudget(party, best)).toBe(true)
    expect(planScore(party, best)).toBe(100)
    expect(planScore(party, planOf(party, ['Sandwiches', 'Board games', 'Streamers']))).toBe(43)
    const tooMuch = planOf(party, ['Pizza', 'Bouncy castle', 'Streamers'])
    expect(withinBudget(party, tooMuch)).toBe(false)
    expect(planScore(party, tooMuch)).toBe(0)
    const unfinished: Plan = [best[0], undefined, best[2]]
    expect(planComplete(party, unfinished)).toBe(false)
    expect(planScore(party, unfinished)).toBe(0)
  })

  it('shuffles each list but keeps the same things', () => {
    const orders = new Set(SEEDS.map((s) => newBudgetBuilder(seeded(s))[0]!.categories[0]!.choices.map((c) => c.name).join()))
    expect(orders.size).toBeGreaterThan(1)
    const shuffled = newBudgetBuilder(seeded(1))
    shuffled.forEach((party, p) =>
      party.categories.forEach((category, c) =>
        expect([...category.choices].sort((a, b) => a.price - b.price)).toEqual(
          [...PARTIES[p]!.categories[c]!.choices].sort((a, b) => a.price - b.price),
        ),
      ),
    )
  })
})
