// Flow 1: a child signs in and sees its balance, level, streak, chores and goals on one screen.
import { CHILD, PARENT, apiAs, childIdOf, expect, test } from './fixtures'

test('a child sees its balance, level, streak, chores and goals on its home screen', async ({ app, page, request }) => {
  // given: a chore to do, set by the parent
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  const chore = `Water the tomatoes ${Date.now()}`
  await parent.post('/api/tasks', { title: chore, coins_reward: 4, assigned_to: luna })
  const coins = await parent.get<number>(`/api/users/${luna}/coins`)

  // when
  await app.signIn(CHILD)

  // then
  await expect(page.getByRole('heading', { level: 1, name: /Hi, Luna!/ })).toBeVisible()
  await app.expectBalance(coins)
  await expect(page.getByRole('heading', { name: /Level \d+/ })).toBeVisible()
  await expect(page.getByRole('progressbar', { name: /^Level \d+:/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Streak' })).toContainText(/\d+\s*days?/)
  const chores = page.getByRole('region', { name: 'Chores to do' })
  await expect(chores.getByText(chore)).toBeVisible()
  const goals = page.getByRole('region', { name: 'My goals' })
  await expect(goals.getByText('New Bike')).toBeVisible()
  await expect(goals.getByRole('progressbar', { name: /New Bike/ })).toBeVisible()

  // and a reload needs at most two API calls
  await app.visit('/home', /Hi, Luna!/)
})
