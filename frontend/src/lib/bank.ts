// What the family bank pays a child, in its words: when its pocket money comes, and how its goals grow.
import type { FamilyBankAllowance, FamilyBankInterest } from '@/api/types'
import { daysUntil, formatDay } from './format'

// The server counts the days of the week from Monday (0) to Sunday (6).
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** 1 -> "1st", 2 -> "2nd", 11 -> "11th", 22 -> "22nd". */
function ordinal(n: number): string {
  const ending = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'
  return `${n}${ending}`
}

/** "every Saturday", "every other Saturday", "on the 1st of every month". */
export function paidWhen(allowance: Pick<FamilyBankAllowance, 'kind' | 'weekday' | 'day_of_month'>): string {
  if (allowance.kind === 'monthly') return `on the ${ordinal(allowance.day_of_month)} of every month`
  return `${allowance.kind === 'biweekly' ? 'every other' : 'every'} ${WEEKDAYS[allowance.weekday]}`
}

/** What the chores have to do with it: nothing, all of them done, or the more done the more coins. */
export function choreRule(gate: FamilyBankAllowance['gate']): string | null {
  if (gate === 'all') return 'when all my chores are done'
  if (gate === 'proportional') return 'more chores done, more coins'
  return null
}

/** When the next payday is: "today", "tomorrow", "on Saturday" within the week, else "on Dec 19". */
export function paydayLabel(iso: string, now: Date = new Date()): string {
  const days = daysUntil(iso, now)
  if (days <= 0) return 'today'
  if (days === 1) return 'tomorrow'
  if (days < 7) return `on ${WEEKDAYS[(new Date(iso).getUTCDay() + 6) % 7]}`
  return `on ${formatDay(iso, now)}`
}

/** "3% every week", "2.5% every month". */
export function growthRate(interest: Pick<FamilyBankInterest, 'rate_percent' | 'period'>): string {
  return `${interest.rate_percent}% every ${periodWord(interest)}`
}

/** The most interest pays in one period: "up to 10 coins a week". */
export function growthCap(interest: Pick<FamilyBankInterest, 'cap' | 'period'>): string {
  return `up to ${interest.cap} ${interest.cap === 1 ? 'coin' : 'coins'} a ${periodWord(interest)}`
}

function periodWord(interest: Pick<FamilyBankInterest, 'period'>): string {
  return interest.period === 'weekly' ? 'week' : 'month'
}
