// How numbers and dates read on screen. Formatting only: every amount comes from the API as is.
// Days are read on the family's clock (lib/clock.ts); a plain YYYY-MM-DD names a calendar day as it is.
import type { EntryKind } from '@/api/types'
import { SERVER_ZONE, familyZone } from './clock'

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })
const cash = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

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

const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/
const MS_PER_DAY = 24 * 60 * 60 * 1000
const formats = new Map<string, Intl.DateTimeFormat>()

function formatOf(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone} ${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat('en', { ...options, timeZone: zone })))
  return format
}

/** The zone a server value is read on: a plain day is that calendar day (kept at UTC midnight), a moment
 * falls on a day of the family's clock. */
function zoneOf(iso: string): string {
  return PLAIN_DAY.test(iso) ? SERVER_ZONE : familyZone()
}

/** The calendar day ("YYYY-MM-DD") a moment falls on in `zone` (by default the family's clock): what a
 * date field shows and what a day is counted from. */
export function calendarDay(moment: Date, zone: string = familyZone()): string {
  const parts = formatOf(zone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(moment)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value
  return `${part('year')}-${part('month')}-${part('day')}`
}

function dayNumber(moment: Date, zone: string): number {
  return Date.parse(calendarDay(moment, zone)) / MS_PER_DAY
}

/** "Dec 6", or "Dec 6, 2025" when the year differs from `now`'s, on the family's clock. */
export function formatDay(iso: string, now: Date = new Date()): string {
  const zone = zoneOf(iso)
  const date = new Date(iso)
  const sameYear = calendarDay(date, zone).slice(0, 4) === calendarDay(now).slice(0, 4)
  return formatOf(zone, { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) }).format(date)
}

/** Whole days from today to the date (negative when it is past), counted in calendar days of the
 * family's clock. */
export function daysUntil(iso: string, now: Date = new Date()): number {
  return dayNumber(new Date(iso), zoneOf(iso)) - dayNumber(now, familyZone())
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
