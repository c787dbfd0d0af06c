// Flow 8: the child asks to turn coins into pocket money; the parent approves it in the admin; the
// history shows it.
import { CHILD, PARENT, apiAs, approveInAdmin, childIdOf, expect, parentInAdmin, test } from './fixtures'

test('coins turned into pocket money: held, approved by the parent, in the history', async ({ app, page, request, browser, baseURL }) => {
  // given
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  await parent.put('/api/parent/settings', { exchange_rate: '0.10', currency: 'GBP' })
  await parent.post(`/api/users/${luna}/coins`, { coins: 300 })
  await app.signIn(CHILD)
  await app.open('Me', /Luna/)
  await app.expectBalance(300)

  // when
  await page.getByLabel('Coins to turn into money').fill('17')
  await page.getByRole('button', { name: 'Ask a parent' }).click()

  // then: the coins are held and the request waits, priced by the server at the parent's rate, in its currency
  await expect(page.getByText("Your parent's rate: 1 coin = £0.10")).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Asked for £1.70 in pocket money' })).toBeVisible()
  const request17 = page.getByTestId('conversion').filter({ hasText: '£1.70' }).first()
  await expect(request17).toContainText('Waiting')
  await app.expectBalance(283)

  // when: the parent approves it in the admin
  const admin = await parentInAdmin(browser, baseURL!)
  await approveInAdmin(admin, 'redemptionrequest', '17')
  await admin.context().close()

  // then: no longer waiting, and the history shows the coins that went to pocket money
  await app.visit('/me', /Luna/)
  await expect(page.getByTestId('conversion').filter({ hasText: '£1.70' })).toHaveCount(0)
  await app.visit('/me/history', /My coin history/)
  const held = page.getByTestId('entry').filter({ hasText: 'Coins held for conversion to money' }).first()
  await expect(held.getByLabel('-17 coins')).toBeVisible()
})
