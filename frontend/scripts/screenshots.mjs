// Takes the README's screenshots (docs/screenshots/) of the demo child's screens at phone and
// desktop width, and of the demo parent's and teacher's home pages in the admin, against the real
// server started by e2e/serve.sh.
//   node scripts/screenshots.mjs [--port 8108] [--only parent|teacher|child]
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

const here = dirname(fileURLToPath(import.meta.url))
const out = resolve(here, '..', '..', 'docs', 'screenshots')
const argPort = process.argv.indexOf('--port')
const port = argPort > 0 ? Number(process.argv[argPort + 1]) : 8108
const origin = `http://127.0.0.1:${port}`
const argOnly = process.argv.indexOf('--only')
const only = argOnly > 0 ? process.argv[argOnly + 1] : null
// `open` goes on from `path` to the screen to take, as a child would.
const SCREENS = [
  { path: '/home', name: 'child-home' },
  { path: '/shop', name: 'child-shop' },
  { path: '/learn/activity/3', name: 'child-game' },
  { path: '/learn', name: 'child-lesson', open: (page) => page.getByTestId('lesson-Needs and Wants').getByRole('link').click() },
]
const SIZES = [
  { name: 'phone', viewport: { width: 360, height: 780 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
]

mkdirSync(out, { recursive: true })
const server = spawn('bash', [join(here, '..', 'e2e', 'serve.sh'), String(port)], { stdio: 'ignore', detached: true })
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  await waitFor(`${origin}/health`, 180)
  if (only === null || only === 'parent') await adminHome('sarah@demo.com', 'parent-home')
  if (only === null || only === 'teacher') await adminHome('teacher@demo.com', 'teacher-home')
  for (const size of only === null || only === 'child' ? SIZES : []) {
    const page = await browser.newPage({ viewport: size.viewport, deviceScaleFactor: 1 })
    await page.goto(`${origin}/`)
    await page.getByLabel('Email').fill('luna@demo.com')
    await page.getByLabel('Password').fill('demo123')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/home')
    for (const screen of SCREENS) {
      await page.goto(`${origin}${screen.path}`)
      await page.waitForLoadState('networkidle')
      if (screen.open) {
        await screen.open(page)
        // the next screen's address, then its data, before the picture is taken
        await page.waitForURL((url) => url.pathname !== screen.path)
        await page.waitForLoadState('networkidle')
        await page.getByText('Loading…').waitFor({ state: 'detached' })
      }
      const file = join(out, `${screen.name}-${size.name}.png`)
      await page.screenshot({ path: file })
      console.log(`wrote ${file}`)
    }
    await page.close()
  }
} finally {
  await browser.close()
  process.kill(-server.pid, 'SIGTERM')
}

// A home page in the admin (the parent's: what waits, then a card per child; the teacher's: a card per
// class), whole, at desktop and phone width.
async function adminHome(email, name) {
  for (const [file, viewport] of [[name, { width: 1280, height: 800 }], [`${name}-phone`, { width: 390, height: 844 }]]) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 })
    await page.goto(`${origin}/`)
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill('demo123')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/admin/')
    await page.waitForLoadState('networkidle')
    const path = join(out, `${file}.png`)
    await page.screenshot({ path, fullPage: true })
    console.log(`wrote ${path}`)
    await page.close()
  }
}

async function waitFor(url, seconds) {
  for (let i = 0; i < seconds; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${url} did not answer within ${seconds} s`)
}
