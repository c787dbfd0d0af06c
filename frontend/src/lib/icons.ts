// Pictures for the youngest: the API names icons either with an emoji (what this app sends) or with
// an icon-font class such as "ri-bike-line" (older data); the class is shown as a matching emoji.

const BY_WORD: ReadonlyArray<[string, string]> = [
  ['bike', '🚲'],
  ['coin', '🪙'],
  ['money', '💰'],
  ['book', '📖'],
  ['game', '🎮'],
  ['time', '⏱️'],
  ['target', '🎯'],
  ['star', '⭐'],
  ['trophy', '🏆'],
  ['medal', '🏅'],
  ['award', '🏅'],
  ['fire', '🔥'],
  ['heart', '💖'],
  ['gift', '🎁'],
  ['piggy', '🐷'],
  ['shopping', '🛍️'],
  ['cart', '🛒'],
  ['music', '🎵'],
  ['football', '⚽'],
  ['basketball', '🏀'],
  ['plane', '✈️'],
  ['car', '🚗'],
  ['computer', '💻'],
  ['phone', '📱'],
  ['camera', '📷'],
  ['brush', '🎨'],
  ['palette', '🎨'],
  ['home', '🏠'],
  ['lightbulb', '💡'],
  ['rocket', '🚀'],
]

/** An emoji for an icon value from the API, or `fallback`. */
export function iconEmoji(icon: string | null | undefined, fallback: string): string {
  if (!icon) return fallback
  if (!/^ri-|^fa-|^[a-z-]+$/.test(icon)) return icon // already a picture
  const found = BY_WORD.find(([word]) => icon.includes(word))
  return found ? found[1] : fallback
}

/** The pictures a child can choose for a new goal. */
export const GOAL_ICONS = ['🚲', '🎮', '🧸', '📚', '⚽', '🎨', '🎧', '🛹', '🎁', '🐶', '🏕️', '💻'] as const
