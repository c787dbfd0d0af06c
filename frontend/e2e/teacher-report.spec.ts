// The teacher's quiz results of a module in a class (the admin's question report): the teacher signs in
// on the app's page (landing in the admin), opens its class, opens the module's quiz results and finds
// the question its students missed first.
import { CHILD, TEACHER, apiAs, expect, parentInAdmin, test } from './fixtures'

type Content = { quiz: { id: string; question: string; options: { id: string; text: string; isCorrect: boolean }[] }[] }

test('the quiz results of a class list the hardest question first', async ({ browser, baseURL, request }) => {
  // given: a class of the teacher's with Luna in it, and a three-question module assigned to it
  const teacher = await apiAs(request, TEACHER)
  const stamp = Date.now()
  const { class: classroom } = await teacher.post<{ class: { id: string; class_code: string; name: string } }>(
    '/api/teacher/classes',
    { name: `Quiz Club ${stamp}` },
  )
  const lesson = `Coins Quiz ${stamp}`
  const question = (text: string, right: string, wrong: string) => ({
    question: text,
    options: [
      { text: right, isCorrect: true },
      { text: wrong, isCorrect: false },
    ],
  })
  const { module } = await teacher.post<{ module: { id: string } }>('/api/teacher/modules', {
    title: lesson,
    description: 'Three questions about coins.',
    category: 'Saving',
    difficulty: 'easy',
    duration: 5,
    points_reward: 0,
    published: true,
    sections: [{ title: 'Coins', content: 'Coins are money.', type: 'lesson' }],
    quiz: [
      question('Where do savings go?', 'A piggy bank', 'The sofa'),
      question('Is a toy a need?', 'No', 'Yes'),
      question('What do coins buy?', 'Things', 'Nothing'),
    ],
  })
  const child = await apiAs(request, CHILD)
  await child.post('/api/classes/join', { class_code: classroom.class_code })
  await teacher.post(`/api/teacher/modules/${module.id}/assign`, { class_id: classroom.id })

  // and Luna takes the quiz: right, wrong, right
  const content = await child.get<Content>(`/api/child/modules/${module.id}/content`)
  const pick = (i: number, right: boolean) => content.quiz[i].options.filter((o) => o.isCorrect === right).map((o) => o.id)
  await child.post(`/api/child/modules/${module.id}/quiz`, {
    answers: { [content.quiz[0].id]: pick(0, true), [content.quiz[1].id]: pick(1, false), [content.quiz[2].id]: pick(2, true) },
  })

  // when: the teacher, signed in on the app's page, opens its class, then the module's quiz results
  const admin = await parentInAdmin(browser, baseURL!, TEACHER)
  await admin.goto('/admin/classroom/classroom/')
  await admin.getByRole('link', { name: classroom.name, exact: true }).click()
  await expect(admin.locator('#id_name')).toHaveValue(classroom.name)
  const assigned = admin.locator('tr').filter({ hasText: lesson })
  await assigned.getByRole('link', { name: 'Which questions students miss' }).click()

  // then: the question Luna missed comes first, right for 0 of 1; the ones she got right follow
  await expect(admin.getByRole('heading', { name: 'Questions, hardest first' })).toBeVisible()
  const rows = admin.locator('h2:has-text("Questions, hardest first") + table tbody tr')
  await expect(rows).toHaveCount(3)
  await expect(rows.first()).toContainText('Is a toy a need?')
  await expect(rows.first()).toContainText('0%')
  await expect(rows.first()).toContainText('B. Yes')
  await expect(rows.nth(1)).toContainText('100%')
  await expect(admin.getByRole('link', { name: 'Luna Johnson' })).toBeVisible()
  await admin.context().close()
})
