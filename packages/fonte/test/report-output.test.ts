import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DocumentError, TermBaseError } from '@fonte/glossary'
import { describe, expect, it } from 'vitest'
import { InputError, readArticle } from '../src/article.js'
import { carryError, settle } from '../src/pipeline/errors.js'
import { rebuildError, unsettle } from '../src/pipeline/rebuild-error.js'
import { lintInParallel } from '../src/pool/lint-pool.js'
import { workerCount } from '../src/pool/ordered-pool.js'
import { writeReport } from '../src/report/build.js'
import { checkReportFolder, writeReportFiles } from '../src/report/output.js'
import { pageIds } from '../src/report/page-ids.js'

const scratch = () => mkdtempSync(join(tmpdir(), 'fonte-report-output-'))

describe('pageIds', () => {
  // Each row: the articles' paths, and the page names they must get, in order.
  const rows: Array<[name: string, files: string[], ids: string[]]> = [
    ['a file for itself', ['news/roma.md'], ['roma']],
    ['article.md for its folder', ['corpus/000_abc/article.md'], ['000_abc']],
    ['standard input', ['-'], ['stdin']],
    ['one name in two folders', ['a/news.md', 'b/news.md'], ['a-news', 'b-news']],
    ['names differing in case', ['a/News.md', 'b/news.md'], ['a-News', 'b-news']],
    ['index.md, the index page', ['site/index.md'], ['site-index']],
    ['Index.md in another case', ['site/Index.md'], ['site-Index']],
    ['one name, one folder apart', ['x/a/news.md', 'y/a/news.md'], ['x-a-news', 'y-a-news']],
    ['the same path twice', ['a/news.md', 'a/news.md'], ['news', 'news-2']],
    [
      'a widened name another takes',
      ['a/news.md', 'b/news.md', 'a-news.md'],
      ['a-news', 'b-news', 'a-news-2'],
    ],
    [
      'characters outside ASCII letters, digits, _ . - made -',
      ['notizie/caffè e città.md'],
      ['caff-e-citt-'],
    ],
  ]
  it.each(rows)('names pages apart: %s', (_, files, ids) => {
    expect(pageIds(files)).toEqual(ids)
  })
})

describe('checkReportFolder', () => {
  it('accepts a folder, and a missing one whose parent can hold it, leaving nothing behind', async () => {
    const folder = scratch()
    await checkReportFolder(folder)
    await checkReportFolder(join(folder, 'new', 'deeper'))
    expect(readdirSync(folder)).toEqual([])
  })

  it('refuses a file, or a path through one, naming the path', async () => {
    const folder = scratch()
    writeFileSync(join(folder, 'file'), 'x')
    await expect(checkReportFolder(join(folder, 'file'))).rejects.toMatchObject({
      code: 'ENOTDIR',
      path: join(folder, 'file'),
    })
    await expect(checkReportFolder(join(folder, 'file', 'sub'))).rejects.toMatchObject({
      code: 'ENOTDIR',
    })
  })

  it.skipIf(process.platform !== 'linux')(
    'refuses /proc/nope at once (mkdir -p never returns there; Linux only: other systems have no /proc)',
    async () => {
      await expect(checkReportFolder('/proc/nope')).rejects.toMatchObject({
        code: 'ENOENT',
        path: '/proc/nope',
      })
    },
  )
})

describe('writeReportFiles', () => {
  const files = [
    { name: 'a.html', content: 'A' },
    { name: 'index.html', content: 'I' },
  ]

  it('makes a new folder whole, parents included', async () => {
    const out = join(scratch(), 'made', 'report')
    await writeReportFiles(out, files)
    expect(readdirSync(out).sort()).toEqual(['a.html', 'index.html'])
  })

  it('replaces the pages of a folder that exists and keeps its other files', async () => {
    const out = scratch()
    writeFileSync(join(out, 'a.html'), 'old')
    writeFileSync(join(out, 'notes.txt'), 'mine')
    await writeReportFiles(out, files)
    expect(readdirSync(out).sort()).toEqual(['a.html', 'index.html', 'notes.txt'])
    expect(readFileSync(join(out, 'a.html'), 'utf8')).toBe('A')
  })

  it('leaves nothing when a page cannot be written, and names it in the report folder', async () => {
    const parent = scratch()
    const out = join(parent, 'new', 'report')
    // A name with a folder that does not exist fails after the first page is written.
    const failing = [...files, { name: 'missing/b.html', content: 'B' }]
    await expect(writeReportFiles(out, failing)).rejects.toMatchObject({
      code: 'ENOENT',
      path: join(out, 'missing/b.html'),
    })
    expect(readdirSync(parent)).toEqual([])
    const existing = scratch()
    writeFileSync(join(existing, 'a.html'), 'old')
    await expect(writeReportFiles(existing, failing)).rejects.toMatchObject({ code: 'ENOENT' })
    expect(readdirSync(existing)).toEqual(['a.html'])
    expect(readFileSync(join(existing, 'a.html'), 'utf8')).toBe('old')
  })
})

