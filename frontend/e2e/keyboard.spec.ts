// Everything reachable by keyboard: a child signs in, moves between screens and marks a chore done
// without touching the mouse.
import { CHILD, PARENT, PASSWORD, apiAs, childIdOf, expect, test } from './fixtures'

async function tabTo(page: import('@playwright/test').Page, name: RegExp, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      // what a screen reader would name it by, and its id for form fields
      return el ? [el.id ? `#${el.id}` : '', el.getAttribute('aria-label') ?? '', el.innerText ?? ''].join(' ').trim() : ''
    })
    if (name.test(focused)) return
  }
  throw new Error(`${name} was not reached with the Tab key`)
}

test('a child can do a chore with the keyboard alone', async ({ app, page, request }) => {
  const parent = await apiAs(request, PARENT)
  const luna = await childIdOf(parent, CHILD)
  const chore = `Fold the towels ${Date.now()}`
  await parent.post('/api/tasks', { title: chore, coins_reward: 3, assigned_to: luna })

  await page.goto('/')
  await tabTo(page, /Skip to sign in/)
  await tabTo(page, /^#email$/)
  await page.keyboard.type(CHILD)
  await page.keyboard.press('Tab')
  await page.keyboard.type(PASSWORD)
  await page.keyboard.press('Enter')
  await page.waitForURL('**/home')

  await tabTo(page, /Skip to content/)
  await tabTo(page, /\bChores$/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Chores' })).toBeVisible()
  await app.settled('chores, by keyboard')

  await tabTo(page, new RegExp(`I did it!\\s*\\(${chore}\\)`), 80)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: /Waiting for a parent/ }).getByTestId(`chore-${chore}`)).toBeVisible()
})
