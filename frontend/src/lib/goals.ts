// What the goal screens decide from the server's figures (they compare, never compute coins).
import { daysUntil } from './format'

/** The balance covers what a goal still needs, so one tap can finish it. */
export function balanceFinishes(coinsToGo: number, balance: number | null | undefined): boolean {
  return coinsToGo > 0 && balance !== null && balance !== undefined && balance >= coinsToGo
}

/** A goal's day is over: the server counts no day left (it never counts below 0) and the date's day is
 * behind today on the family's calendar. */
export function datePassed(days: number, deadline: string, now: Date = new Date()): boolean {
  return days <= 0 && daysUntil(deadline, now) < 0
}

/** The days left to a goal's date in words, from the server's count: "3 days left", "Last day!" on
 * the day itself, "The date has passed" once it is over. */
export function daysLeft(days: number, deadline: string, now: Date = new Date()): string {
  if (days > 0) return `${days} ${days === 1 ? 'day' : 'days'} left`
  return datePassed(days, deadline, now) ? 'The date has passed' : 'Last day!'
}
