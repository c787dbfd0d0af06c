// What the budget screen checks before a teen's new split goes to the server (which checks it again).

import type { BudgetPart } from '@/api/types'

/** A split as typed in the form: a percentage per part, null while a box is empty. */
export type Split = Record<BudgetPart, number | null>

/** What is wrong with a split as typed: each part a whole percentage, the three making 100. */
export function splitError(split: Split): string | null {
  const parts = Object.values(split)
  if (parts.some((p) => p === null || !Number.isInteger(p) || p < 0 || p > 100)) {
    return 'Each part is a whole number from 0 to 100.'
  }
  const total = splitTotal(split)
  return total === 100 ? null : `Your split adds up to ${total}%: make it 100%.`
}

/** The percentages typed so far, added up (an empty box counts 0). */
export function splitTotal(split: Split): number {
  return Object.values(split).reduce<number>((sum, p) => sum + (Number.isFinite(p) ? (p as number) : 0), 0)
}
