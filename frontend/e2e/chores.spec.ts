// Flow 2: the child marks a chore done; the parent approves it in the admin (another browser
// context); the child's balance rises by the reward and the history shows the entry.
import { CHILD, PARENT, apiAs, approveInAdmin, childIdOf, expect, parentInAdmin, test } from './fixtures'

test('a chore marked done and approved by the parent pays its reward', async ({ app, page, request, browser, baseURL }) => {
  // given
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  const chore = `Sweep the porch ${Date.now()}`
  await parent.post('/api/tasks', { title: chore, coins_reward: 7, assigned_to: luna })
  await app.signIn(CHILD)
  const before = await app.balance()

  // when: the child says it is done
  await app.open('Chores', /Chores/)
  const card = page.getByTestId(`chore-${chore}`)
  await card.getByRole('button', { name: /I did it!/ }).click()

  // then it waits for a parent
  const waiting = page.getByRole('region', { name: /Waiting for a parent/ })
  await expect(waiting.getByTestId(`chore-${chore}`)).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Well done!' })).toBeVisible()

  // when: the parent approves it in the admin
  const admin = await parentInAdmin(browser, baseURL!)
  await approveInAdmin(admin, 'task', chore)
  await admin.context().close()

  // then: paid, the balance rose by the reward (and by any badge it won), the history says why
  await app.visit('/chores', /Chores/)
  const paid = page.getByRole('region', { name: /Paid/ }).getByTestId(`chore-${chore}`)
  await expect(paid).toBeVisible()
  // (the day it was paid, as the app writes days: "Dec 7")
  const today = new Date().toLocaleDateString('en', { month: 'short', day: 'numeric', timeZone: 'UTC' })
  await expect(paid.getByTestId('paid-on')).toHaveText(`Paid ${today}`)
  await app.visit('/home', /Hi, Luna!/)
  const after = await parent.get<number>(`/api/users/${luna}/coins`)
  expect(after).toBeGreaterThanOrEqual(before + 7)
  await app.expectBalance(after)
  await app.visit('/me/history', /My coin history/)
  const entry = page.getByTestId('entry').filter({ hasText: `Task completed: ${chore}` })
  await expect(entry).toBeVisible()
  await expect(entry.getByLabel('+7 coins')).toBeVisible()
})

test('a chore the parent rejects with a reason in the inbox shows the reason to the child', async ({ app, page, request, browser, baseURL }) => {
  // given: a chore the child says is done
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  const chore = `Fold the towels ${Date.now()}`
  await parent.post('/api/tasks', { title: chore, coins_reward: 4, assigned_to: luna })
  await app.signIn(CHILD)
  await app.open('Chores', /Chores/)
  await page.getByTestId(`chore-${chore}`).getByRole('button', { name: /I did it!/ }).click()
  await expect(page.getByRole('region', { name: /Waiting for a parent/ }).getByTestId(`chore-${chore}`)).toBeVisible()

  // when: the parent rejects it in the inbox, saying why
  const admin = await parentInAdmin(browser, baseURL!)
  await admin.goto('/admin/inbox/')
  const row = admin.locator('tr').filter({ hasText: chore })
  await row.getByLabel(/Why you say no/).fill('They are still in a heap')
  await row.getByRole('button', { name: 'Reject' }).click()
  await expect(admin.locator('.messagelist .success')).toBeVisible()
  await admin.context().close()

  // then: the chore is to do again, with the parent's reason beside it
  await app.visit('/chores', /Chores/)
  const card = page.getByRole('region', { name: /To do/ }).getByTestId(`chore-${chore}`)
  await expect(card.getByText('Try again')).toBeVisible()
  await expect(card.getByTestId('rejection-reason')).toHaveText('A parent said no: “They are still in a heap”')
})

test("a chore's day is the family's, wherever the family lives", async ({ app, page, request }) => {
  // given: the family lives where today is not UTC's today (UTC+14 from 10:00 UTC, UTC-11 before), and a
  // chore is due at a moment of the family's today that falls on another day in UTC
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  const ahead = new Date().getUTCHours() >= 10
  const [zone, offset, time] = ahead ? ['Pacific/Kiritimati', '+14:00', '23:59'] : ['Pacific/Pago_Pago', '-11:00', '00:30']
  const familyToday = new Date().toLocaleDateString('en-CA', { timeZone: zone })
  const chore = `Water the cactus ${Date.now()}`
  await parent.put('/api/parent/settings', { time_zone: zone })
  const task = await parent.post<{ id: string }>('/api/tasks', {
    title: chore, coins_reward: 2, assigned_to: luna, due_date: `${familyToday}T${time}:00${offset}`,
  })
  try {

    // when the child signs in and looks at its chores
    await app.signIn(CHILD)
    await app.open('Chores', /Chores/)

    // then the chore is due today, on the family's calendar (read on UTC's it would be tomorrow, or late)
    await expect(page.getByTestId(`chore-${chore}`)).toContainText('Due today')
  } finally {
    // (the family as the other flows know it: on UTC, without this chore, which would come first on its home)
    await parent.put('/api/parent/settings', { time_zone: 'UTC' })
    await parent.delete(`/api/tasks/${task.id}`)
  }
})
