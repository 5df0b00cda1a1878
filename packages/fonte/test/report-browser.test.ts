import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fonte } from './process.js'

// The report in real Chromium (Debian's, installed by scripts/ensure-test-packages.sh): clicks,
// keyboard, positions at a desktop and a phone size, axe-core in both colour schemes.
const root = new URL('../../../', import.meta.url).pathname
const executablePath = '/usr/bin/chromium'
const axeSource = (
  await import('node:fs').then(({ readFileSync }) =>
    readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
  )
).toString()
const sizes = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const
// Articles with English sources of their own: clicks there find originals to show.
const traced = ['000_19c8cfac660a9fd1', '004_801a60821ca2dda5']

const available = existsSync(executablePath)
if (!available) {
  console.warn(
    `report browser tests skipped: no Chromium at ${executablePath} (run scripts/ensure-test-packages.sh as root to install Debian's)`,
  )
}

let out = ''
let profile = ''
let browser: BrowserContext
/** Findings `fonte lint` reports, by page id. */
const findings = new Map<string, Array<{ ruleId: string }>>()

beforeAll(async () => {
  if (!available) return
  out = mkdtempSync(join(tmpdir(), 'fonte-report-browser-'))
  const glossary = join(root, 'glossary/fonte.glossary.yaml')
  const written = await fonte([
    'report',
    join(root, 'corpus-it'),
    '--glossary',
    glossary,
    '--out',
    out,
  ])
  expect(written.code, written.stderr).toBe(0)
  const lint = await fonte([
    'lint',
    join(root, 'corpus-it'),
    '--glossary',
    glossary,
    '--format',
    'json',
  ])
  for (const result of JSON.parse(lint.stdout) as Array<{
    filePath: string
    messages: Array<{ ruleId: string }>
  }>) {
    const id = result.filePath.split('/').at(-2) as string
    findings.set(id, result.messages)
  }
  profile = mkdtempSync(join(tmpdir(), 'fonte-chromium-'))
  browser = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
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
  })
}, 180_000)

afterAll(async () => {
  await browser?.close()
  if (profile) rmSync(profile, { recursive: true, force: true })
  if (out) rmSync(out, { recursive: true, force: true })
})

async function open(id: string, size: (typeof sizes)[number]): Promise<Page> {
  const page = await browser.newPage()
  await page.setViewportSize({ width: size.width, height: size.height })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`file://${join(out, `${id}.html`)}`)
  expect(errors).toEqual([])
  return page
}

function pages(): string[] {
  return readdirSync(out)
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.replace(/\.html$/, ''))
}

/** Whether the element's first line box is in the viewport and on top at its centre. */
async function visibleAndUncovered(locator: Locator): Promise<{ visible: boolean; on: string }> {
  return locator.evaluate((element) => {
    const boxes = [...element.getClientRects()].filter((box) => box.width > 0 && box.height > 0)
    const box = boxes[0]
    if (!box) return { visible: false, on: 'no box' }
    const x = box.left + Math.min(box.width / 2, 20)
    const y = box.top + box.height / 2
    const visible = y >= 0 && y <= window.innerHeight && x >= 0 && x <= window.innerWidth
    const top = document.elementFromPoint(x, y)
    const on =
      top && (element === top || element.contains(top))
        ? 'itself'
        : String(top?.outerHTML.slice(0, 80))
    return { visible, on }
  })
}

const inBrowser = available ? describe : describe.skip

