// Flow 17: the links the server emails lead to the app: a forgotten password is replaced through its
// link, once; an email is confirmed through its link. And a teen changes its password on its Me screen.
import type { APIRequestContext } from '@playwright/test'
import { expect, emailedLink, expectAccessible, test } from './fixtures'

const FIRST = 'first-Pass-2026'
const CHOSEN = 'chosen-Pass-2026'

async function register(request: APIRequestContext, email: string) {
  const answer = await request.post('/api/auth/register', { data: { email, password: FIRST, name: 'Pat Parent', role: 'parent' } })
  expect(answer.status()).toBe(201)
}

test('someone who forgot its password asks for a link, chooses a new one and signs in with it', async ({ app, page, request, baseURL }) => {
  // given
  const email = `pat.${Date.now()}@example.com`
  await register(request, email)

  // when: asked from the sign-in page
  await app.visit('/', /Earn coins/)
  await page.getByRole('link', { name: 'Forgot your password?' }).click()
  // (its page loads apart: until it shows, "Email" is still the sign-in form's field)
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible()
  await page.getByLabel('Email').fill(email)
  await page.getByRole('button', { name: 'Send me a link' }).click()

  // then: the same words whoever the address belongs to
  await expect(page.getByTestId('link-sent')).toContainText(`If ${email} is the email of a CoinCraft account`)
  await expectAccessible(page, 'the forgotten-password page')

  // when: the emailed link, a password the server refuses, then a good one
  const link = await emailedLink(baseURL!, email, '/reset-password')
  await page.goto(link)
  await page.getByLabel('New password', { exact: true }).fill('short')
  await page.getByLabel('The same password again').fill('short')
  await page.getByRole('button', { name: 'Save my new password' }).click()
  await expect(page.getByRole('alert')).toContainText('too short')
  await page.getByLabel('New password', { exact: true }).fill(CHOSEN)
  await page.getByLabel('The same password again').fill(CHOSEN)
  await page.getByRole('button', { name: 'Save my new password' }).click()

  // then: the new password signs in, the old one no longer does
  await expect(page.getByTestId('password-changed')).toBeVisible()
  expect((await request.post('/api/auth/login', { data: { email, password: CHOSEN } })).status()).toBe(200)
  expect((await request.post('/api/auth/login', { data: { email, password: FIRST } })).status()).toBe(400) // (bad credentials)

  // and the link works once
  await page.goto(link)
  await page.getByLabel('New password', { exact: true }).fill(`${CHOSEN}-again`)
  await page.getByLabel('The same password again').fill(`${CHOSEN}-again`)
  await page.getByRole('button', { name: 'Save my new password' }).click()
  await expect(page.getByRole('alert')).toHaveText('This link has expired or was already used.')
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password')
})

test('an emailed link confirms an email, and says so when it was confirmed already', async ({ page, request, baseURL }) => {
  // given
  const email = `sam.${Date.now()}@example.com`
  await register(request, email)
  expect((await request.post('/api/auth/request-verify-token', { data: { email } })).status()).toBe(202)
  const link = await emailedLink(baseURL!, email, '/verify')

  // when
  await page.goto(link)

  // then
  await expect(page.getByTestId('email-confirmed')).toHaveText('Your email is confirmed. Thank you!')
  await expectAccessible(page, 'the email confirmation page')
  await page.reload()
  await expect(page.getByTestId('email-confirmed')).toHaveText('Your email was already confirmed.')
})

test('a teen changes its password on its Me screen, with the one it has now', async ({ app, page, request }) => {
  // given: a family of its own (a new parent and its teen), so the demo family's logins stay as they are
  const stamp = Date.now()
  const parentEmail = `dana.${stamp}@example.com`
  await register(request, parentEmail)
  const login = await request.post('/api/auth/login', { data: { email: parentEmail, password: FIRST } })
  const { access_token: token } = (await login.json()) as { access_token: string }
  const teen = `max.${stamp}@example.com`
  const created = await request.post('/api/users/me/children', {
    headers: { Authorization: `Bearer ${token}` },
    data: { email: teen, password: FIRST, name: 'Max Parent', age: 15 },
  })
  expect(created.ok(), await created.text()).toBe(true)
  await page.goto('/')
  await page.getByLabel('Email').fill(teen)
  await page.getByLabel('Password').fill(FIRST)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL('**/home')
  await app.open('Me', /Max Parent/)

  // when: a wrong password now
  await page.getByRole('button', { name: 'Change my password' }).click()
  await expect(page.getByLabel('Password now')).toBeFocused()
  await page.getByLabel('Password now').fill('not-my-password')
  await page.getByLabel('New password', { exact: true }).fill(CHOSEN)
  await page.getByLabel('The new password again').fill(CHOSEN)
  await page.getByRole('button', { name: 'Save my new password' }).click()

  // then
  await expect(page.getByRole('alert')).toHaveText('The current password is not right.')
  await expectAccessible(page, 'the Me screen with the password form and an error')

  // when: the right one
  await page.getByLabel('Password now').fill(FIRST)
  await page.getByRole('button', { name: 'Save my new password' }).click()

  // then: signed out, asked for the new password, which works
  await expect(page.getByRole('status')).toContainText('Your password is changed. Sign in with the new one.')
  expect((await request.post('/api/auth/login', { data: { email: teen, password: CHOSEN } })).status()).toBe(200)
  expect((await request.post('/api/auth/login', { data: { email: teen, password: FIRST } })).status()).toBe(400)
})

test('a younger child has no password form: its parent sets it', async ({ app, page }) => {
  await app.signIn('luna@demo.com')
  await app.open('Me', /Luna/)
  await expect(page.getByRole('heading', { name: /Badges/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Change my password' })).toHaveCount(0)
})
