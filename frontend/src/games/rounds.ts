// Where a game of rounds stands (one question a round, one answer each): the games of choices share it.
import { percent } from './random'

export interface RoundState {
  /** The current round, from 0. */
  round: number
  /** The choice picked in this round; null until the child answers. */
  chosen: number | null
  /** Whether that choice was right. */
  wasRight: boolean
  /** Right answers so far. */
  right: number
}

export function startRounds(): RoundState {
  return { round: 0, chosen: null, wasRight: false, right: 0 }
}

/** Records the child's answer to the current round; a second answer to the same round changes nothing. */
export function answerRound(state: RoundState, choice: number, correct: boolean): RoundState {
  if (state.chosen !== null) return state
  return { ...state, chosen: choice, wasRight: correct, right: state.right + (correct ? 1 : 0) }
}

/** On to the next round (only once the current one is answered). */
export function nextRound(state: RoundState): RoundState {
  if (state.chosen === null) return state
  return { round: state.round + 1, chosen: null, wasRight: false, right: state.right }
}

export function roundsOver(state: RoundState, total: number): boolean {
  return state.round >= total
}

export function roundsScore(state: RoundState, total: number): number {
  return percent(state.right, total)
}

/** What the finish screen says about a game of rounds: "6 of 8 right". */
export function roundsSummary(state: RoundState, total: number): string {
  return `${state.right} of ${total} right`
}
