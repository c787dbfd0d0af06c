// Flow 7: the child joins a class with its code; the teacher's assigned lesson appears with its due date.
import { CHILD, TEACHER, apiAs, expect, test } from './fixtures'

test('joining a class with its code brings the assigned lesson and its due date', async ({ app, page, request }) => {
  // given: a teacher's new class and a lesson of its own
  const teacher = await apiAs(request, TEACHER)
  const stamp = Date.now()
  const { class: classroom } = await teacher.post<{ class: { id: string; class_code: string; name: string } }>(
    '/api/teacher/classes',
    { name: `Money Club ${stamp}` },
  )
  const lesson = `Spending Wisely ${stamp}`
  const { module } = await teacher.post<{ module: { id: string } }>('/api/teacher/modules', {
    title: lesson,
    description: 'Think before you buy.',
    category: 'Spending',
    difficulty: 'easy',
    duration: 10,
    points_reward: 15,
    published: true,
    sections: [{ title: 'Why wait?', content: 'Waiting a day helps you choose.', type: 'lesson' }],
  })

  // when
  await app.signIn(CHILD)
  await app.open('Me', /Luna/)
  await page.getByLabel('Class code').fill(classroom.class_code.toLowerCase())
  await page.getByRole('button', { name: 'Join', exact: true }).click()

  // then
  await expect(page.getByRole('status').filter({ hasText: `You are in ${classroom.name}` })).toBeVisible()

  // when: the teacher assigns the lesson to the class, due in three days
  const due = new Date(Date.now() + 3 * 24 * 3600 * 1000)
  await teacher.post(`/api/teacher/modules/${module.id}/assign`, { class_id: classroom.id, due_date: due.toISOString() })

  // then it is among the child's lessons with its due date
  await app.open('Learn', /Learn/)
  const card = page.getByTestId(`lesson-${lesson}`)
  await expect(card).toBeVisible()
  await expect(card).toContainText('Due in 3 days')
  await expect(card.getByRole('link')).toHaveAttribute('href', `/learn/module/${module.id}`)
})

test('a wrong class code is explained, not hidden', async ({ app, page }) => {
  await app.signIn(CHILD)
  await app.open('Me', /Luna/)
  await page.getByLabel('Class code').fill('ZZZZZ9')
  await page.getByRole('button', { name: 'Join', exact: true }).click()
  await expect(page.getByRole('alert')).toBeVisible()
})
