// Flow 1: a child signs in and sees its balance, level, streak, chores and goals on one screen.
import { CHILD, PARENT, TEACHER, apiAs, childIdOf, expect, test } from './fixtures'

test('a child sees its balance, level, streak, chores, goals and lessons on its home screen', async ({ app, page, request }) => {
  // given: a chore to do, set by the parent, and a lesson due in two days, set by the teacher
  const stamp = Date.now()
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  const chore = `Water the tomatoes ${stamp}`
  await parent.post('/api/tasks', { title: chore, coins_reward: 4, assigned_to: luna })
  const coins = await parent.get<number>(`/api/users/${luna}/coins`)
  const teacher = await apiAs(request, TEACHER)
  // (the demo's class with Luna in it from the start: the teacher's newest class has her only once she
  // joined it in the classes flow, which may not have run first)
  const classes = await teacher.get<{ id: string; name: string }[]>('/api/teacher/classes')
  const demoClass = classes.find((c) => c.name === 'Money Explorers')
  const lesson = `Coins and Notes ${stamp}`
  const { module } = await teacher.post<{ module: { id: string } }>('/api/teacher/modules', {
    title: lesson, description: 'What money looks like.', category: 'Basics', difficulty: 'easy', published: true,
  })
  const due = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString()
  await teacher.post(`/api/teacher/modules/${module.id}/assign`, { class_id: demoClass!.id, due_date: due })
  type Card = { level: number; xp: number; xp_for_next_level: number }
  const { child: card } = await (await apiAs(request, CHILD)).get<{ child: Card }>('/api/child/dashboard')

  // when
  await app.signIn(CHILD)

  // then
  await expect(page.getByRole('heading', { level: 1, name: /Hi, Luna!/ })).toBeVisible()
  await app.expectBalance(coins)
  await expect(page.getByRole('heading', { name: /Level \d+/ })).toBeVisible()
  await expect(page.getByRole('progressbar', { name: /^Level \d+:/ })).toBeVisible()
  // the words under the bar say what the bar shows: the experience points still to earn in this level
  await expect(page.getByTestId('xp-to-next')).toHaveText(`${card.xp_for_next_level - card.xp} XP to Level ${card.level + 1}`)
  await expect(page.getByRole('region', { name: 'Streak' })).toContainText(/\d+\s*days?/)
  const chores = page.getByRole('region', { name: 'Chores to do' })
  await expect(chores.getByText(chore)).toBeVisible()
  const goals = page.getByRole('region', { name: 'My goals' })
  await expect(goals.getByText('New Bike')).toBeVisible()
  await expect(goals.getByRole('progressbar', { name: /New Bike/ })).toBeVisible()
  await expect(goals.getByText(/coins to go/).first()).toBeVisible()
  const lessons = page.getByRole('region', { name: 'My lessons' })
  await expect(lessons.getByRole('link', { name: new RegExp(lesson) })).toContainText('Due in 2 days')

  // and a reload needs at most two API calls
  await app.visit('/home', /Hi, Luna!/)
})

test('a goal card says when the balance is enough to finish it', async ({ app, page, request }) => {
  // given: Luna's balance is exactly what her nearest goal still needs, less than her farthest one's
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  type HomeGoal = { title: string; coins_to_go: number }
  const { todays_goals: cards } = await (await apiAs(request, CHILD)).get<{ todays_goals: HomeGoal[] }>('/api/child/dashboard')
  const open = cards.filter((goal) => goal.coins_to_go > 0).sort((a, b) => a.coins_to_go - b.coins_to_go)
  const [near, far] = [open[0], open[open.length - 1]]
  expect(far.coins_to_go).toBeGreaterThan(near.coins_to_go)
  const before = await parent.get<number>(`/api/users/${luna}/coins`)
  await parent.post(`/api/users/${luna}/coins`, { coins: near.coins_to_go })

  // when
  await app.signIn(CHILD)

  // then: the nearest goal's card links to the goals screen, the farthest one's does not
  const goals = page.getByRole('region', { name: 'My goals' })
  const enough = { name: /I have enough to finish it/ }
  await expect(goals.getByRole('listitem').filter({ hasText: near.title }).getByRole('link', enough)).toHaveAttribute('href', '/goals')
  await expect(goals.getByRole('listitem').filter({ hasText: far.title }).getByRole('link', enough)).toHaveCount(0)
  await parent.post(`/api/users/${luna}/coins`, { coins: before })
})
