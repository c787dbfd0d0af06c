// Piggy Bank Adventure (activity 1): Penny the pig gets coins each day and meets a treat. Save or
// spend? She wants a kite: the score is how close her piggy bank gets to its price.
import { percent, shuffle, type Random } from './random'

export const TARGET = { emoji: '🪁', name: 'kite', price: 20 }

export interface Day {
  emoji: string
  /** Who gives Penny coins today. */
  from: string
  income: number
  treat: { emoji: string; name: string; price: number }
}

const GIFTS: readonly Omit<Day, 'treat'>[] = [
  { emoji: '👵', from: 'Grandma', income: 3 },
  { emoji: '🧹', from: 'Helping at home', income: 4 },
  { emoji: '🦷', from: 'The tooth fairy', income: 3 },
  { emoji: '🎂', from: 'A birthday card', income: 5 },
  { emoji: '🌱', from: 'Watering plants', income: 4 },
  { emoji: '🍋', from: 'A lemonade stand', income: 4 },
]

// Names as they read after "buy": "Buy a lollipop".
const TREATS: readonly Day['treat'][] = [
  { emoji: '🍭', name: 'a lollipop', price: 3 },
  { emoji: '🍬', name: 'some sweets', price: 2 },
  { emoji: '🧁', name: 'a cupcake', price: 4 },
  { emoji: '🎈', name: 'a balloon', price: 2 },
  { emoji: '🍩', name: 'a donut', price: 3 },
  { emoji: '🧃', name: 'a juice box', price: 2 },
]

/** Six days: the gifts come in order, the treats in random order. */
export function newPiggyBank(random: Random): Day[] {
  const treats = shuffle(TREATS, random)
  return GIFTS.map((gift, i) => ({ ...gift, treat: treats[i]! }))
}

export interface PiggyState {
  day: number
  /** Coins in the piggy bank. */
  saved: number
  /** The treats Penny bought. */
  bought: string[]
}

export function startPiggy(): PiggyState {
  return { day: 0, saved: 0, bought: [] }
}

/** Today's coins go into the piggy bank, less the treat when Penny buys it. */
export function spendOrSave(state: PiggyState, day: Day, buyTreat: boolean): PiggyState {
  return {
    day: state.day + 1,
    saved: state.saved + day.income - (buyTreat ? day.treat.price : 0),
    bought: buyTreat ? [...state.bought, day.treat.emoji] : state.bought,
  }
}

export function reachedGoal(state: PiggyState): boolean {
  return state.saved >= TARGET.price
}

export function piggyScore(state: PiggyState): number {
  return percent(Math.min(state.saved, TARGET.price), TARGET.price)
}
