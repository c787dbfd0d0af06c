// Shopping Smart (activity 5): two packs of the same thing; which one costs less for each piece?
// Sometimes the big pack is the deal, sometimes it is not.
import { between, pick, shuffle, type Random } from './random'

export interface Pack {
  count: number
  price: number
}

export interface DealRound {
  emoji: string
  name: string
  packs: [Pack, Pack]
  /** Which pack (0 or 1) is cheaper for each piece. */
  best: 0 | 1
}

export const GOODS: readonly { emoji: string; name: string }[] = [
  { emoji: '🍎', name: 'apples' },
  { emoji: '🧃', name: 'juice boxes' },
  { emoji: '✏️', name: 'pencils' },
  { emoji: '🍪', name: 'cookies' },
  { emoji: '🎾', name: 'tennis balls' },
  { emoji: '🧦', name: 'socks' },
  { emoji: '🖍️', name: 'crayons' },
  { emoji: '🍌', name: 'bananas' },
]

export const ROUNDS = 6

/** The price of one piece of a pack (may have a fraction). */
export function pricePerPiece(pack: Pack): number {
  return pack.price / pack.count
}

export function newDealRound(good: { emoji: string; name: string }, random: Random): DealRound {
  // Two different prices for one piece, two different pack sizes: the cheaper piece wins.
  const [unitA, unitB] = pick([2, 3, 4, 5, 6], 2, random) as [number, number]
  const [countA, countB] = pick([1, 2, 3, 4], 2, random) as [number, number]
  const a: Pack = { count: countA, price: countA * unitA }
  const b: Pack = { count: countB, price: countB * unitB }
  const packs: [Pack, Pack] = between(0, 1, random) === 0 ? [a, b] : [b, a]
  const best = pricePerPiece(packs[0]) < pricePerPiece(packs[1]) ? 0 : 1
  return { ...good, packs, best }
}

export function newShoppingSmart(random: Random): DealRound[] {
  return shuffle(GOODS, random)
    .slice(0, ROUNDS)
    .map((good) => newDealRound(good, random))
}

export function isBestDeal(round: DealRound, answer: number): boolean {
  return round.best === answer
}
