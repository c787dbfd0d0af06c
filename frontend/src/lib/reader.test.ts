import { describe, expect, it } from 'vitest'
import type { ModuleContent, QuizQuestion } from '@/api/types'
import { choose, isAnswered, lessonsOf, paragraphs, readPercent, resumeStep } from './reader'

const section = (id: string, type: 'lesson' | 'quiz' | 'activity' | 'game', order: number) => ({
  id, title: id, content: '', type, duration: '5 min', order_index: order,
})

const question = (id: string, multiple: boolean): QuizQuestion => ({
  id, question: '?', explanation: '', points: 1, order_index: 1, multiple,
  options: ['a', 'b', 'c'].map((o, i) => ({ id: `${id}${o}`, text: o, isCorrect: i === 0, order_index: i })),
})

describe('module reader', () => {
  it('reads every section but the quiz one', () => {
    const content = {
      sections: [section('one', 'lesson', 1), section('two', 'activity', 2), section('quiz', 'quiz', 3)],
    } as ModuleContent
    expect(lessonsOf(content).map((s) => s.id)).toEqual(['one', 'two'])
  })

  it('reports progress with the quiz as the last step, and resumes after the last step reported', () => {
    expect([0, 1, 2].map((i) => readPercent(i, 3))).toEqual([25, 50, 75])
    expect(resumeStep(0, 3, false)).toBe(0)
    expect(resumeStep(25, 3, false)).toBe(1)
    expect(resumeStep(75, 3, false)).toBe(3)
    expect(resumeStep(99, 3, false)).toBe(3)
    expect(resumeStep(50, 3, true)).toBe(0)
    // the server's default for a child who reported progress without saying how far
    expect(resumeStep(50, 1, false)).toBe(1)
  })

  it('splits a lesson into paragraphs at blank lines', () => {
    expect(paragraphs('First line\nsame paragraph.\n\n  Second.  \n\n\n')).toEqual(['First line same paragraph.', 'Second.'])
    expect(paragraphs('   ')).toEqual([])
  })

  it('keeps one choice for a single-answer question and toggles choices for a multiple one', () => {
    const single = question('s', false)
    const multi = question('m', true)
    let answers = choose({}, single, 'sa')
    answers = choose(answers, single, 'sb')
    expect(answers.s).toEqual(['sb'])
    answers = choose(choose(choose(answers, multi, 'ma'), multi, 'mc'), multi, 'ma')
    expect(answers.m).toEqual(['mc'])
    expect(isAnswered(answers, multi)).toBe(true)
    expect(isAnswered(choose(answers, multi, 'mc'), multi)).toBe(false)
  })
})
