// Coin Counting Challenge (activity 3): how many coins are in the pile? Piles grow round by round.
import { between, numberChoices, type Random } from './random'

export const COIN_VALUES = [1, 2, 5, 10] as const
export type CoinValue = (typeof COIN_VALUES)[number]

export interface CoinRound {
  /** The coins in the pile, biggest first (easier to count). */
  coins: CoinValue[]
  total: number
  /** Three totals to choose from, the right one among them. */
  choices: number[]
}

/** Per round: how many coins, and which values may appear. */
export const LEVELS: readonly { count: [number, number]; values: readonly CoinValue[] }[] = [
  { count: [2, 3], values: [1, 2] },
  { count: [3, 3], values: [1, 2] },
  { count: [2, 3], values: [1, 2, 5] },
  { count: [3, 4], values: [1, 2, 5] },
  { count: [3, 4], values: [1, 2, 5, 10] },
  { count: [4, 5], values: [1, 2, 5, 10] },
]

export function newCoinRound(level: number, random: Random): CoinRound {
  const spec = LEVELS[Math.min(level, LEVELS.length - 1)]!
  const count = between(spec.count[0], spec.count[1], random)
  const coins = Array.from({ length: count }, () => spec.values[between(0, spec.values.length - 1, random)]!)
  coins.sort((a, b) => b - a)
  const total = coins.reduce((sum, coin) => sum + coin, 0)
  return { coins, total, choices: numberChoices(total, random) }
}

export function newCoinCounting(random: Random): CoinRound[] {
  return LEVELS.map((_, level) => newCoinRound(level, random))
}

export function isRightTotal(round: CoinRound, answer: number): boolean {
  return round.total === answer
}
