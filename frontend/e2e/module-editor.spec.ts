// A teacher's own module in the admin: it moves a question's right answer to another option and saves,
// on a desktop and on a phone, where every option's "Is correct" box stays within the screen's width.
import { TEACHER, apiAs, expect, parentInAdmin, test } from './fixtures'

test('a teacher moves the right answer of a question to another option', async ({ browser, baseURL, request }, testInfo) => {
  // given: a draft module of the teacher's with one question, "A piggy bank" marked right
  const teacher = await apiAs(request, TEACHER)
  const lesson = `Saving Basics ${Date.now()}`
  await teacher.post('/api/teacher/modules', {
    title: lesson,
    description: 'Where savings go.',
    category: 'Saving',
    difficulty: 'easy',
    duration: 5,
    points_reward: 0,
    published: false,
    sections: [{ title: 'Saving', content: 'Savings wait for a goal.', type: 'lesson' }],
    quiz: [{ question: 'Where do savings go?', options: [{ text: 'A piggy bank', isCorrect: true }, { text: 'The sofa', isCorrect: false }] }],
  })
  const viewport = testInfo.project.use.viewport ?? undefined
  const admin = await parentInAdmin(browser, baseURL!, TEACHER, { viewport })

  // when: the teacher opens the module's page
  await admin.goto('/admin/learning/module/')
  await admin.getByRole('link', { name: lesson, exact: true }).click()
  const option = (text: string) => admin.locator('tr').filter({ has: admin.locator(`input[value="${text}"]`) })
  const right = (text: string) => option(text).locator('td.field-is_correct input[type="checkbox"]')

  // then: each option's box is on the screen, without scrolling sideways
  const width = admin.viewportSize()!.width
  for (const text of ['A piggy bank', 'The sofa']) {
    const box = (await right(text).boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(width)
  }
  await expect(right('A piggy bank')).toBeChecked()

  // when: it moves the right answer to "The sofa" and saves
  await right('A piggy bank').uncheck()
  await right('The sofa').check()
  await admin.locator('input[name="_continue"]').click()

  // then: saved, with "The sofa" the one right answer
  await expect(admin.locator('.messagelist')).toContainText('was changed successfully')
  await expect(right('The sofa')).toBeChecked()
  await expect(right('A piggy bank')).not.toBeChecked()
  await admin.context().close()
})
