import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fonte } from './process.js'

const root = new URL('../../../', import.meta.url).pathname

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
    // Nothing loaded from the network; the English sources' links are links (issue #13).
    expect(page).not.toMatch(/src="https?:|<link[^>]+href="https?:/)
    expect(page).toContain('<a href="https://asian-news.net/')
    // Messages as text, not raw Markdown (issue #13); the browser tests are in report-browser.
    expect(page).toContain('Unexpected forbidden term <code>difesa reciproca</code>')
    expect(page).not.toContain('`difesa reciproca`')
    const index = readFileSync(join(out, 'index.html'), 'utf8')
    expect(index).toContain('<ins>')
    // The index groups renderings as `fonte variants` does (issue #13: it showed 1 of 2).
    const variants = await fonte([
      'variants',
      join(root, 'corpus-it'),
      '--glossary',
      join(root, 'glossary/fonte.glossary.yaml'),
      '--format',
      'json',
    ])
    const groups = (JSON.parse(variants.stdout) as unknown[]).length
    expect(index).toContain(`data-fonte-renderings="${groups}"`)
    expect(index.match(/<li><strong lang="en">/g)?.length ?? 0).toBe(groups)
    // Boilerplate is counted apart, and the pages show it as such.
    expect(page).toContain('data-fonte-boilerplate="navigation">Back to top button</span>')
  }, 180_000)
})