inBrowser('the report in Chromium', () => {
  it('carries every hook, and a match only on the active unit’s English span', async () => {
    for (const id of pages().filter((name) => name !== 'index')) {
      const page = await open(id, sizes[0])
      const kinds = await page
        .locator('[data-fonte-unit]')
        .evaluateAll((nodes) => [
          ...new Set(nodes.map((node) => node.getAttribute('data-fonte-unit'))),
        ])
      expect(kinds.sort(), id).toEqual(expect.arrayContaining(['sentence']))
      expect(
        kinds.every((kind) => kind === 'sentence' || kind === 'quote'),
        id,
      ).toBe(true)
      await expect.poll(() => page.locator('[data-fonte-original]').count()).toBe(1)
      expect(await page.locator('[data-fonte-legend]').count()).toBe(1)
      expect(await page.locator('[data-fonte-match]').count()).toBe(0)
      const rules = await page
        .locator('[data-fonte-finding]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-fonte-finding')))
      expect(rules.sort(), id).toEqual(
        (findings.get(id) ?? []).map((finding) => finding.ruleId).sort(),
      )
      const scheme = await page.evaluate(
        () => getComputedStyle(document.documentElement).colorScheme,
      )
      expect(scheme).toBe('light dark')
      await page.close()
    }
    const page = await open(traced[0] as string, sizes[0])
    const unit = page.locator('[data-fonte-unit="quote"]').first()
    await unit.click()
    await expect.poll(() => page.locator('[data-fonte-match]').count()).toBe(1)
    expect(await page.locator('section[lang="en"] [data-fonte-match]').count()).toBe(1)
    const original = await page.locator('[data-fonte-original] .original').textContent()
    expect(await page.locator('[data-fonte-match]').textContent()).toBe(original)
    await expect
      .poll(() => page.locator('[data-fonte-original]').textContent())
      .toMatch(/probability \d+ %/)
    await page.close()
  }, 240_000)

  for (const size of sizes) {
    it(`keeps a clicked unit and its original visible and uncovered at ${size.width}×${size.height}`, async () => {
      for (const id of traced) {
        const page = await open(id, size)
        const units = page.locator('[data-fonte-unit]')
        const count = await units.count()
        // Every other unit of the middle half, in order (the panel is often above the next one
        // on a phone), and the last (what follows the text must not push the panel away).
        const indices: number[] = []
        for (let index = Math.floor(count / 4); index < Math.ceil((count * 3) / 4); index += 2)
          indices.push(index)
        for (const index of [...indices, count - 1]) {
          const unit = units.nth(index)
          await unit.scrollIntoViewIfNeeded()
          const before = await unit.boundingBox()
          await unit.click()
          await expect
            .poll(() => page.locator('[data-fonte-original] .label').count())
            .toBeGreaterThan(0)
          const where = `${id} unit ${index} at ${size.name}`
          expect(await visibleAndUncovered(unit), where).toEqual({ visible: true, on: 'itself' })
          expect(await visibleAndUncovered(page.locator('[data-fonte-original]')), where).toEqual({
            visible: true,
            on: 'itself',
          })
          if (size.name === 'desktop') {
            // Only the English column scrolls: the Italian stays where it was.
            expect((await unit.boundingBox())?.y, where).toBeCloseTo(before?.y ?? 0, 0)
          }
          // The highlighted English, in its column (desktop) or under the unit (phone).
          if ((await page.locator('[data-fonte-match]').count()) > 0) {
            expect(await visibleAndUncovered(page.locator('[data-fonte-match]')), where).toEqual({
              visible: true,
              on: 'itself',
            })
          }
        }
        await page.close()
      }
    }, 240_000)
  }

  it('leads from the original to the English and back on a phone', async () => {
    const page = await open(traced[0] as string, sizes[1])
    const quote = page.locator('[data-fonte-unit="quote"]').first()
    await quote.click()
    // The hook is on the highlighted English in sight: the panel's, under the unit.
    expect(await page.locator('[data-fonte-match]').count()).toBe(1)
    expect(await visibleAndUncovered(page.locator('[data-fonte-match]'))).toEqual({
      visible: true,
      on: 'itself',
    })
    await page.getByRole('button', { name: 'Show it in the English sources' }).click()
    expect((await visibleAndUncovered(page.locator('section[lang="en"] mark.match'))).visible).toBe(
      true,
    )
    expect((await visibleAndUncovered(quote)).visible).toBe(false)
    await page.getByRole('button', { name: /Back to the Italian/ }).click()
    await expect.poll(async () => (await visibleAndUncovered(quote)).on).toBe('itself')
    expect(await page.locator('#back').isHidden()).toBe(true)
    await page.close()
  }, 120_000)

  it('reaches a unit with Tab and shows its original with Enter; findings too', async () => {
    const page = await open(traced[0] as string, sizes[0])
    let focused = ''
    for (let step = 0; step < 40 && !focused; step++) {
      await page.keyboard.press('Tab')
      focused = await page.evaluate(
        () => document.activeElement?.getAttribute('data-fonte-unit') ?? '',
      )
    }
    expect(focused).toMatch(/^(?:sentence|quote)$/)
    const text = await page.evaluate(() => document.activeElement?.textContent ?? '')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('[data-fonte-original] .italian').textContent()).toBe(text)
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    )
    expect(outline).not.toBe('none')

    const finding = page.locator('[data-fonte-finding]').first()
    const description = await finding.evaluate((node) => {
      const id = node.getAttribute('aria-describedby') ?? ''
      return document.getElementById(id)?.textContent ?? ''
    })
    expect(description).toMatch(/Unexpected .+ → \S/)
    expect(description).not.toContain('`')
    await finding.focus()
    await page.keyboard.press(' ')
    await expect
      .poll(() => page.locator('[data-fonte-original]').textContent())
      .toContain('Glossary')
    // The list links each finding to its place.
    await page.locator('a[href^="#f-"]').first().click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-0')
    await page.close()
  }, 120_000)

  it('has no serious or critical axe-core violation, in the light and the dark scheme', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const id of ['index', ...traced]) {
        const page = await open(id, sizes[0])
        await page.emulateMedia({ colorScheme: scheme })
        if (id !== 'index') await page.locator('[data-fonte-unit="quote"]').first().click()
        await page.addScriptTag({ content: axeSource })
        const violations = await page.evaluate(async () => {
          const result = await (
            window as unknown as {
              axe: {
                run: () => Promise<{
                  violations: Array<{ id: string; impact: string; nodes: Array<{ html: string }> }>
                }>
              }
            }
          ).axe.run()
          return result.violations
            .filter(
              (violation) => violation.impact === 'serious' || violation.impact === 'critical',
            )
            .map(
              (violation) =>
                `${violation.id}: ${violation.nodes
                  .slice(0, 2)
                  .map((node) => node.html)
                  .join(' | ')}`,
            )
        })
        expect(violations, `${id} (${scheme})`).toEqual([])
        await page.close()
      }
    }
  }, 240_000)

  it('does not overflow at 390 px, and keeps boilerplate out of quotations', async () => {
    for (const id of pages()) {
      const page = await open(id, sizes[1])
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, id).toBeLessThanOrEqual(390)
      const inside = await page
        .locator('[data-fonte-unit="quote"] .boilerplate, .boilerplate [data-fonte-unit]')
        .count()
      expect(inside, id).toBe(0)
      await page.close()
    }
    const page = await open('000_19c8cfac660a9fd1', sizes[1])
    await expect
      .poll(() => page.locator('[data-fonte-boilerplate="navigation"]').allTextContents())
      .toContain('Back to top button')
    await page.close()
  }, 120_000)
})
