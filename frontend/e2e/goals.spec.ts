// Flow 3: the child creates a goal, adds coins, takes some back; the balance and the goal move together.
import type { APIRequestContext, Page } from '@playwright/test'
import { CHILD, PARENT, apiAs, childIdOf, expect, test } from './fixtures'

/** Sets Luna's balance to at least `least` coins (her own when higher); resolves to the balance. */
async function fundLuna(request: APIRequestContext, least: number): Promise<number> {
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  const start = Math.max(await parent.get<number>(`/api/users/${luna}/coins`), least)
  await parent.post(`/api/users/${luna}/coins`, { coins: start })
  return start
}

/** Makes a goal with the screen's form; resolves to its card. */
async function makeGoal(page: Page, name: string, target: string, day?: string) {
  await page.getByRole('button', { name: /Make a goal/ }).click()
  await page.getByLabel('What do you want?').fill(name)
  await page.getByLabel('How many coins?').fill(target)
  if (day) await page.getByLabel(/By when\?/).fill(day)
  await page.getByRole('button', { name: 'Save goal' }).click()
  const card = page.getByTestId(`goal-${name}`)
  await expect(card).toBeVisible()
  return card
}

/** Moves `coins` from the balance into the goal of `card`. */
async function addTo(card: ReturnType<Page['getByTestId']>, coins: string) {
  await card.getByLabel('Coins', { exact: true }).fill(coins)
  await card.getByRole('button', { name: /Add/ }).click()
}

