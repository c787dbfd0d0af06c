// Flow 17: the links the server emails lead to the app: a forgotten password is replaced through its
// link, once; an email is confirmed through its link.
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
