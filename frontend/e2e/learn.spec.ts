// Flow 5: the child reads a module's sections and passes its quiz; the coins arrive once.
// Flow 6: it plays each of the six games to the end; each pays once.
// The server pays; the ledger tells what it paid: exactly one reward entry per module or game, and
// the balance moves by the new entries only (achievements a first completion unlocks pay too).
import type { Locator, Page } from '@playwright/test'
import { CHILD, apiAs, expect, expectAccessible, expectNoHorizontalScroll, test, type Api, type App } from './fixtures'

type Entry = { id: string; type: 'earn' | 'spend' | 'save'; amount: number; description: string }
type ModuleRow = { id: string; title: string; points_reward: number; user_progress: { progress_percentage: number } | null }
type Content = { quiz: { id: string; question: string; options: { text: string; isCorrect: boolean }[] }[] }

/** The balance and the ledger, to compare before and after. */
async function books(child: Api) {
  const coins = await child.get<number>('/api/users/me/coins')
  const entries = await child.get<Entry[]>('/api/users/me/transactions?limit=100')
  return { coins, ids: new Set(entries.map((e) => e.id)), entries }
}

/** The entries written since `before`, and the balance they add up to. */
async function paidSince(child: Api, before: Awaited<ReturnType<typeof books>>) {
  const after = await books(child)
  const added = after.entries.filter((e) => !before.ids.has(e.id))
  expect(added.every((e) => e.type === 'earn'), 'only earnings were written').toBe(true)
  expect(after.coins - before.coins, 'the balance moved by the new entries').toBe(added.reduce((sum, e) => sum + e.amount, 0))
  return { added, after }
}

/** How much of a module the server says the child has read (undefined before it opened it). */
async function readSoFar(child: Api, id: string) {
  return (await child.get<ModuleRow[]>('/api/learning-modules')).find((m) => m.id === id)?.user_progress?.progress_percentage
}

// --- flow 5 ---------------------------------------------------------------------------------------

async function answerQuiz(page: Page, content: Content, right: boolean) {
  for (const [i, question] of content.quiz.entries()) {
    await expect(page.getByText(`Question ${i + 1} of ${content.quiz.length}`)).toBeVisible()
    const options = question.options.filter((o) => o.isCorrect === right)
    for (const option of options.length ? options : question.options.slice(0, 1)) {
      await page.getByRole(question.options.filter((o) => o.isCorrect).length > 1 ? 'checkbox' : 'radio', { name: option.text }).check()
    }
    const last = i + 1 === content.quiz.length
    await page.getByRole('button', { name: last ? /Check my answers/ : /Next question/ }).click()
  }
}

