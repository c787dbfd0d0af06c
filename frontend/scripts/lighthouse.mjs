// Lighthouse on the child home, signed in as the demo child, with Debian's chromium.
// Starts the real server (e2e/serve.sh: gunicorn, DEBUG off, seeded), signs in once through the
// app's page with Playwright in a throw-away browser profile, then runs Lighthouse on /home in that
// profile without resetting its storage, so the session is there. Prints the performance and
// accessibility scores (bars: 90 and 95). Not a test: the figures go into the README.
//   CHROME_PATH=/usr/bin/chromium node scripts/lighthouse.mjs [--port 8109] [--desktop]
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const here = dirname(fileURLToPath(import.meta.url))
const argPort = process.argv.indexOf('--port')
const port = argPort > 0 ? Number(process.argv[argPort + 1]) : 8109
const desktop = process.argv.includes('--desktop')
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const origin = `http://127.0.0.1:${port}`
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync']

const server = spawn('bash', [join(here, '..', 'e2e', 'serve.sh'), String(port)], { stdio: 'ignore', detached: true })
const profile = mkdtempSync(join(tmpdir(), 'coincraft-lighthouse-'))
let chrome
try {
  await waitFor(`${origin}/health`, 180)

  // Sign in once, as a child would, so that the profile holds the session.
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromePath, args: FLAGS })
  const page = await context.newPage()
  await page.goto(`${origin}/`)
  await page.getByLabel('Email').fill('luna@demo.com')
  await page.getByLabel('Password').fill('demo123')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL('**/home')
  await context.close()

  chrome = await chromeLauncher.launch({ chromePath, userDataDir: profile, chromeFlags: FLAGS })
  const result = await lighthouse(
    `${origin}/home`,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], disableStorageReset: true },
    desktop ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined,
  )
  const lhr = result.lhr
  if (lhr.finalDisplayedUrl && !lhr.finalDisplayedUrl.endsWith('/home')) throw new Error(`not signed in: ended on ${lhr.finalDisplayedUrl}`)
  const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100)
  const metric = (id) => lhr.audits[id]?.displayValue ?? '-'
  console.log(`Lighthouse ${lhr.lighthouseVersion}, ${desktop ? 'desktop' : 'mobile (throttled)'}, ${lhr.finalDisplayedUrl}`)
  console.log(`  performance    ${score('performance')}  (bar 90)`)
  console.log(`  accessibility  ${score('accessibility')}  (bar 95)`)
  console.log(`  FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`)
  const failed = lhr.categories.accessibility.auditRefs
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
    .map((ref) => ref.id)
  if (failed.length) console.log(`  accessibility audits not passed: ${failed.join(', ')}`)
} finally {
  await chrome?.kill()
  process.kill(-server.pid, 'SIGTERM')
  rmSync(profile, { recursive: true, force: true })
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
