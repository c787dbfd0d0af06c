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

test('an item dearer than the balance says how many coins it still needs, and cannot be asked for', async ({ app, page, request }) => {
  const BALANCE = 40
  // given: 40 coins, an item for sale that costs more and one that does not
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  await parent.post(`/api/users/${luna}/coins`, { coins: BALANCE })
  const child = await apiAs(request, CHILD)
  const forSale = (await child.get<(Item & { owned: boolean; pending: boolean })[]>('/api/shop/items')).filter((i) => !i.owned && !i.pending)
  const dear = forSale.find((i) => i.price > BALANCE)!
  const affordable = forSale.find((i) => i.price <= BALANCE)!
  expect(dear && affordable, `the catalogue has items on both sides of ${BALANCE} coins`).toBeTruthy()

  // when
  await app.signIn(CHILD)
  await app.open('Shop', /Shop/)

  // then
  const card = page.getByTestId(`item-${dear.name}`)
  await expect(card.getByTestId('coins-to-go')).toContainText(`${dear.price - BALANCE} more coins to go`)
  await expect(card.getByRole('button', { name: /Ask to buy/ })).toHaveCount(0)
  await expect(page.getByTestId(`item-${affordable.name}`).getByRole('button', { name: /Ask to buy/ })).toBeVisible()
})
