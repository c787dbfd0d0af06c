// Flow 9: a teen signs in and sees its budget and its earned/spent chart.
import { PARENT, TEEN, apiAs, childIdOf, expect, test } from './fixtures'

test('a teen sees its budget, planned against spent, and earned and spent per week', async ({ app, page, request }) => {
  // given: coins earned and spent this week
  const parent = await apiAs(request, PARENT)
  const harry = await childIdOf(parent, TEEN)
  await parent.post(`/api/users/${harry}/transactions`, { type: 'earn', amount: 40, description: 'Washed the car' })
  const teen = await apiAs(request, TEEN)
  await teen.post('/api/users/me/transactions', { type: 'spend', amount: 15, description: 'Cinema ticket', category: 'wants' })

  // when
  await app.signIn(TEEN)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'teen')
  await app.open('Budget', /Budget/)

  // then
  // (what left the balance: saving's coins went into goals, the others' were spent)
  for (const [name, used] of [['saving', 'saved'], ['spending', 'spent'], ['wants', 'spent']]) {
    const card = page.getByTestId(`budget-${name}`)
    await expect(card).toContainText('Planned')
    await expect(card.locator('dt').nth(1)).toHaveText(used === 'saved' ? 'Saved' : 'Spent')
    await expect(card.getByRole('progressbar', { name: new RegExp(`of \\d+ coins ${used}$`) })).toBeVisible()
  }
  const chart = page.getByRole('img', { name: 'Coins earned and spent, last 12 weeks' })
  await expect(chart).toBeVisible()
  await expect(chart.locator('rect')).toHaveCount(24)
  // the same figures in a table for screen readers: this week earned at least 40, spent at least 15
  const thisWeek = page.locator('table tbody tr').last()
  const [earned, spent] = (await thisWeek.locator('td').allTextContents()).map(Number)
  expect(earned).toBeGreaterThanOrEqual(40)
  expect(spent).toBeGreaterThanOrEqual(15)
})

test('a younger child has no budget screen', async ({ app, page }) => {
  await app.signIn('luna@demo.com')
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Budget' })).toHaveCount(0)
  await page.goto('/budget')
  await expect(page).toHaveURL(/\/home$/)
})
