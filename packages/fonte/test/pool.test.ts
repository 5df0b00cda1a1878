import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InputError as InputErrorClass } from '../src/article.js'
import { batchesOf } from '../src/pool/batches.js'
import { freeCores, type CpuClock } from '../src/pool/idle.js'
import reportTask from '../src/pool/report-worker.js'
import {
  threadCount,
  workerCount,
  type runInOrder as runInOrderFunction,
} from '../src/pool/ordered-pool.js'
import { fonte } from './process.js'

// Worker threads load built modules: the pool runs here from dist (as the bin does).
const dist = new URL('../dist/', import.meta.url)
const task = new URL('./fixtures/pool/task.mjs', import.meta.url)
const root = new URL('../../../', import.meta.url).pathname
const glossary = join(root, 'glossary/fonte.glossary.yaml')

type Item = { n: number; fail?: 'input' | 'crash' }
type Result = { n: number; thread: number }
const { runInOrder } = (await import(new URL('pool/ordered-pool.js', dist).href)) as {
  runInOrder: typeof runInOrderFunction
}
const { InputError } = (await import(new URL('article.js', dist).href)) as {
  InputError: typeof InputErrorClass
}

const kB = (count: number, size: number) => new Array<number>(count).fill(size * 1000)

describe('threadCount', () => {
  // Each row: weights, --jobs, the cores other processes leave free, and the threads to start
  // (the work worth a thread: 600,000).
  const rows: Array<
    [name: string, weights: number[], jobs: number | undefined, free: number, threads: number]
  > = [
    ['short text stays here', kB(20, 2), 2, Infinity, 1],
    ['text for two threads', kB(20, 100), 2, Infinity, 2],
    ['as many as --jobs and the text pay for', kB(100, 100), 8, Infinity, 8],
    ['no more than the free cores', kB(100, 100), 8, 3.9, 4],
    ['--jobs 1', kB(100, 100), 1, Infinity, 1],
    ['never more threads than items', [3_000_000], 4, Infinity, 1],
    ['two items, much text: two threads', [3_000_000, 3_000_000], 4, Infinity, 2],
    ['a busy machine: here only', kB(100, 100), 2, 0.2, 1],
    ['one core and a half free: here only', kB(100, 100), 2, 1.5, 1],
    ['most of two cores free: a worker', kB(100, 100), 2, 1.8, 2],
    ['no items', [], 2, Infinity, 1],
  ]
  it.each(rows)('%s', (_, weights, jobs, free, threads) => {
    expect(threadCount(weights, jobs, 600_000, free)).toBe(threads)
  })

  it('keeps workerCount: as asked, at least 1, at most one per item', () => {
    expect([workerCount(1, 2), workerCount(3, 2), workerCount(100, 4)]).toEqual([1, 2, 4])
  })
})

describe("the report's weights", () => {
  const wire = { file: 'wire.md', text: 'w'.repeat(300_000) }
  const article = (n: number, own?: number) => ({
    file: `${n}.md`,
    text: 'a'.repeat(1_500),
    sources: own === undefined ? [wire] : [wire, { file: `${n}.en.md`, text: 'e'.repeat(own) }],
  })

  it('counts a source given to several articles once, as every thread’s cost', () => {
    const articles = [article(1, 2_000), article(2), article(3, 500)]
    expect(reportTask.weigh?.(articles)).toEqual({
      weights: [3_500, 1_500, 2_000],
      shared: 300_000,
    })
  })

  it('counts an article’s own sources with it, as before', () => {
    const alone = [
      { ...article(1, 2_000), sources: [{ file: 'a.en.md', text: 'e'.repeat(2_000) }] },
    ]
    expect(reportTask.weigh?.(alone)).toEqual({ weights: [3_500], shared: 0 })
    expect(reportTask.weight(alone[0] as (typeof alone)[0])).toBe(3_500)
  })

  it('starts no worker for 48 short articles beside a feed of 300,000 characters', () => {
    const { weights, shared } = reportTask.weigh?.(
      Array.from({ length: 48 }, (_, n) => article(n)),
    ) ?? { weights: [], shared: 0 }
    expect(threadCount(weights, 2, reportTask.threadFrom + shared)).toBe(1)
  })
})

