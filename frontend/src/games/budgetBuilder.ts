// Budget Builder (activity 4): plan a party, one thing from each list, without spending more than the
// budget. The most fun plan that fits scores 100.
import { shuffle, type Random } from './random'

export interface Choice {
  emoji: string
  name: string
  price: number
  /** Fun stars, 1-3. */
  fun: number
}

export interface Category {
  emoji: string
  name: string
  choices: Choice[]
}

export interface Party {
  emoji: string
  name: string
  budget: number
  categories: Category[]
}

export const PARTIES: readonly Party[] = [
  {
    emoji: '🎂',
    name: 'Birthday party',
    budget: 20,
    categories: [
      { emoji: '🍽️', name: 'Food', choices: [
        { emoji: '🍕', name: 'Pizza', price: 9, fun: 3 },
        { emoji: '🌭', name: 'Hot dogs', price: 6, fun: 2 },
        { emoji: '🥪', name: 'Sandwiches', price: 3, fun: 1 },
      ] },
      { emoji: '🎉', name: 'Games', choices: [
        { emoji: '🏰', name: 'Bouncy castle', price: 12, fun: 3 },
        { emoji: '🎨', name: 'Crafts', price: 5, fun: 2 },
        { emoji: '🎲', name: 'Board games', price: 2, fun: 1 },
      ] },
      { emoji: '✨', name: 'Decorations', choices: [
        { emoji: '🪩', name: 'Disco ball', price: 7, fun: 3 },
        { emoji: '🎈', name: 'Balloons', price: 4, fun: 2 },
        { emoji: '🎊', name: 'Streamers', price: 1, fun: 1 },
      ] },
    ],
  },
  {
    emoji: '🧺',
    name: 'Picnic',
    budget: 15,
    categories: [
      { emoji: '🍽️', name: 'Food', choices: [
        { emoji: '🍉', name: 'Watermelon', price: 5, fun: 3 },
        { emoji: '🍎', name: 'Apples', price: 3, fun: 2 },
        { emoji: '🥕', name: 'Carrots', price: 1, fun: 1 },
      ] },
      { emoji: '🎉', name: 'Games', choices: [
        { emoji: '🪁', name: 'Kite', price: 8, fun: 3 },
        { emoji: '⚽', name: 'Ball', price: 4, fun: 2 },
        { emoji: '🫧', name: 'Bubbles', price: 2, fun: 1 },
      ] },
      { emoji: '🥤', name: 'Drinks', choices: [
        { emoji: '🍹', name: 'Lemonade', price: 4, fun: 3 },
        { emoji: '🧃', name: 'Juice', price: 2, fun: 2 },
        { emoji: '💧', name: 'Water', price: 0, fun: 1 },
      ] },
    ],
  },
]

/** The parties in order, each list's choices in random order. */
export function newBudgetBuilder(random: Random, parties: readonly Party[] = PARTIES): Party[] {
  return parties.map((party) => ({
    ...party,
    categories: party.categories.map((category) => ({ ...category, choices: shuffle(category.choices, random) })),
  }))
}

/** The picked choice of each list, by list index (undefined until picked). */
export type Plan = (number | undefined)[]

function picked(party: Party, plan: Plan): Choice[] {
  return party.categories.flatMap((category, i) => {
    const index = plan[i]
    const choice = index === undefined ? undefined : category.choices[index]
    return choice ? [choice] : []
  })
}

export function spent(party: Party, plan: Plan): number {
  return picked(party, plan).reduce((sum, choice) => sum + choice.price, 0)
}

export function funOf(party: Party, plan: Plan): number {
  return picked(party, plan).reduce((sum, choice) => sum + choice.fun, 0)
}

/** One thing from every list. */
export function planComplete(party: Party, plan: Plan): boolean {
  return picked(party, plan).length === party.categories.length
}

export function withinBudget(party: Party, plan: Plan): boolean {
  return spent(party, plan) <= party.budget
}

/** The most fun a complete plan within the budget can have (every combination is tried). */
export function bestFun(party: Party): number {
  let best = 0
  const walk = (i: number, cost: number, fun: number): void => {
    if (cost > party.budget) return
    if (i === party.categories.length) {
      best = Math.max(best, fun)
      return
    }
    for (const choice of party.categories[i]!.choices) walk(i + 1, cost + choice.price, fun + choice.fun)
  }
  walk(0, 0, 0)
  return best
}

/** 0-100: a complete plan within budget scores its fun against the best; any other plan scores 0. */
export function planScore(party: Party, plan: Plan): number {
  if (!planComplete(party, plan) || !withinBudget(party, plan)) return 0
  const best = bestFun(party)
  return best === 0 ? 100 : Math.round((100 * funOf(party, plan)) / best)
}
