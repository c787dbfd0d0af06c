// How numbers and dates read on screen. Formatting only: every amount comes from the API as is.
import type { EntryKind } from '@/api/types'

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })
const cash = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const day = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' })
const dayWithYear = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })

/** 1234 -> "1,234". */
export function formatCoins(coins: number): string {
  return whole.format(coins)
}

/** "1 coin", "25 coins": for screen readers and short sentences. */
export function coinsLabel(coins: number): string {
  return `${formatCoins(coins)} ${Math.abs(coins) === 1 ? 'coin' : 'coins'}`
}

/** A pocket-money amount as the server computed it, with its currency's sign when the family named one:
 * 2.5 -> "2.50", (2.5, 'GBP') -> "£2.50". */
export function formatCash(amount: number, currency?: string | null): string {
  if (!currency) return cash.format(amount)
  return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount)
}

/** "Dec 6", or "Dec 6, 2025" when the year differs from `now`'s. */
export function formatDay(iso: string, now: Date = new Date()): string {
  const date = new Date(iso)
  return date.getUTCFullYear() === now.getUTCFullYear() ? day.format(date) : dayWithYear.format(date)
}

const MS_PER_DAY = 24 * 60 * 60 * 1000

function utcDayNumber(date: Date): number {
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / MS_PER_DAY)
}

/** Whole days from today to the date (negative when it is past), counted in calendar days. */
export function daysUntil(iso: string, now: Date = new Date()): number {
  return utcDayNumber(new Date(iso)) - utcDayNumber(now)
}

/** "Due today", "Due tomorrow", "Due in 3 days", "1 day late", "4 days late". */
export function dueLabel(iso: string, now: Date = new Date()): string {
  const days = daysUntil(iso, now)
  if (days === 0) return 'Due today'
  if (days === 1) return 'Due tomorrow'
  if (days > 1) return `Due in ${days} days`
  return `${-days} ${days === -1 ? 'day' : 'days'} late`
}

/** A goal's time to finish as the server estimated it, in words: 0 -> "Today!", 9 -> "About 1 week". */
export function timeToGoal(days: number | null | undefined): string | null {
  if (days === null || days === undefined) return null
  if (days <= 0) return 'Today!'
  if (days === 1) return '1 day'
  if (days < 7) return `${days} days`
  const weeks = Math.round(days / 7)
  if (days < 60) return `About ${weeks} ${weeks === 1 ? 'week' : 'weeks'}`
  const months = Math.round(days / 30)
  return `About ${months} months`
}

/** The width of a progress bar, 0-100, from numbers the server gave. */
export function percentOf(current: number, total: number): number {
  if (total <= 0) return current > 0 ? 100 : 0
  return Math.max(0, Math.min(100, Math.round((current / total) * 100)))
}

const ENTRY_KINDS: Record<EntryKind, { label: string; icon: string }> = {
  earned: { label: 'Earned', icon: '⬆️' },
  pocket_money: { label: 'Pocket money', icon: '💰' },
  interest: { label: 'Interest', icon: '🏦' },
  came_back: { label: 'Came back', icon: '🔁' },
  changed_by_parent: { label: 'Changed by a parent', icon: '✏️' },
  spent: { label: 'Spent', icon: '⬇️' },
  given: { label: 'Given', icon: '🎁' },
  saved: { label: 'Saved', icon: '🐷' },
  from_goal: { label: 'Back from a goal', icon: '↩️' },
  note: { label: 'Note', icon: '📝' },
}

/** What a ledger entry is, in a child's words, from the kind the server gave it. */
export function entryKind(kind: EntryKind): { label: string; icon: string } {
  return ENTRY_KINDS[kind]
}

/** What a parent's "no" reads on the child's screens: its reason when it gave one. */
export function saidNo(reason: string | null | undefined): string {
  const why = reason?.trim()
  return why ? `A parent said no: “${why}”` : 'A parent said no.'
}
