// Browser flows against the real server (e2e/serve.sh): Debian's chromium, never a downloaded one.
// Two servers: the main one, and one whose access tokens last 4 seconds for the silent-refresh flow.
import { defineConfig, devices } from '@playwright/test'

export const MAIN_PORT = Number(process.env.E2E_PORT ?? 8102)
export const SHORT_PORT = Number(process.env.E2E_SHORT_PORT ?? MAIN_PORT + 1)
export const SHORT_LIFETIME_SECONDS = 4

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

const server = (port: number, lifetime?: number) => ({
  command: `bash e2e/serve.sh ${port}${lifetime ? ` ${lifetime}` : ''}`,
  url: `http://127.0.0.1:${port}/health`,
  timeout: 180_000,
  reuseExistingServer: false,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
})

// Flows 1-4 and the co-parent's (flow 14) run again on a 360 px phone (flow 11); every flow runs on a desktop.
const PHONE_FLOWS = /(home|chores|goals|shop|co-parent|module-editor)\.spec\.ts/

export default defineConfig({
  testDir: 'e2e',
  // One child, one database: the flows run one after another.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${MAIN_PORT}`,
    launchOptions: chromium,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium, viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      testMatch: PHONE_FLOWS,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium, viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: false },
    },
  ],
  webServer: [server(MAIN_PORT), server(SHORT_PORT, SHORT_LIFETIME_SECONDS)],
})
