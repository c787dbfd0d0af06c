// The teacher's home page in the admin: the teacher signs in on the app's page and lands on a card per
// class (its code, its students, the lessons not every student has done), then opens the class's progress.
import { CHILD, TEACHER, apiAs, expect, expectAccessible, expectNoHorizontalScroll, parentInAdmin, test } from './fixtures'

test("a teacher's home page shows a card per class with its code, students and open lessons", async ({ browser, baseURL, request }) => {
  // given: a new class of the teacher's that Luna joined with its code, then a lesson assigned to it
  const teacher = await apiAs(request, TEACHER)
  const stamp = Date.now()
  const { class: classroom } = await teacher.post<{ class: { id: string; class_code: string; name: string } }>(
    '/api/teacher/classes',
    { name: `Coin Club ${stamp}` },
  )
  const lesson = `Pocket Money ${stamp}`
  const { module } = await teacher.post<{ module: { id: string } }>('/api/teacher/modules', {
    title: lesson, description: 'Where pocket money goes.', category: 'Saving', difficulty: 'easy', published: true,
  })
  const child = await apiAs(request, CHILD)
  await child.post('/api/classes/join', { class_code: classroom.class_code })
  await teacher.post(`/api/teacher/modules/${module.id}/assign`, { class_id: classroom.id })

  // when
  const admin = await parentInAdmin(browser, baseURL!, TEACHER)

  // then: the class's card, with what the teacher shares and what waits
  await expect(admin.getByRole('heading', { level: 1, name: 'Your classes' })).toBeVisible()
  await admin.waitForLoadState('networkidle')
  await expectAccessible(admin, "the teacher's home")
  await expectNoHorizontalScroll(admin, "the teacher's home")
  const card = admin.getByRole('article', { name: classroom.name })
  await expect(card.locator('.cc-code strong')).toHaveText(classroom.class_code)
  await expect(card).toContainText('1 student')
  await expect(card.getByRole('progressbar', { name: `${lesson}: 0 of 1 students done` })).toBeVisible()

  // when: its progress
  await card.getByRole('link', { name: 'Progress', exact: true }).click()

  // then: Luna on the class's progress grid
  await expect(admin.getByRole('link', { name: 'Luna Johnson' })).toBeVisible()
  await admin.context().close()
})
