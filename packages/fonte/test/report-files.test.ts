import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fonteIn } from './in-process.js'
import { fonte } from './process.js'

const article = 'Il ministro ha detto: «Non ci fermeremo». Poi è partito.\n'
const english = 'The minister said: "We will not stop." Then he left.\n'

/** A scratch folder holding `files`. */
function workspace(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'fonte-report-files-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true })
    writeFileSync(join(folder, name), content)
  }
  return folder
}

describe('fonte report pages', () => {
  it('gives same-named articles and index.md pages of their own, and keeps the index', async () => {
    const folder = workspace({
      'roma/news.md': article,
      'milano/news.md': article.replace('ministro', 'sindaco'),
      'index.md': article,
      'roma/sources.en.md': english,
    })
    const run = await fonteIn(['report', 'roma/news.md', 'milano/news.md', 'index.md'], {
      cwd: folder,
    })
    expect(run.code, run.stderr).toBe(0)
    const out = join(folder, 'fonte-report')
    const pages = readdirSync(out).sort()
    expect(pages).toHaveLength(4)
    expect(pages).toEqual(
      expect.arrayContaining(['index.html', 'milano-news.html', 'roma-news.html']),
    )
    const index = readFileSync(join(out, 'index.html'), 'utf8')
    for (const page of pages.filter((name) => name !== 'index.html'))
      expect(index).toContain(`href="${page}"`)
    expect(readFileSync(join(out, 'milano-news.html'), 'utf8')).toContain('sindaco')
    // Nothing but the report: no staging folder left beside it or in it.
    expect(readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([])
  }, 60_000)

  it.skipIf(process.platform !== 'linux')(
    'refuses --out /proc/nope at once, on one line (Linux only: other systems have no /proc)',
    async () => {
      const folder = workspace({ 'news.md': article })
      const run = await fonteIn(['report', 'news.md', '--out', '/proc/nope'], { cwd: folder })
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(
        /^fonte report: cannot write the report to `\/proc\/nope`: ENOENT\n$/,
      )
    },
    60_000,
  )

  // Root writes in any folder, whatever its mode: only another user sees the refusal.
  it.skipIf(process.getuid?.() === 0)(
    'refuses a read-only --out folder at once, on one line, leaving it as it was (skipped as root, who writes in any folder whatever its mode)',
    async () => {
      const folder = workspace({ 'news.md': article })
      mkdirSync(join(folder, 'ro'), { mode: 0o555 })
      const run = await fonteIn(['report', 'news.md', '--out', 'ro'], { cwd: folder })
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/^fonte report: cannot write the report to `ro`: EACCES\n$/)
      expect(readdirSync(join(folder, 'ro'))).toEqual([])
    },
    60_000,
  )

  it('checks --out before reading the inputs', async () => {
    const folder = workspace({ 'file.txt': 'x' })
    // The article is missing too: the output folder is what is reported.
    const run = await fonteIn(['report', 'missing.md', '--out', 'file.txt/sub'], { cwd: folder })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/cannot write the report to `file\.txt\/sub`: ENOTDIR/)
  }, 60_000)
})

// Worker threads run the built code (dist): these spawn the bin.
describe('fonte report on worker threads', () => {
  it('reports an article the worker cannot read on one line, exit 2, and writes nothing', async () => {
    const folder = workspace({
      'good.md': article,
      'bad.md': '---\ntitle: [unclosed\n---\nTesto.\n',
      'more.md': article,
    })
    const run = await fonte(['report', 'good.md', 'bad.md', 'more.md', '--jobs', '2'], {
      cwd: folder,
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^fonte report: bad\.md:3:1: Unexpected front matter: [^\n]+\n$/)
    expect(existsSync(join(folder, 'fonte-report'))).toBe(false)
  }, 120_000)

  it('writes the same pages on two threads as on one', async () => {
    const folder = workspace({
      'a/news.md': article,
      'b/news.md': article.replace('ministro', 'sindaco'),
      'sources.en.md': english,
    })
    const runs = await Promise.all(
      ['1', '2'].map((jobs) =>
        fonte(
          [
            'report',
            'a/news.md',
            'b/news.md',
            '--en',
            'sources.en.md',
            '--jobs',
            jobs,
            '--out',
            `r${jobs}`,
          ],
          {
            cwd: folder,
          },
        ),
      ),
    )
    for (const run of runs) expect(run.code, run.stderr).toBe(0)
    for (const page of readdirSync(join(folder, 'r1')))
      expect(readFileSync(join(folder, 'r2', page), 'utf8')).toBe(
        readFileSync(join(folder, 'r1', page), 'utf8'),
      )
  }, 120_000)
})