describe('freeCores', () => {
  const clock = (idle: number, total: number, own = 0) => ({ idle, total, own, cores: 2 })
  // Each row: two readings of a two-core machine's clock (ms), and the cores other processes left.
  const rows: Array<[name: string, before: CpuClock, after: CpuClock, free: number | undefined]> = [
    ['an idle machine', clock(0, 0), clock(400, 400), 2],
    ['this process on one core, the other idle', clock(0, 0, 0), clock(200, 400, 200), 2],
    ['this process and V8 helpers', clock(0, 0, 0), clock(100, 400, 300), 2],
    ['one core busy with another process', clock(1000, 2000, 50), clock(1200, 2400, 50), 1],
    ['both busy with others', clock(1000, 2000), clock(1000, 2400), 0],
    ['too short to tell', clock(0, 0), clock(100, 150), undefined],
  ]
  it.each(rows)('%s', (_, before, after, free) => {
    expect(freeCores(before, after)).toBe(free)
  })
})

describe('batchesOf', () => {
  // Each row: weights, threads, the work worth a thread, and the batch sizes.
  const rows: Array<
    [name: string, weights: number[], threads: number, threadFrom: number, sizes: number[]]
  > = [
    ['one item', [5], 2, 100, [1]],
    ['heavy items one by one', [90, 90, 90], 2, 400, [1, 1, 1]],
    [
      'light items together, up to an eighth of a thread',
      new Array(64).fill(10),
      1,
      160,
      new Array(32).fill(2),
    ],
    ['at most 64 items', new Array(130).fill(0), 1, 0, [64, 64, 2]],
  ]
  it.each(rows)('%s', (_, weights, threads, threadFrom, sizes) => {
    const batches = batchesOf(
      weights.map((_, n) => n),
      weights,
      threads,
      threadFrom,
    )
    expect(batches.map((batch) => batch.items.length)).toEqual(sizes)
    expect(batches.flatMap((batch) => batch.items)).toEqual(weights.map((_, n) => n))
    for (const batch of batches) expect(batch.items[0]).toBe(batch.start)
  })
})

describe('runInOrder (built pool, FONTE_POOL_WORKERS=always)', { timeout: 120_000 }, () => {
  beforeEach(() => {
    process.env.FONTE_POOL_WORKERS = 'always'
  })
  afterEach(() => {
    delete process.env.FONTE_POOL_WORKERS
  })
  const items = (count: number, fails: Record<number, Item['fail']> = {}): Item[] =>
    Array.from({ length: count }, (_, n) => (fails[n] ? { n, fail: fails[n] } : { n }))
  const run = async (list: Item[], jobs: number, data?: unknown) => {
    const streamed: number[] = []
    const results = runInOrder<Item, Result>(list, {
      worker: task,
      jobs,
      workerData: data,
      onResult: (result, index) => {
        expect(result.n).toBe(index)
        streamed.push(index)
      },
    })
    return { results, streamed }
  }

  it.each([1, 2, 3])('returns and streams every result in input order, --jobs %i', async (jobs) => {
    const { results, streamed } = await run(items(400), jobs)
    const done = await results
    expect(done.map((result) => result.n)).toEqual(items(400).map((item) => item.n))
    expect(streamed).toEqual(done.map((result) => result.n))
    const threads = new Set(done.map((result) => result.thread))
    // This thread takes batches too; a worker joins when it has started.
    expect(threads.has(0)).toBe(true)
    if (jobs === 1) expect([...threads]).toEqual([0])
    else expect(threads.size).toBeGreaterThan(1)
  })

  it('returns nothing for no items', async () => {
    expect(await runInOrder([], { worker: task, jobs: 2 })).toEqual([])
  })

  // Each row: the failing items, and the error: the first in input order, as its class.
  const failures: Array<
    [
      name: string,
      fails: Record<number, Item['fail']>,
      error: RegExp,
      kind: ErrorConstructor | typeof InputError,
    ]
  > = [
    ['an input error', { 150: 'input' }, /item 150/, InputError],
    ['the first of two input errors', { 150: 'input', 300: 'input' }, /item 150/, InputError],
    ['a crash before an input error', { 40: 'crash', 300: 'input' }, /crash at 40/, Error],
    ['an input error before a crash', { 40: 'input', 300: 'crash' }, /item 40/, InputError],
  ]
  it.each(failures)(
    'fails with %s, after streaming what came before',
    async (_, fails, error, kind) => {
      const { results, streamed } = await run(items(400, fails), 2)
      await expect(results).rejects.toThrow(error)
      await expect(results).rejects.toBeInstanceOf(kind)
      // Every result before the failing batch, and none from it on (a batch fails whole).
      const first = Math.min(...Object.keys(fails).map(Number))
      expect(streamed).toEqual(items(streamed.length).map((item) => item.n))
      expect(streamed.length).toBeLessThanOrEqual(first)
      expect(streamed.length).toBeGreaterThan(first - 64)
    },
  )

  it('fails with the crash of a worker that cannot set up', async () => {
    const { results } = await run(items(400), 2, { failWorkers: true })
    await expect(results).rejects.toThrow(/set-up failed in a worker/)
  })

  it('fails with the error onResult throws', async () => {
    const results = runInOrder<Item, Result>(items(400), {
      worker: task,
      jobs: 2,
      onResult: (_, index) => {
        if (index === 10) throw new Error('output closed')
      },
    })
    await expect(results).rejects.toThrow('output closed')
  })

  it('refuses an unknown FONTE_POOL_WORKERS', async () => {
    process.env.FONTE_POOL_WORKERS = 'sometimes'
    await expect(runInOrder(items(4), { worker: task, jobs: 2 })).rejects.toThrow(
      /^FONTE_POOL_WORKERS must be `always` or `auto`, got `sometimes`$/,
    )
  })
})

