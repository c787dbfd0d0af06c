// Flow 18: a parent sets up pocket money for a child; the parent's card in the admin and the child's
// "Me" screen both say when it comes next, and the interest on the child's goals.
import { CHILD, PARENT, apiAs, childIdOf, expect, parentInAdmin, test } from './fixtures'

interface Allowance {
  id: string
}

interface ChildMe {
  family_bank: { allowances: { amount: number; next_payday: string | null }[] }
}

test('pocket money a parent sets up: its next payday on the parent’s card and on the child’s Me screen', async ({ app, page, request, browser, baseURL }) => {
  // given: on top of Luna's Saturday pocket money, Sarah adds 7 coins on the 28th of every month
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
  const monthly = await parent.post<Allowance>('/api/parent/allowances', {
    child_id: luna, amount: 7, kind: 'monthly', day_of_month: 28, start_date: yesterday,
  })
  try {
    const me = await (await apiAs(request, CHILD)).get<ChildMe>('/api/child/me')
    const next = me.family_bank.allowances.find((a) => a.amount === 7)?.next_payday
    expect(next, 'the server names the next payday').toMatch(/^\d{4}-\d{2}-28$/)

    // when: Sarah opens her home page in the admin
    const admin = await parentInAdmin(browser, baseURL!)
    const card = admin.locator('.cc-card').filter({ hasText: 'Luna' })
    // then: Luna's card lists both allowances, the new one with its payday
    await expect(card.getByText('10 coins every Saturday')).toBeVisible()
    const line = card.locator('li').filter({ hasText: '7 coins on day 28 of each month' })
    await expect(line.locator(`time[datetime="${next}"]`)).toBeVisible()
    await admin.context().close()

    // when: Luna opens Me
    await app.signIn(CHILD)
    await app.open('Me', /Luna/)
    // then: her family bank says both, each with its next payday
    const bank = page.getByTestId('family-bank')
    await expect(bank.getByText('every Saturday')).toBeVisible()
    await expect(bank.locator('li').filter({ hasText: 'on the 28th of every month' }).getByText(/^Next /)).toBeVisible()
  } finally {
    // (the flows share one family: the next one finds Luna's pocket money as the demo left it)
    await parent.delete(`/api/parent/allowances/${monthly.id}`)
  }
})
