// Flow 14: the family's second parent (a co-parent) signs in and lands on the family's home page in the
// admin, a card per child; in the approval inbox it approves a chore the first parent set and the child
// did; the child's balance rises by the reward. Through the API it names the family by the first
// parent's id. On a desktop and on a phone.
import type { Page } from '@playwright/test'
import { CHILD, CO_PARENT, PARENT, PASSWORD, TEEN, apiAs, expect, expectAccessible, expectNoHorizontalScroll, test } from './fixtures'

interface Person {
  id: string
  email: string
}

interface Task {
  id: string
  status: string
}

async function checked(page: Page, what: string) {
  await page.waitForLoadState('networkidle')
  await expectAccessible(page, what)
  await expectNoHorizontalScroll(page, what)
}

test('the co-parent sees the family and approves a chore the first parent set', async ({ page, request }) => {
  // given: a chore Sarah set and Luna did; David finds the children under Sarah's id
  const parent = await apiAs(request, PARENT)
  const coParent = await apiAs(request, CO_PARENT)
  const child = await apiAs(request, CHILD)
  const sarah = await parent.get<Person>('/api/users/me')
  const children = await coParent.get<Person[]>(`/api/users/${sarah.id}/children`)
  expect(children.map((c) => c.email).sort()).toEqual([CHILD, TEEN].sort())
  const luna = children.find((c) => c.email === CHILD)!.id
  const chore = `Empty the dishwasher ${Date.now()}`
  const task = await parent.post<Task>('/api/tasks', { title: chore, coins_reward: 6, assigned_to: luna })
  await child.put(`/api/tasks/${task.id}`, { status: 'completed' })
  const before = await coParent.get<number>(`/api/users/${luna}/coins`)

  // when: David signs in on the app's page, which hands him to the admin
  await page.goto('/')
  await page.getByLabel('Email').fill(CO_PARENT)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL('**/admin/')

  // then: his home page is the family's, a card per child with the balance the API answers
  await expect(page.getByRole('heading', { level: 1, name: 'Your family' })).toBeVisible()
  await checked(page, "the co-parent's home")
  const cards = page.getByRole('region', { name: 'Your children' })
  await expect(cards.getByRole('article', { name: 'Luna Johnson' }).locator('.cc-balance strong')).toHaveText(String(before))
  await expect(cards.getByRole('article', { name: 'Harry Johnson' })).toBeVisible()

  // when: he approves the chore in the inbox
  await page.goto('/admin/inbox/')
  const row = page.locator('#content tr').filter({ hasText: chore })
  await expect(row).toHaveCount(1)
  await checked(page, "the co-parent's inbox")
  await row.getByRole('button', { name: 'Approve and pay', exact: true }).click()

  // then: what happened, in words, and the chore waits no more
  await expect(page.locator('.messagelist')).toContainText(`Luna Johnson was paid 6 coins for ${chore}.`)
  await expect(page.locator('#content tr').filter({ hasText: chore })).toHaveCount(0)
  await checked(page, "the co-parent's inbox after approving")
  // the chore is paid, the balance rose by the reward (and by any badge it won), on the API and on his home page
  expect((await child.get<Task[]>('/api/tasks')).find((t) => t.id === task.id)!.status).toBe('approved')
  const after = await coParent.get<number>(`/api/users/${luna}/coins`)
  expect(after).toBeGreaterThanOrEqual(before + 6)
  await page.goto('/admin/')
  await expect(cards.getByRole('article', { name: 'Luna Johnson' }).locator('.cc-balance strong')).toHaveText(String(after))
})
