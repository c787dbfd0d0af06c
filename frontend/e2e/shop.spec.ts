// Flow 4: under the parent's auto-approve limit an item is bought at once; above it the request
// waits, the parent approves it in the admin, and the item shows as owned.
import { CHILD, PARENT, apiAs, approveInAdmin, childIdOf, expect, parentInAdmin, test } from './fixtures'

interface Item {
  id: string
  name: string
  price: number
  emoji: string | null
}

test('buying under the limit is instant; above it a parent approves', async ({ app, page, request, browser, baseURL }) => {
  // given: a limit of 30 coins, plenty of coins, and two items the child has never asked for
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  await parent.put('/api/parent/settings', { auto_approval_limit: 30, require_approval: true })
  await parent.post(`/api/users/${luna}/coins`, { coins: 1000 })
  const child = await apiAs(request, CHILD)
  const asked = new Set((await child.get<{ shop_item_id: string }[]>('/api/shop/purchase_requests')).map((r) => r.shop_item_id))
  const fresh = (await child.get<Item[]>('/api/shop/items')).filter((i) => !asked.has(i.id))
  const cheap = fresh.find((i) => i.price <= 30)!
  const dear = fresh.find((i) => i.price > 30)!
  expect(cheap && dear, 'the catalogue still has items to buy').toBeTruthy()

  await app.signIn(CHILD)
  await app.open('Shop', /Shop/)
  await app.expectBalance(1000)
  // each price also reads in the child's own chores ("= 3 × Tidy your room")
  await expect(page.getByTestId(`item-${dear.name}`)).toContainText(/= \d+ × \S/)

  // when: the cheap one
  await page.getByTestId(`item-${cheap.name}`).getByRole('button', { name: /Ask to buy/ }).click()
  // then: it is mine at once, and paid
  await expect(page.getByTestId(`item-${cheap.name}`).getByText('Mine')).toBeVisible()
  await expect(page.getByTestId(`owned-${cheap.name}`)).toBeVisible()
  await app.expectBalance(1000 - cheap.price)

  // when: the dear one
  await page.getByTestId(`item-${dear.name}`).getByRole('button', { name: /Ask to buy/ }).click()
  // then: it waits
  await expect(page.getByTestId(`item-${dear.name}`).getByText('Waiting for a parent')).toBeVisible()

  // when: the parent approves it in the admin
  const admin = await parentInAdmin(browser, baseURL!)
  // the admin lists the item as "emoji name (price)"
  await approveInAdmin(admin, 'purchaserequest', `${dear.emoji ?? ''} ${dear.name} (${dear.price})`.trim())
  await admin.context().close()

  // then: it is mine
  await app.visit('/shop', /Shop/)
  await expect(page.getByTestId(`item-${dear.name}`).getByText('Mine')).toBeVisible()
  await expect(page.getByTestId(`owned-${dear.name}`)).toBeVisible()
})

test('an item bought as the child asks needs its coins first; above the limit a parent can still be asked', async ({ app, page, request }) => {
  // given: 10 coins, purchases up to 30 coins bought at once, and items for sale on both sides of the limit
  const BALANCE = 10
  const LIMIT = 30
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  await parent.put('/api/parent/settings', { auto_approval_limit: LIMIT, require_approval: true })
  await parent.post(`/api/users/${luna}/coins`, { coins: BALANCE })
  const child = await apiAs(request, CHILD)
  const forSale = (await child.get<(Item & { owned: boolean; pending: boolean })[]>('/api/shop/items')).filter((i) => !i.owned && !i.pending)
  const atOnce = forSale.find((i) => i.price > BALANCE && i.price <= LIMIT)!
  const asked = forSale.find((i) => i.price > LIMIT)!
  expect(atOnce && asked, 'the catalogue has items under and over the limit').toBeTruthy()

  // when
  await app.signIn(CHILD)
  await app.open('Shop', /Shop/)

  // then: under the limit, how many coins to go and no button
  const cheap = page.getByTestId(`item-${atOnce.name}`)
  await expect(cheap.getByTestId('coins-to-go')).toContainText(`${atOnce.price - BALANCE} more coins to go`)
  await expect(cheap.getByRole('button', { name: /Ask to buy/ })).toHaveCount(0)
  // and over it, how many coins to go beside the button that asks a parent
  const dear = page.getByTestId(`item-${asked.name}`)
  await expect(dear.getByTestId('coins-to-go')).toContainText(`${asked.price - BALANCE} more coins to go`)
  await expect(dear.getByRole('button', { name: /Ask to buy/ })).toBeVisible()
})

test('an item the balance does not cover becomes a goal in one tap', async ({ app, page, request }) => {
  // given: 10 coins, and an item for sale that costs more
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  await parent.post(`/api/users/${luna}/coins`, { coins: 10 })
  const child = await apiAs(request, CHILD)
  const forSale = (await child.get<(Item & { owned: boolean; pending: boolean })[]>('/api/shop/items')).filter((i) => !i.owned && !i.pending)
  const dear = forSale.find((i) => i.price > 10)!
  expect(dear, 'the catalogue has an item over 10 coins').toBeTruthy()
  await app.signIn(CHILD)
  await app.open('Shop', /Shop/)

  // when
  await page.getByTestId(`item-${dear.name}`).getByRole('button', { name: `Save for it ${dear.name}` }).click()

  // then: on the goals screen, a goal of the item's name and price, with what it still needs
  await expect(page).toHaveURL(/\/goals$/)
  const goal = page.getByTestId(`goal-${dear.name}`).first()
  await expect(goal.getByRole('progressbar')).toHaveAttribute('aria-valuemax', String(dear.price))
  await expect(goal).toContainText(`${dear.price.toLocaleString('en')} coins to go`)
})