test('a goal holds real coins: adding and taking back move the balance with it', async ({ app, page, request }) => {
  // given: enough coins
  const start = await fundLuna(request, 40)
  await app.signIn(CHILD)
  await app.open('Goals', /Goals/)
  await app.expectBalance(start)

  // when: a new goal
  const name = `Skateboard ${Date.now()}`
  await page.getByRole('button', { name: /Make a goal/ }).click()
  await page.getByLabel('What do you want?').fill(name)
  await page.getByLabel('How many coins?').fill('50')
  await page.getByRole('radio', { name: '🛹' }).check()
  await page.getByRole('button', { name: 'Save goal' }).click()
  const goal = page.getByTestId(`goal-${name}`)
  await expect(goal).toBeVisible()
  await expect(goal.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0')

  // when: 12 coins go in
  await goal.getByLabel('Coins', { exact: true }).fill('12')
  await goal.getByRole('button', { name: /Add/ }).click()
  // then: the server's figures for what is left
  await expect(goal.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '12')
  await expect(goal).toContainText('38 coins to go')
  await app.expectBalance(start - 12)

  // when: 5 come back
  await goal.getByLabel('Coins', { exact: true }).fill('5')
  await goal.getByRole('button', { name: 'Take back' }).click()
  // then
  await expect(goal.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '7')
  await expect(goal).toContainText('43 coins to go')
  await app.expectBalance(start - 7)

  // and the server agrees after a reload
  await app.visit('/goals', /Goals/)
  await expect(page.getByTestId(`goal-${name}`).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '7')
  await app.expectBalance(start - 7)
})

test('reaching a goal is celebrated', async ({ app, page, request }) => {
  await fundLuna(request, 10)
  await app.signIn(CHILD)
  await app.open('Goals', /Goals/)

  const name = `Stickers ${Date.now()}`
  await addTo(await makeGoal(page, name, '5'), '5')

  await expect(page.getByRole('status').filter({ hasText: `You reached “${name}”!` })).toBeVisible()
  await expect(page.getByTestId(`goal-${name}`).getByText('Reached!')).toBeVisible()
})

test('a goal the balance covers is finished in one tap with exactly what it still needs', async ({ app, page, request }) => {
  // given: a goal of 30 with 10 in it, and more than 20 coins in the balance
  const start = await fundLuna(request, 40)
  await app.signIn(CHILD)
  await app.open('Goals', /Goals/)
  const name = `Kite ${Date.now()}`
  const goal = await makeGoal(page, name, '30')
  await addTo(goal, '10')
  await expect(goal).toContainText('20 coins to go')

  // when
  await goal.getByRole('button', { name: 'Finish with 20 coins' }).click()

  // then: reached, celebrated, and 30 coins in all left the balance
  await expect(page.getByRole('status').filter({ hasText: `You reached “${name}”!` })).toBeVisible()
  await expect(page.getByTestId(`goal-${name}`).getByText('Reached!')).toBeVisible()
  await app.expectBalance(start - 30)
})

test('no finishing button while the balance does not cover what a goal needs', async ({ app, page, request }) => {
  // given: a goal that needs more than the balance
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  const balance = await parent.get<number>(`/api/users/${luna}/coins`)
  await app.signIn(CHILD)
  await app.open('Goals', /Goals/)
  const goal = await makeGoal(page, `Bike ${Date.now()}`, String(balance + 1))
  await expect(goal).toContainText(`${(balance + 1).toLocaleString('en')} coins to go`)

  // then
  await expect(goal.getByRole('button', { name: /Finish with/ })).toHaveCount(0)
})

test('a goal with a date says the days left and whether the child is on track at its pace', async ({ app, page, request }) => {
  await app.signIn(CHILD)
  await app.open('Goals', /Goals/)
  const inTenDays = new Date(Date.now() + 10 * 24 * 3600 * 1000).toLocaleDateString('en-CA')
  const child = await apiAs(request, CHILD)
  type Goal = { title: string; days_remaining: number | null; days_to_goal: number | null }

  for (const [name, target, words] of [
    [`Guitar ${Date.now()}`, '100000', 'at your pace you need more time'],
    [`Sticker ${Date.now()}`, '1', 'you are on track'],
  ]) {
    // when: a goal with a date ten days away
    const card = await makeGoal(page, name, target, inTenDays)

    // then: the days the server counts on the family's calendar, and the server's pace against them
    const goal = (await child.get<Goal[]>('/api/users/me/goals')).find((g) => g.title === name)!
    expect(goal.days_remaining).toBeGreaterThanOrEqual(9)
    expect(goal.days_remaining).toBeLessThanOrEqual(11)
    expect(goal.days_to_goal).not.toBeNull()
    await expect(card.getByTestId('goal-date')).toHaveText(
      `📅 ${goal.days_remaining} days left: ${words}`,
    )
  }
})

test('a goal can be changed, then removed with its coins back in the balance', async ({ app, page, request }) => {
  // given: a goal with a typo in its name and 12 coins in it
  const start = await fundLuna(request, 40)
  await app.signIn(CHILD)
  await app.open('Goals', /Goals/)
  const name = `Skatebord ${Date.now()}`
  const original = await makeGoal(page, name, '50')
  await addTo(original, '12')
  await app.expectBalance(start - 12)

  // when: the name is mended, the target raised and a date two weeks away given
  const fixed = name.replace('Skatebord', 'Skateboard')
  await original.getByRole('button', { name: `Change ${name}` }).click()
  await original.getByLabel('Name').fill(fixed)
  await original.getByLabel('How many coins?').fill('60')
  await original.getByLabel(/By when\?/).fill(new Date(Date.now() + 14 * 24 * 3600 * 1000).toLocaleDateString('en-CA'))
  await original.getByRole('button', { name: 'Save', exact: true }).click()

  // then: the server's goal, under its new name
  const goal = page.getByTestId(`goal-${fixed}`)
  await expect(goal.getByRole('progressbar')).toHaveAttribute('aria-valuemax', '60')
  await expect(goal).toContainText('48 coins to go')
  await expect(goal.getByTestId('goal-date')).toContainText(/1[345] days left/)

  // when: removed, after saying yes
  await goal.getByRole('button', { name: `Change ${fixed}` }).click()
  await goal.getByRole('button', { name: 'Remove this goal' }).click()
  await expect(goal.getByRole('group', { name: `Remove ${fixed}?` })).toContainText('Its 12 coins go back to your coins.')
  await goal.getByRole('button', { name: 'Yes, remove it' }).click()

  // then: gone, its coins back, and the history says why: back from a goal, not saved
  await expect(page.getByTestId(`goal-${fixed}`)).toHaveCount(0)
  await app.expectBalance(start)
  await app.visit('/me/history', /My coin history/)
  const back = page.getByTestId('entry').filter({ hasText: `Goal removed, coins returned: ${fixed}` })
  await expect(back).toContainText('Back from a goal')
  await expect(back.getByLabel('+12 coins')).toBeVisible()
})