describe('errors across the worker boundary', () => {
  const place = { file: 't.yaml', start: { line: 3, column: 5 }, end: { line: 3, column: 9 } }
  // Each row: an input error, and the fields it must keep once carried (as structured clone
  // carries it) and rebuilt.
  const rows: Array<[name: string, error: Error, fields: Record<string, unknown>]> = [
    ['TermBaseError', new TermBaseError(place, 'Unknown status'), { place }],
    [
      'DocumentError',
      new DocumentError('a.po', 4, 2, 'Unclosed string'),
      { file: 'a.po', line: 4 },
    ],
    ['InputError', new InputError('a.md', 2, 1, 'Unexpected front matter'), { column: 1 }],
  ]
  it.each(rows)('rebuilds a %s as its class, message and fields', (_, error, fields) => {
    const carried = structuredClone(carryError(error))
    expect(carried).toBeDefined()
    const rebuilt = rebuildError(carried as NonNullable<typeof carried>)
    expect(rebuilt).toBeInstanceOf(error.constructor)
    expect(rebuilt.name).toBe(error.name)
    expect(rebuilt.message).toBe(error.message)
    expect(rebuilt).toMatchObject(fields)
  })

  it('carries a file-system error and an error known by name with their fields', () => {
    const missing = Object.assign(new Error("ENOENT: no such file, open 'x'"), {
      code: 'ENOENT',
      syscall: 'open',
      path: 'x',
    })
    expect(rebuildError(structuredClone(carryError(missing))!)).toMatchObject({
      code: 'ENOENT',
      path: 'x',
      message: missing.message,
    })
    const deep = Object.assign(new Error('a.md:1:1: nested too deeply'), {
      name: 'MarkdownDepthError',
    })
    expect(rebuildError(structuredClone(carryError(deep))!).name).toBe('MarkdownDepthError')
  })

  it('lets a crash stay a crash', async () => {
    expect(carryError(new TypeError('x is undefined'))).toBeUndefined()
    await expect(
      settle(() => {
        throw new TypeError('x is undefined')
      }),
    ).rejects.toThrow(TypeError)
    const settled = await settle(() => {
      throw new InputError('a.md', 1, 1, 'Unexpected unclosed front matter')
    })
    expect(() => unsettle(structuredClone(settled))).toThrow(InputError)
    expect(unsettle(await settle(() => 42))).toBe(42)
  })
})

describe('workerCount', () => {
  it.each([
    [1, 2, 1],
    [3, 2, 2],
    [100, 4, 4],
    [5, undefined, Math.min(5, workerCount(1000))],
  ])('%i items with --jobs %s start %i workers', (items, jobs, expected) => {
    expect(workerCount(items, jobs)).toBe(expected)
  })
})

describe('argument checks', () => {
  // Each row: a call with one wrong argument, and the message naming it.
  const rows: Array<[name: string, call: () => unknown, message: RegExp]> = [
    [
      'writeReport inputs',
      () => writeReport(null as never, 'out'),
      /^writeReport: `inputs` must be an array of \{file, text, sources/,
    ],
    [
      'writeReport input text',
      () => writeReport([{ file: 'a.md', text: 1, sources: [] }] as never, 'out'),
      /`inputs` must be/,
    ],
    [
      'writeReport sources',
      () => writeReport([{ file: 'a.md', text: '', sources: null }] as never, 'out'),
      /`inputs` must be/,
    ],
    [
      'writeReport out',
      () => writeReport([], ''),
      /^writeReport: `out` must be a folder path, got ""$/,
    ],
    [
      'writeReport options',
      () => writeReport([], 'out', 3 as never),
      /`options` must be an object, null or undefined, got number 3/,
    ],
    [
      'lintInParallel inputs',
      () => lintInParallel(undefined as never, { glossaries: [], options: {} }),
      /^lintInParallel: `inputs` must be an array of \{path, text\}, got undefined$/,
    ],
    [
      'lintInParallel glossaries',
      () => lintInParallel([], { glossaries: 'a.yaml', options: {} } as never),
      /`settings.glossaries` must be an array of paths/,
    ],
    [
      'readArticle text',
      () => readArticle(null as never),
      /^readArticle: `text` must be a string, got null$/,
    ],
  ]
  it.each(rows)('%s: a TypeError naming it', async (_, call, message) => {
    await expect(async () => call()).rejects.toThrow(TypeError)
    await expect(async () => call()).rejects.toThrow(message)
  })
})