describe('runInOrder stays in this thread for little work', () => {
  it('starts no worker for 400 items worth less than a thread', async () => {
    const done = await runInOrder<Item, Result>(
      Array.from({ length: 400 }, (_, n) => ({ n })),
      { worker: task, jobs: 2 },
    )
    expect(new Set(done.map((result) => result.thread))).toEqual(new Set([0]))
  })
})

describe(
  'fonte lint and report on worker threads (the bin, FONTE_POOL_WORKERS=always)',
  { timeout: 300_000 },
  () => {
    beforeEach(() => {
      process.env.FONTE_POOL_WORKERS = 'always'
    })
    afterEach(() => {
      delete process.env.FONTE_POOL_WORKERS
    })
    it('lints the same findings, streamed in the same order, with --jobs 1, 2 and 3', async () => {
      const args = ['lint', join(root, 'corpus-it'), '-g', glossary, '--format', 'jsonl']
      const runs = []
      for (const jobs of ['1', '2', '3']) runs.push(await fonte([...args, '--jobs', jobs]))
      expect(runs.map((run) => run.code)).toEqual([1, 1, 1])
      expect(runs[1]?.stdout).toBe(runs[0]?.stdout)
      expect(runs[2]?.stdout).toBe(runs[0]?.stdout)
      expect(runs[0]?.stdout.trim().split('\n')).toHaveLength(
        readdirSync(join(root, 'corpus-it'), { withFileTypes: true }).filter((entry) =>
          entry.isDirectory(),
        ).length,
      )
    })

    it('stops at the first file too deeply nested, in input order, as --jobs 1 does', async () => {
      // Copies of the corpus with two bad files between them: the first one is named.
      const folder = mkdtempSync(join(tmpdir(), 'fonte-pool-'))
      const articles = readdirSync(join(root, 'corpus-it'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => readFileSync(join(root, 'corpus-it', entry.name, 'article.md'), 'utf8'))
      for (let n = 0; n < 40; n++) {
        const text =
          n === 17 || n === 31 ? `${'> '.repeat(10_000)}ciao ${n}\n` : articles[n % articles.length]
        writeFileSync(join(folder, `${String(n).padStart(2, '0')}.md`), text as string)
      }
      const args = ['lint', folder, '-g', glossary, '--format', 'jsonl']
      const alone = await fonte([...args, '--jobs', '1'])
      const pooled = await fonte([...args, '--jobs', '2'])
      rmSync(folder, { recursive: true, force: true })
      expect(alone.code).toBe(2)
      expect(alone.stderr).toMatch(/17\.md:1:\d+: Unexpected .*nested/)
      // One object, so that a failure shows the signal and the whole standard error.
      expect(pooled).toEqual({ ...alone, stdout: pooled.stdout })
    })
  },
)
