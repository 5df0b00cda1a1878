import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { fonte } from './process.js'

const root = new URL('../../../', import.meta.url).pathname
const browser = '/usr/bin/chromium'

async function buildReport(): Promise<{ out: string; stdout: string }> {
  const out = mkdtempSync(join(tmpdir(), 'fonte-report-'))
  const { code, stdout, stderr } = await fonte([
    'report',
    join(root, 'corpus-it'),
    '--glossary',
    join(root, 'glossary/fonte.glossary.yaml'),
    '--out',
    out,
  ])
  expect(code, stderr).toBe(0)
  return { out, stdout }
}

describe('fonte report', () => {
  it('writes an index and a page per article, self-contained, and prints a summary', async () => {
    const { out, stdout } = await buildReport()
    expect(stdout).toMatch(
      /^5 articles, \d+ sentences, \d+ of \d+ quotations traced to an English original$/m,
    )
    expect(stdout).toMatch(/glossary findings: .*forbidden-term \d+/)
    expect(stdout).toContain(`report: ${join(out, 'index.html')}`)
    const page = readFileSync(join(out, '000_19c8cfac660a9fd1.html'), 'utf8')
    expect(page).toContain('name="viewport"')
    expect(page).not.toMatch(/(?:src|href)="https?:/)
    expect(page).toContain('Unexpected forbidden term `difesa reciproca`')
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<ins>')
  })

  const inBrowser = existsSync(browser) ? it : it.skip
  inBrowser(
    'shows a quotation’s original when it is clicked, in Chromium (screenshot saved)',
    async () => {
      const { out } = await buildReport()
      const instance = await chromium.launch({
        executablePath: browser,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      })
      try {
        const page = await instance.newPage({ viewport: { width: 390, height: 844 } })
        await page.goto(`file://${join(out, '000_19c8cfac660a9fd1.html')}`)
        await page.locator('section[lang="it"] [data-q="0"]').first().click()
        await expect
          .poll(() => page.locator('#detail').textContent())
          .toContain('comprehensive strategic partnership')
        expect(await page.locator('section[lang="en"] .on').count()).toBeGreaterThan(0)
        const unmatched = await page.evaluate(() =>
          (
            JSON.parse(document.getElementById('data')?.textContent ?? '{}') as {
              q: Array<{ match: unknown }>
            }
          ).q.findIndex((quote) => !quote.match),
        )
        expect(unmatched).toBeGreaterThan(0)
        await page.locator(`section[lang="it"] [data-q="${unmatched}"]`).first().click()
        await expect
          .poll(() => page.locator('#detail .original').textContent())
          .toBe('no original found')
        const screenshot = join(out, 'screenshot.png')
        await page.screenshot({ path: screenshot, fullPage: false })
        expect(existsSync(screenshot)).toBe(true)
      } finally {
        await instance.close()
      }
    },
    60_000,
  )
})
