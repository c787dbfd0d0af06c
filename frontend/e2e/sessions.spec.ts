// Flow 10: a parent or teacher who signs in on / lands in the admin; signing out ends the session
// (the old refresh token no longer works); an expired access token is renewed without the child
// noticing (a server whose access tokens last a few seconds).
import { SHORT_LIFETIME_SECONDS, SHORT_PORT } from '../playwright.config'
import { CHILD, PARENT, TEACHER, expect, expectAccessible, parentInAdmin, test } from './fixtures'

const SESSION_KEY = 'coincraft.session'

for (const email of [PARENT, TEACHER]) {
  test(`${email.split('@')[0]} signing in on the app's page lands signed in in the admin`, async ({ browser, baseURL }) => {
    const admin = await parentInAdmin(browser, baseURL!, email)
    await expect(admin.locator('#site-name')).toContainText('CoinCraft')
    await expect(admin.getByRole('button', { name: /log out/i }).or(admin.getByRole('link', { name: /log out/i }))).toBeVisible()
    // the app keeps no tokens for them
    expect(await admin.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBeNull()
    await admin.context().close()
  })
}

test('a wrong password is told kindly and nothing is kept', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Email').fill(CHILD)
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  await expectAccessible(page, 'sign-in with an error')
  expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBeNull()
})

test('signing out ends the session on the server', async ({ app, page, request }) => {
  await app.signIn(CHILD)
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY))!) as {
    tokens: { access: string; refresh: string }
  }

  await app.open('Me', /Luna/)
  // one way out at each width: the Me screen's on a phone, the side bar's on a desktop
  await page.setViewportSize({ width: 360, height: 740 })
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(1)
  await expect(page.getByRole('main').getByRole('button', { name: 'Sign out' })).toBeVisible()
  await page.setViewportSize({ width: 1280, height: 800 })
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(1)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sign out' }).click()

  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBeNull()
  const refresh = await request.post('/api/auth/jwt/refresh', { data: { refresh_token: saved.tokens.refresh } })
  expect(refresh.status()).toBe(401)
  const me = await request.get('/api/users/me', { headers: { Authorization: `Bearer ${saved.tokens.access}` } })
  expect(me.status()).toBe(401)
  // and the app's screens are closed again
  await page.goto('/home')
  await expect(page).toHaveURL(/\/\?next=|\/$/)
})

test.describe('with access tokens that expire after a few seconds', () => {
  test.use({ baseURL: `http://127.0.0.1:${SHORT_PORT}` })

  test('an expired access token is renewed without the child noticing', async ({ app, page, requests }) => {
    await app.signIn(CHILD)
    const first = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).tokens, SESSION_KEY)

    await page.waitForTimeout((SHORT_LIFETIME_SECONDS + 1) * 1000)
    requests.startCounting()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chores', exact: true }).click()

    await expect(page.getByRole('heading', { level: 1, name: 'Chores' })).toBeVisible()
    await expect(page.getByRole('region', { name: /To do/ })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect.poll(() => requests.apiCalls()).toEqual(['/api/tasks', '/api/auth/jwt/refresh', '/api/tasks'])
    const renewed = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).tokens, SESSION_KEY)
    expect(renewed.access).not.toBe(first.access)
    expect(renewed.refresh).not.toBe(first.refresh)
  })

  test('when the refresh token is refused too, the child is sent to sign in with a kind message', async ({ app, page, request }) => {
    await app.signIn(CHILD)
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).tokens, SESSION_KEY)
    // The refresh token is spent elsewhere (each works once).
    expect((await request.post('/api/auth/jwt/refresh', { data: { refresh_token: saved.refresh } })).status()).toBe(200)

    await page.waitForTimeout((SHORT_LIFETIME_SECONDS + 1) * 1000)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chores', exact: true }).click()

    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
    await expect(page.getByText(/You were away for a while/)).toBeVisible()
    await expectAccessible(page, 'sign-in after expiry')
  })
})
