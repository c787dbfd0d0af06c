// Flow 12: a parent signs in and lands on its home page in the admin: what waits for it, then a card
// per child (balance, level, streak, goals, this week's coins, links), on a desktop and on a phone.
// Flow 13: in the approval inbox, "approve all" pays every chore shown once and reports the one
// decided meanwhile (in another tab, here through the API).
import type { Page } from '@playwright/test'
import { CHILD, PARENT, PASSWORD, TEEN, apiAs, childIdOf, expect, expectAccessible, expectNoHorizontalScroll, test } from './fixtures'

interface Task {
  id: string
  title: string
  coins_reward: number
}

interface Entry {
  description: string
}

/** Signs the parent in on the app's page, which hands it to the admin (the page's requests are recorded). */
async function signInAsParent(page: Page) {
  await page.goto('/')
  await page.getByLabel('Email').fill(PARENT)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL('**/admin/')
}

async function checked(page: Page, what: string) {
  await page.waitForLoadState('networkidle')
  await expectAccessible(page, what)
  await expectNoHorizontalScroll(page, what)
}

for (const size of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
]) {
  test(`a parent's home page shows what waits, then a card per child (${size.name})`, async ({ page, request }) => {
    // given
    const parent = await apiAs(request, PARENT)
    const luna = await childIdOf(parent, CHILD)
    const harry = await childIdOf(parent, TEEN)
    const lunaCoins = await parent.get<number>(`/api/users/${luna}/coins`)
    const harryCoins = await parent.get<number>(`/api/users/${harry}/coins`)
    await page.setViewportSize({ width: size.width, height: size.height })

    // when
    await signInAsParent(page)

    // then: the page, its checks, and no list of models in place of the cards
    await expect(page.getByRole('heading', { level: 1, name: 'Your family' })).toBeVisible()
    await checked(page, `the parent's home (${size.name})`)
    const children = page.getByRole('region', { name: 'Your children' })
    const lunaCard = children.getByRole('article', { name: 'Luna Johnson' })
    const harryCard = children.getByRole('article', { name: 'Harry Johnson' })
    await expect(lunaCard.locator('.cc-balance strong')).toHaveText(String(lunaCoins))
    await expect(harryCard.locator('.cc-balance strong')).toHaveText(String(harryCoins))
    await expect(lunaCard).toContainText(/Level \d+/)
    await expect(lunaCard.getByRole('progressbar', { name: /^New Bike: \d+ of 200 coins saved$/ })).toBeVisible()
    await expect(lunaCard).toContainText('This week')
    await expect(lunaCard).toContainText('Spent, gifts included')
    await expect(lunaCard.getByRole('link', { name: 'Ledger' })).toHaveAttribute('href', `/admin/economy/transaction/?child=${luna}`)
    // what waits is above the cards, and each card links to its child's part of the inbox
    const waiting = page.getByRole('region', { name: /^\d+ things? waiting for you$/ })
    await expect(waiting).toBeVisible()
    const box = { waiting: await waiting.boundingBox(), children: await children.boundingBox() }
    expect(box.waiting!.y).toBeLessThan(box.children!.y)
    const harryWaits = harryCard.getByRole('link', { name: /\d+ waiting for you/ })
    await expect(harryWaits).toHaveAttribute('href', `/admin/inbox/?child=${harry}`)
    // on a phone the cards stack: each as wide as the page allows
    if (size.name === 'phone') {
      const [a, b] = [await lunaCard.boundingBox(), await harryCard.boundingBox()]
      expect(Math.abs(a!.x - b!.x)).toBeLessThan(2)
      expect(a!.width).toBeLessThanOrEqual(size.width)
    }

    // when: Harry's link
    await harryWaits.click()

    // then: only Harry's rows
    await expect(page.getByRole('heading', { level: 1, name: 'Approval inbox: Harry Johnson' })).toBeVisible()
    await checked(page, `Harry's part of the inbox (${size.name})`)
    await expect(page.locator('#content').getByText('Luna Johnson', { exact: true })).toHaveCount(0)
  })
}

test('approve all in the inbox pays each chore shown once and reports the one decided meanwhile', async ({ page, request }) => {
  // given: three chores Luna did
  const parent = await apiAs(request, PARENT)
  const child = await apiAs(request, CHILD)
  const luna = await childIdOf(parent, CHILD)
  const stamp = Date.now()
  const chores: Task[] = []
  for (const [n, reward] of [[1, 2], [2, 3], [3, 4]]) {
    const task = await parent.post<Task>('/api/tasks', { title: `Fold the laundry ${n} ${stamp}`, coins_reward: reward, assigned_to: luna })
    await child.put(`/api/tasks/${task.id}`, { status: 'completed' })
    chores.push(task)
  }
  await signInAsParent(page)
  await page.goto('/admin/inbox/')
  const section = page.getByRole('region', { name: /Chores done, waiting for your approval/ })
  for (const chore of chores) await expect(section.getByRole('cell', { name: chore.title })).toBeVisible()
  await checked(page, 'the inbox')

  // when: one of them is approved elsewhere meanwhile, then the parent approves all it sees
  await parent.put(`/api/tasks/${chores[1]!.id}`, { status: 'approved' })
  await section.getByRole('button', { name: /^Approve and pay all \d+$/ }).click()

  // then: what happened, in words
  const messages = page.locator('.messagelist')
  await expect(messages).toContainText(/Chores: \d+ approved, 1 already decided\./)
  await expect(messages).toContainText(`Luna Johnson was paid 2 coins for ${chores[0]!.title}.`)
  await expect(messages).toContainText(`Luna Johnson was paid 4 coins for ${chores[2]!.title}.`)
  await expect(messages).toContainText(`Already decided, skipped: Luna Johnson's chore ${chores[1]!.title}.`)
  await expect(page.getByRole('region', { name: /Chores done/ })).toHaveCount(0)
  await checked(page, 'the inbox after approve all')
  // and each chore was paid exactly once
  const entries = await parent.get<Entry[]>(`/api/users/${luna}/transactions?category=task`)
  for (const chore of chores) {
    expect(entries.filter((e) => e.description === `Task completed: ${chore.title}`), chore.title).toHaveLength(1)
  }
})
