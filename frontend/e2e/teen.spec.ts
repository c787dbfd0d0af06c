// Flow 9: a teen signs in and sees its budget and its earned/spent chart.
import { PARENT, TEEN, apiAs, childIdOf, expect, expectAccessible, test } from './fixtures'

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

test('a teen changes its split: the three parts must make 100, and the plan follows', async ({ app, page }) => {
  // given
  await app.signIn(TEEN)
  await app.open('Budget', /Budget/)
  const balance = Number((await page.locator('.total').getByRole('img').getAttribute('aria-label'))?.replace(/\D/g, ''))

  // when: a split that makes 105
  await page.getByRole('button', { name: 'Change my split' }).click()
  await expect(page.getByLabel('Saving %')).toBeFocused()
  await page.getByLabel('Saving %').fill('50')
  await page.getByLabel('Spending %').fill('40')
  await page.getByLabel('Wants %').fill('15')
  await expect(page.getByTestId('split-total')).toHaveText('Total: 105%')
  await page.getByRole('button', { name: 'Save my split' }).click()

  // then: refused, nothing changed
  await expect(page.getByRole('alert')).toHaveText('Your split adds up to 105%: make it 100%.')
  await expectAccessible(page, 'the budget with its split form and an error')

  // when: 50 + 40 + 10
  await page.getByLabel('Wants %').fill('10')
  await page.getByRole('button', { name: 'Save my split' }).click()

  // then: each part's plan is its share of the balance, as the server keeps it
  await expect(page.getByRole('button', { name: 'Change my split' })).toBeFocused()
  for (const [name, percent] of [['saving', 50], ['spending', 40], ['wants', 10]] as const) {
    const card = page.getByTestId(`budget-${name}`)
    await expect(card.locator('.pill')).toHaveText(`${percent}%`)
    await expect(card.locator('dd').first()).toContainText(String(Math.floor((balance * percent) / 100)))
  }
  await page.reload()
  await expect(page.getByTestId('budget-wants').locator('.pill')).toHaveText('10%')
})

test("a goal card on a teen's home says the days left to the goal's date", async ({ app, page, request }) => {
  // given: the demo's concert ticket, due in three weeks
  type HomeGoal = { title: string; days_remaining: number | null }
  const { todays_goals: cards } = await (await apiAs(request, TEEN)).get<{ todays_goals: HomeGoal[] }>('/api/child/dashboard')
  const ticket = cards.find((goal) => goal.title === 'Concert Ticket')!
  expect(ticket.days_remaining).toBeGreaterThan(1)

  // when
  await app.signIn(TEEN)

  // then: the server's count of days, and whether the teen's pace gets there in time
  const card = page.getByRole('region', { name: 'My goals' }).getByRole('listitem').filter({ hasText: 'Concert Ticket' })
  await expect(card.getByTestId('goal-date')).toContainText(new RegExp(`^\\S*\\s*${ticket.days_remaining} days left: (you are on track|at your pace you need more time)$`))
})

test('a younger child has no budget screen', async ({ app, page }) => {
  await app.signIn('luna@demo.com')
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Budget' })).toHaveCount(0)
  await page.goto('/budget')
  await expect(page).toHaveURL(/\/home$/)
})
