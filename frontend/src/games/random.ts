// Chance and tallies shared by the games. Every game takes its random source as an argument
// (Math.random in the app, a seeded one in tests), so a round is reproducible.

/** A number in [0, 1), like Math.random. */
export type Random = () => number

/** A small, fast seeded generator (mulberry32): the same seed gives the same game. */
export function seeded(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A whole number from `min` to `max`, both included. */
export function between(min: number, max: number, random: Random): number {
  return min + Math.floor(random() * (max - min + 1))
}

/** A shuffled copy (Fisher-Yates); the input is left alone. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy
}

/** `count` different items, in random order. */
export function pick<T>(items: readonly T[], count: number, random: Random): T[] {
  return shuffle(items, random).slice(0, count)
}

/**
 * Three answers to choose from for a number question: the right one and two near misses (never
 * below 1), in random order.
 */
export function numberChoices(answer: number, random: Random, count = 3): number[] {
  const offsets = shuffle([-1, 1, -2, 2, -5, 5, -10, 10, 3, -3], random)
  const choices = [answer]
  for (const offset of offsets) {
    const candidate = answer + offset
    if (choices.length === count) break
    if (candidate >= 1 && !choices.includes(candidate)) choices.push(candidate)
  }
  return shuffle(choices, random)
}

/** The game's score, 0-100: the share of right answers. */
export function percent(right: number, total: number): number {
  if (total <= 0) return 0
  return Math.max(0, Math.min(100, Math.round((right / total) * 100)))
}
