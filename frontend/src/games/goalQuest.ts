// Goal Setting Quest (activity 6): pick something to save for, then plan the steps to reach it.
import { numberChoices, pick, shuffle, between, type Random } from './random'

export interface Goal {
  emoji: string
  name: string
  price: number
}

export interface QuestStep {
  emoji: string
  question: string
  choices: string[]
  /** The index of the right choice. */
  answer: number
  /** The sum behind the answer, shown afterwards. */
  explain: string
}

// Prices are tens, so every step works out in whole weeks and coins.
export const GOALS: readonly Goal[] = [
  { emoji: '🚲', name: 'Bike', price: 60 },
  { emoji: '🎮', name: 'Game', price: 40 },
  { emoji: '🧸', name: 'Teddy', price: 30 },
  { emoji: '⚽', name: 'Football', price: 20 },
  { emoji: '🎨', name: 'Paint set', price: 30 },
  { emoji: '🛼', name: 'Skates', price: 50 },
]

/** Three goals to choose from. */
export function goalChoices(random: Random): Goal[] {
  return pick(GOALS, 3, random)
}

function numberStep(emoji: string, question: string, answer: number, unit: 'week' | 'coin', explain: string, random: Random): QuestStep {
  const values = numberChoices(answer, random)
  const choices = values.map((v) => `${v} ${unit}${v === 1 ? '' : 's'}`)
  return { emoji, question, choices, answer: values.indexOf(answer), explain }
}

/** The four steps of the quest for the chosen goal. */
export function newGoalQuest(goal: Goal, random: Random): QuestStep[] {
  const weekly = pick([5, 10], 1, random)[0]!
  const weeks = goal.price / weekly
  const inWeeks = pick([2, 3, 4, 5, 6].filter((n) => goal.price % n === 0), 1, random)[0]!
  const saved = 5 * between(1, goal.price / 5 - 1, random)
  const habits = shuffle(
    [
      { text: 'Save a little every week 🐷', right: true },
      { text: 'Buy a treat every day 🍭', right: false },
      { text: 'Forget about the goal 😴', right: false },
    ],
    random,
  )
  return [
    numberStep('📅', `You save ${weekly} coins each week. How many weeks until you have ${goal.price} coins?`, weeks, 'week',
      `${goal.price} ÷ ${weekly} = ${weeks} weeks`, random),
    numberStep('🎯', `You want it in ${inWeeks} weeks. How many coins should you save each week?`, goal.price / inWeeks, 'coin',
      `${goal.price} ÷ ${inWeeks} = ${goal.price / inWeeks} coins a week`, random),
    numberStep('🐷', `You have saved ${saved} coins. How many more do you need?`, goal.price - saved, 'coin',
      `${goal.price} − ${saved} = ${goal.price - saved} coins`, random),
    {
      emoji: '🚀',
      question: 'What helps you reach your goal?',
      choices: habits.map((h) => h.text),
      answer: habits.findIndex((h) => h.right),
      explain: 'Saving a little, often, gets you there.',
    },
  ]
}

export function isRightStep(step: QuestStep, answer: number): boolean {
  return step.answer === answer
}
