// What every browser flow shares: the demo people, signing in, the API for test setup, the admin
// as a parent in another browser context, and the checks run on every screen visited:
// nothing requested outside the origin, at most two API calls for the first paint, no serious or
// critical axe-core violation, no horizontal scrolling.
import { test as base, expect, type APIRequestContext, type Browser, type BrowserContextOptions, type Page } from '@playwright/test'
import { AxeBuilder } from '@axe-core/playwright'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PASSWORD = 'demo123'
export const CHILD = 'luna@demo.com'
export const TEEN = 'harry@demo.com'
export const PARENT = 'sarah@demo.com'
/** The demo family's second parent: a co-parent of Sarah's family. */
export const CO_PARENT = 'david@demo.com'
export const TEACHER = 'teacher@demo.com'

export { expect }

/** Every request the page made, in order. */
export class Requests {
  readonly urls: string[] = []
  private mark = 0

  constructor(readonly origin: string) {}

  record(url: string) {
    this.urls.push(url)
  }

  startCounting() {
    this.mark = this.urls.length
  }

  /** API calls since startCounting (paths with their query). */
  apiCalls(): string[] {
    return this.urls
      .slice(this.mark)
      .filter((u) => u.startsWith(`${this.origin}/api/`))
      .map((u) => u.slice(this.origin.length))
  }

  outsideOrigin(): string[] {
    return this.urls.filter((u) => !u.startsWith(`${this.origin}/`) && !/^(data|blob|about):/.test(u))
  }
}

export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze()
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(bad, `axe-core on ${what}`).toEqual([])
}

export async function expectNoHorizontalScroll(page: Page, what: string) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }))
  expect(scroll, `horizontal scrolling on ${what}`).toBeLessThanOrEqual(client)
}

/** The app as a child uses it, with the checks every screen must pass. */
export class App {
  constructor(
    readonly page: Page,
    readonly requests: Requests,
  ) {}

  async signIn(email: string) {
    await this.page.goto('/')
    await this.page.getByLabel('Email').fill(email)
    await this.page.getByLabel('Password').fill(PASSWORD)
    await this.page.getByRole('button', { name: 'Sign in' }).click()
    await this.page.waitForURL('**/home')
    await this.settled('home after sign-in')
  }

  /** Loads a screen from scratch and checks its first paint. */
  async visit(path: string, heading: string | RegExp) {
    this.requests.startCounting()
    await this.page.goto(path)
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await this.settled(path)
    const calls = this.requests.apiCalls()
    expect(calls.length, `API calls for the first paint of ${path}: ${calls.join(', ')}`).toBeLessThanOrEqual(2)
    return calls
  }

  /** Opens a screen through the navigation, as a child would. */
  async open(label: string, heading: string | RegExp) {
    this.requests.startCounting()
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await this.settled(label)
    const calls = this.requests.apiCalls()
    expect(calls.length, `API calls for the first paint of ${label}: ${calls.join(', ')}`).toBeLessThanOrEqual(2)
  }

  /** Waits for the screen to finish loading, then checks it. */
  async settled(what: string) {
    await this.page.waitForLoadState('networkidle')
    await expect(this.page.getByText('Loading…')).toHaveCount(0)
    await expectAccessible(this.page, what)
    await expectNoHorizontalScroll(this.page, what)
  }

  /** The balance the screen shows ("135 coins" is its accessible label). */
  async balance(): Promise<number> {
    const label = await this.page.getByTestId('balance').locator('.coin-amount').first().getAttribute('aria-label')
    expect(label, 'the screen shows a balance').toBeTruthy()
    return Number(label!.replace(/[^0-9-]/g, ''))
  }

  async expectBalance(coins: number) {
    await expect(this.page.getByTestId('balance').getByLabel(`${coins.toLocaleString('en')} coins`, { exact: true })).toBeVisible()
  }
}

