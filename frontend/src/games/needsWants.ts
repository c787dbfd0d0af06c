// Needs vs Wants (activity 2): sort things into what we need to live well and what would be nice.
import { pick, shuffle, type Random } from './random'

export type Kind = 'need' | 'want'

export interface Thing {
  emoji: string
  name: string
  kind: Kind
  /** Why, in a few words, shown after the answer. */
  why: string
}

export const THINGS: readonly Thing[] = [
  { emoji: '🥦', name: 'Vegetables', kind: 'need', why: 'Food keeps your body strong.' },
  { emoji: '💧', name: 'Water', kind: 'need', why: 'Everybody needs water every day.' },
  { emoji: '🧥', name: 'Warm coat', kind: 'need', why: 'A coat keeps you warm in winter.' },
  { emoji: '🪥', name: 'Toothbrush', kind: 'need', why: 'Clean teeth stay healthy.' },
  { emoji: '👟', name: 'Shoes', kind: 'need', why: 'Shoes protect your feet.' },
  { emoji: '💊', name: 'Medicine', kind: 'need', why: 'Medicine helps when you are sick.' },
  { emoji: '🛏️', name: 'A bed', kind: 'need', why: 'Sleep helps you grow.' },
  { emoji: '🍞', name: 'Bread', kind: 'need', why: 'Food keeps your body strong.' },
  { emoji: '🎮', name: 'Video game', kind: 'want', why: 'Fun, but you can live without it.' },
  { emoji: '🍭', name: 'Candy', kind: 'want', why: 'A treat, not something you need.' },
  { emoji: '🧸', name: 'New teddy', kind: 'want', why: 'Nice to have, not a must.' },
  { emoji: '🛹', name: 'Skateboard', kind: 'want', why: 'Fun to ride, but not a must.' },
  { emoji: '🍦', name: 'Ice cream', kind: 'want', why: 'Yummy, but a treat.' },
  { emoji: '🎈', name: 'Balloons', kind: 'want', why: 'Pretty, but not needed.' },
  { emoji: '🎧', name: 'Headphones', kind: 'want', why: 'Cool, but you can live without them.' },
  { emoji: '🪀', name: 'Yo-yo', kind: 'want', why: 'A toy is a want.' },
]

export const ROUNDS = 8
export const CHOICES: readonly Kind[] = ['need', 'want']

/** Eight things, half needs and half wants, in random order. */
export function newNeedsWants(random: Random, things: readonly Thing[] = THINGS): Thing[] {
  const half = ROUNDS / 2
  const needs = pick(things.filter((t) => t.kind === 'need'), half, random)
  const wants = pick(things.filter((t) => t.kind === 'want'), half, random)
  return shuffle([...needs, ...wants], random)
}

export function isRightKind(thing: Thing, answer: Kind): boolean {
  return thing.kind === answer
}