test('a module read to the end and its quiz passed pays its coins once', async ({ app, page, request }) => {
  const child = await apiAs(request, CHILD)
  const module = (await child.get<ModuleRow[]>('/api/learning-modules')).find((m) => m.title === 'Needs and Wants')!
  expect(module, 'the starter curriculum has the module').toBeTruthy()
  await app.signIn(CHILD)

  // when: the child opens it from the Learn list, where its teacher's class gave it (overdue)
  await app.open('Learn', /Learn/)
  const assigned = page.getByRole('region', { name: 'My lessons' }).getByTestId(`lesson-${module.title}`)
  await expect(assigned).toContainText('late')
  await assigned.getByRole('link').click()
  await expect(page).toHaveURL(`/learn/module/${module.id}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Needs', exact: true })).toBeVisible()
  await app.settled('the first lesson')
  const before = await books(child)

  // then it reads the lessons one after another, and the server keeps its place
  await page.getByRole('button', { name: /Next/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Wants', exact: true })).toBeVisible()
  await expect.poll(() => readSoFar(child, module.id)).toBe(25)
  await page.getByRole('button', { name: /Next/ }).click()
  await page.getByRole('button', { name: /Start the quiz/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Quiz time/ })).toBeVisible()
  await app.settled('the quiz')

  // when: a first try with wrong answers
  const content = await child.get<Content>(`/api/child/modules/${module.id}/content`)
  await answerQuiz(page, content, false)
  // then: scored by the server, nothing paid, and another go offered
  await expect(page.getByRole('heading', { level: 1, name: 'Almost there!' })).toBeVisible()
  await expect(page.getByTestId('quiz-score')).toHaveText('0%')
  await app.settled('a failed quiz')
  expect((await paidSince(child, before)).added).toEqual([])

  // when: it tries again and answers right
  await page.getByRole('button', { name: /Try again/ }).click()
  await answerQuiz(page, content, true)

  // then: passed, with the reward paid once and shown
  await expect(page.getByRole('heading', { level: 1, name: 'You passed!' })).toBeVisible()
  await expect(page.getByTestId('quiz-score')).toHaveText('100%')
  await expect(page.getByTestId('quiz-earned').getByLabel(`${module.points_reward} coins`)).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: `+${module.points_reward} coins` })).toBeVisible()
  await app.settled('a passed quiz')
  const first = await paidSince(child, before)
  const rewards = first.added.filter((e) => e.description === `Completed module: ${module.title}`)
  expect(rewards.map((e) => e.amount)).toEqual([module.points_reward])

  // when: it passes the quiz again
  await page.getByRole('button', { name: 'Take the quiz again' }).click()
  await answerQuiz(page, content, true)

  // then: nothing more is paid, and the screen says so
  await expect(page.getByRole('heading', { level: 1, name: 'You passed!' })).toBeVisible()
  await expect(page.getByTestId('quiz-already-earned')).toBeVisible()
  expect((await paidSince(child, first.after)).added).toEqual([])

  // and the Learn list shows it done, no longer among the lessons to do
  await app.open('Learn', /Learn/)
  await expect(page.getByRole('region', { name: 'More lessons' }).getByTestId(`module-${module.title}`)).toContainText('Done')
  await expect(page.getByTestId(`lesson-${module.title}`)).toHaveCount(0)
})

test('a module opens from its link with at most two API calls', async ({ app, request }) => {
  const child = await apiAs(request, CHILD)
  const module = (await child.get<ModuleRow[]>('/api/learning-modules')).find((m) => m.title === 'My First Budget')!
  await app.signIn(CHILD)
  const calls = await app.visit(`/learn/module/${module.id}`, /./)
  expect(calls).toEqual([`/api/child/modules/${module.id}/start`])
})

test('a lesson the child started on its own waits on home, to keep going', async ({ app, page, request }) => {
  const child = await apiAs(request, CHILD)
  const module = (await child.get<ModuleRow[]>('/api/learning-modules')).find((m) => m.title === 'My First Budget')!
  await app.signIn(CHILD)

  // when: it opens a lesson no teacher gave it, reads the first part and goes home
  await app.visit(`/learn/module/${module.id}`, /./)
  await page.getByRole('button', { name: /^Next/ }).click()
  await expect.poll(() => readSoFar(child, module.id)).toBeGreaterThan(0)
  await app.open('Home', /Hi,/)

  // then: home lists it with its lessons, to keep going where it stopped, and takes it back there
  const resume = page.getByRole('region', { name: 'My lessons' }).getByTestId('keep-going')
  await expect(resume).toContainText(module.title)
  await expect(resume).toContainText(/Keep going · \d+% read/)
  await resume.click()
  await expect(page).toHaveURL(`/learn/module/${module.id}`)
})

// --- flow 6 ---------------------------------------------------------------------------------------

const GAMES = [
  { id: 1, title: 'Piggy Bank Adventure' },
  { id: 2, title: 'Needs vs Wants Game' },
  { id: 3, title: 'Coin Counting Challenge' },
  { id: 4, title: 'Budget Builder' },
  { id: 5, title: 'Shopping Smart' },
  { id: 6, title: 'Goal Setting Quest' },
]

/** Plays a game to its finish screen the way a child at the keyboard could: one button at a time. */
async function playToTheEnd(page: Page, id: number): Promise<Locator> {
  const game = page.getByRole('region', { name: 'Game' })
  const finish = page.getByTestId('game-finish')
  for (let move = 0; move < 40 && !(await finish.isVisible()); move++) {
    if (id === 4) {
      // Budget Builder: the cheapest thing from each list always fits the budget.
      for (const name of ['Sandwiches', 'Board games', 'Streamers', 'Carrots', 'Bubbles', 'Water']) {
        const radio = game.getByRole('radio', { name: new RegExp(`^${name} `) })
        if ((await radio.count()) && (await radio.isEnabled())) await radio.check()
      }
    }
    const button = game.locator('button:enabled').first()
    await button.focus()
    await page.keyboard.press('Enter')
  }
  await expect(finish).toBeVisible()
  return finish
}

test('each of the six games can be played to the end and pays once', async ({ app, page, request }) => {
  test.setTimeout(180_000)
  const child = await apiAs(request, CHILD)
  const activities = await child.get<{ id: number; title: string; coins: number; completed: boolean }[]>('/api/activities')
  await app.signIn(CHILD)

  for (const { id, title } of GAMES) {
    const activity = activities.find((a) => a.id === id)!
    expect(activity.title).toBe(title)
    expect(activity.completed, `${title} is new to the demo child`).toBe(false)

    // when: the child opens the game from the Learn list and plays it to the end
    await app.open('Learn', /Learn/)
    await page.getByRole('link', { name: new RegExp(title) }).click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await app.settled(`${title}: the start`)
    const before = await books(child)
    const finish = await playToTheEnd(page, id)

    // then: its score is reported and its coins paid, once
    await expect(finish.getByTestId('game-earned').getByLabel(`${activity.coins} coins`)).toBeVisible()
    await app.settled(`${title}: the finish`)
    const first = await paidSince(child, before)
    expect(first.added.filter((e) => e.description === `Completed activity: ${title}`).map((e) => e.amount)).toEqual([activity.coins])

    // when: it plays again
    await finish.getByRole('button', { name: /Play again/ }).click()
    await expect(page.getByTestId('game-finish')).toBeHidden()
    await playToTheEnd(page, id)

    // then: nothing more is paid, and the finish screen says so
    await expect(page.getByTestId('game-already-earned')).toBeVisible()
    expect((await paidSince(child, first.after)).added).toEqual([])
  }

  // and the Learn list shows every game done
  await app.open('Learn', /Learn/)
  await expect(page.getByRole('region', { name: 'Games' }).getByText('✔ Done')).toHaveCount(6)
})

test('a game opens from its link with at most two API calls', async ({ app }) => {
  await app.signIn(CHILD)
  const calls = await app.visit('/learn/activity/3', 'Coin Counting Challenge')
  expect(calls).toEqual(['/api/activities/3'])
})

// --- a 360 px phone -------------------------------------------------------------------------------

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true })

  async function checked(app: App, what: string) {
    await expectAccessible(app.page, what)
    await expectNoHorizontalScroll(app.page, what)
  }

  test('the reader and every game fit the screen at each step', async ({ app, page, request }) => {
    test.setTimeout(180_000)
    const child = await apiAs(request, CHILD)
    const module = (await child.get<ModuleRow[]>('/api/learning-modules')).find((m) => m.title === 'Giving and Sharing')!
    await app.signIn(CHILD)
    await app.open('Learn', /Learn/)

    await app.visit(`/learn/module/${module.id}`, /./)
    while (await page.getByRole('button', { name: /^Next/ }).isVisible()) {
      await page.getByRole('button', { name: /^Next/ }).click()
      await checked(app, 'a lesson at 360 px')
    }
    await page.getByRole('button', { name: /Start the quiz/ }).click()
    await checked(app, 'the quiz at 360 px')

    for (const { id, title } of GAMES) {
      await app.visit(`/learn/activity/${id}`, title)
      await playToTheEnd(page, id)
      await checked(app, `${title}'s finish at 360 px`)
    }
  })
})