export const test = base.extend<{ requests: Requests; app: App }>({
  requests: async ({ page, baseURL }, use) => {
    const requests = new Requests(new URL(baseURL!).origin)
    page.on('request', (r) => requests.record(r.url()))
    await use(requests)
    expect(requests.outsideOrigin(), 'requests outside the app’s origin').toEqual([])
  },
  app: async ({ page, requests }, use) => {
    await use(new App(page, requests))
  },
})

// --- the other side: the API for setting things up, the admin for the parent's decisions ---------

export interface Api {
  get<T = unknown>(path: string): Promise<T>
  post<T = unknown>(path: string, body?: unknown): Promise<T>
  put<T = unknown>(path: string, body?: unknown): Promise<T>
  delete(path: string): Promise<void>
}

export async function apiAs(request: APIRequestContext, email: string): Promise<Api> {
  const login = await request.post('/api/auth/login', { data: { email, password: PASSWORD } })
  expect(login.status()).toBe(200)
  const { access_token } = (await login.json()) as { access_token: string }
  const headers = { Authorization: `Bearer ${access_token}` }
  type Answer = Awaited<ReturnType<APIRequestContext['get']>>
  const succeeded = async (response: Answer, what: string) =>
    expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true)
  const check = async <T>(response: Answer, what: string): Promise<T> => {
    await succeeded(response, what)
    return (await response.json()) as T
  }
  return {
    get: async (path) => check(await request.get(path, { headers }), `GET ${path}`),
    post: async (path, body) => check(await request.post(path, { headers, data: body ?? {} }), `POST ${path}`),
    put: async (path, body) => check(await request.put(path, { headers, data: body ?? {} }), `PUT ${path}`),
    delete: async (path) => succeeded(await request.delete(path, { headers }), `DELETE ${path}`),
  }
}

export async function childIdOf(parent: Api, email: string): Promise<string> {
  const children = await parent.get<{ id: string; email: string }[]>('/api/users/me/children')
  const child = children.find((c) => c.email === email)
  expect(child, `${email} is one of the parent's children`).toBeTruthy()
  return child!.id
}

/** A parent signs in on the app's page (landing in the admin) in a browser context of its own. */
export async function parentInAdmin(
  browser: Browser,
  baseURL: string,
  email = PARENT,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ baseURL, ...options })
  const page = await context.newPage()
  await page.goto('/')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL('**/admin/')
  return page
}

/** In the admin's list of `model`, selects the waiting row with a cell reading `cell` and approves it. */
export async function approveInAdmin(admin: Page, model: 'task' | 'purchaserequest' | 'redemptionrequest', cell: string) {
  const waiting = model === 'task' ? 'completed' : 'pending'
  await admin.goto(`/admin/economy/${model}/?status__exact=${waiting}`)
  const row = admin
    .locator('#result_list tbody tr')
    .filter({ has: admin.locator('td, th').getByText(cell, { exact: true }) })
    .first()
  await row.locator('input[name="_selected_action"]').check()
  await admin.locator('select[name="action"]').selectOption('approve_selected')
  await admin.locator('button[name="index"]').click()
  await expect(admin.locator('.messagelist .success')).toBeVisible()
}

/** The path and query of the link to `path` in the newest email to `to` (e2e/serve.sh has the server
 * write each email as a file under .e2e/PORT/mail), waiting for it: the server sends it once its answer
 * is written. */
export async function emailedLink(baseURL: string, to: string, path: string): Promise<string> {
  const folder = join(dirname(fileURLToPath(import.meta.url)), '..', '.e2e', new URL(baseURL).port, 'mail')
  const pattern = new RegExp(`${path}\\?token=[^\\s]+`)
  let link = ''
  await expect
    .poll(() => {
      const files = existsSync(folder) ? readdirSync(folder).sort().reverse() : []
      const email = files.map((f) => readFileSync(join(folder, f), 'utf8')).find((text) => text.includes(`To: ${to}`))
      link = email?.match(pattern)?.[0] ?? ''
      return link
    }, { message: `an email to ${to} with a link to ${path}` })
    .not.toBe('')
  return link
}
