// Reading a module: its lessons one after another, then its quiz. What the quiz scores is the
// server's business; this only keeps the child's place and choices.
import type { ModuleContent, ModuleSection, QuizQuestion } from '@/api/types'

/** The sections to read (the quiz section only introduces the questions, which come apart). */
export function lessonsOf(content: ModuleContent): ModuleSection[] {
  return content.sections.filter((section) => section.type !== 'quiz')
}

/** How far the child got after reading lesson `index` (from 0), the quiz counting as the last step. */
export function readPercent(index: number, lessonCount: number): number {
  return Math.round(((index + 1) / (lessonCount + 1)) * 100)
}

/** Where to open a module the child started before: the step after the last one it reported. */
export function resumeStep(percentage: number, lessonCount: number, completed: boolean): number {
  if (completed || percentage <= 0) return 0
  return Math.max(0, Math.min(lessonCount, Math.floor((percentage / 100) * (lessonCount + 1) + 1e-9)))
}

/** A lesson's text as paragraphs: blank lines separate them, single line breaks are kept as spaces. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0)
}

export type Answers = Record<string, string[]>

/** Picks an option: one per question, or toggles it when the question has several right options. */
export function choose(answers: Answers, question: QuizQuestion, optionId: string): Answers {
  const current = answers[question.id] ?? []
  if (!question.multiple) return { ...answers, [question.id]: [optionId] }
  const next = current.includes(optionId) ? current.filter((id) => id !== optionId) : [...current, optionId]
  return { ...answers, [question.id]: next }
}

export function isAnswered(answers: Answers, question: QuizQuestion): boolean {
  return (answers[question.id] ?? []).length > 0
}
