import { afterEach, describe, expect, it } from 'vitest'
import { familyZone, followZone } from './clock'
import {
  calendarDay,
  coinsLabel,
  daysUntil,
  dueLabel,
  entryKind,
  formatCash,
  formatCoins,
  formatDay,
  percentOf,
  saidNo,
  timeToGoal,
} from './format'

const NOW = new Date('2026-03-10T15:00:00Z')

describe('format', () => {
  afterEach(() => followZone(undefined))

  it("says a parent's no with its reason, or without one", () => {
    expect(saidNo('Not before your birthday')).toBe('A parent said no: “Not before your birthday”')
    expect(saidNo('  ')).toBe('A parent said no.')
    expect(saidNo(null)).toBe('A parent said no.')
  })

  it('writes coins with thousands separators and the right plural', () => {
    expect(formatCoins(1234567)).toBe('1,234,567')
    expect(coinsLabel(1)).toBe('1 coin')
    expect(coinsLabel(0)).toBe('0 coins')
    expect(coinsLabel(-1)).toBe('-1 coin')
    expect(coinsLabel(25)).toBe('25 coins')
  })

  it('writes pocket money with two decimals as the server computed it', () => {
    expect(formatCash(2.5)).toBe('2.50')
    expect(formatCash(0.1)).toBe('0.10')
    expect(formatCash(1234.567)).toBe('1,234.57')
  })

  it("writes pocket money with the family's currency sign when it named one", () => {
    expect(formatCash(2.5, 'GBP')).toBe('£2.50')
    expect(formatCash(0.1, 'USD')).toBe('$0.10')
    expect(formatCash(1.7, 'EUR')).toBe('€1.70')
    expect(formatCash(2.5, '')).toBe('2.50')
    expect(formatCash(2.5, null)).toBe('2.50')
  })

  it('writes a day, with the year only when it is another year', () => {
    expect(formatDay('2026-12-06T10:00:00Z', NOW)).toBe('Dec 6')
    expect(formatDay('2025-12-06T10:00:00Z', NOW)).toBe('Dec 6, 2025')
  })

  it('counts calendar days, not 24-hour periods', () => {
    expect(daysUntil('2026-03-11T01:00:00Z', NOW)).toBe(1)
    expect(daysUntil('2026-03-10T23:59:00Z', NOW)).toBe(0)
    expect(daysUntil('2026-03-09T23:59:00Z', NOW)).toBe(-1)
  })

  it("reads days on the family's clock, and a plain day as the day it names", () => {
    followZone('America/Los_Angeles')
    // 03:00 on Dec 7 in UTC is the evening of Dec 6 in Los Angeles
    expect(formatDay('2026-12-07T03:00:00Z', NOW)).toBe('Dec 6')
    expect(calendarDay(new Date('2026-12-07T03:00:00Z'))).toBe('2026-12-06')
    // a chore due at the end of the family's day is due today all that day (on UTC: tomorrow)
    expect(dueLabel('2026-03-11T06:59:00Z', NOW)).toBe('Due today')
    expect(formatDay('2026-11-30', NOW)).toBe('Nov 30')
    expect(daysUntil('2026-03-10', NOW)).toBe(0)
    followZone('Pacific/Auckland')
    // 15:00 UTC on Mar 10 is already Mar 11 in Auckland
    expect(daysUntil('2026-03-11T01:00:00Z', NOW)).toBe(0)
    expect(formatDay('2026-03-10T12:00:00Z', NOW)).toBe('Mar 11')
  })

  it("keeps the server's clock without a zone, or with one the browser does not know", () => {
    followZone('Europe/Paris')
    followZone('Not/A_Zone')
    expect(familyZone()).toBe('UTC')
    followZone('Europe/Paris')
    followZone(null)
    expect(familyZone()).toBe('UTC')
  })

  it('says when something is due or how late it is', () => {
    expect(dueLabel('2026-03-10T20:00:00Z', NOW)).toBe('Due today')
    expect(dueLabel('2026-03-11T08:00:00Z', NOW)).toBe('Due tomorrow')
    expect(dueLabel('2026-03-14T08:00:00Z', NOW)).toBe('Due in 4 days')
    expect(dueLabel('2026-03-09T08:00:00Z', NOW)).toBe('1 day late')
    expect(dueLabel('2026-03-01T08:00:00Z', NOW)).toBe('9 days late')
  })

  it('puts the server’s days to a goal into words', () => {
    expect(timeToGoal(null)).toBeNull()
    expect(timeToGoal(undefined)).toBeNull()
    expect(timeToGoal(0)).toBe('Today!')
    expect(timeToGoal(1)).toBe('1 day')
    expect(timeToGoal(6)).toBe('6 days')
    expect(timeToGoal(9)).toBe('About 1 week')
    expect(timeToGoal(24)).toBe('About 3 weeks')
    expect(timeToGoal(95)).toBe('About 3 months')
  })

  it('clamps a progress bar between 0 and 100', () => {
    expect(percentOf(40, 200)).toBe(20)
    expect(percentOf(250, 200)).toBe(100)
    expect(percentOf(-5, 200)).toBe(0)
    expect(percentOf(0, 0)).toBe(0)
    expect(percentOf(3, 0)).toBe(100)
  })

  it('names each kind of ledger entry in its own words', () => {
    expect(entryKind('earned').label).toBe('Earned')
    expect(entryKind('pocket_money').label).toBe('Pocket money')
    expect(entryKind('from_goal').label).toBe('Back from a goal')
    const kinds = ['earned', 'pocket_money', 'interest', 'came_back', 'changed_by_parent', 'spent', 'given', 'saved',
      'from_goal', 'note'] as const
    expect(new Set(kinds.map((kind) => entryKind(kind).label)).size).toBe(kinds.length)
  })
})
