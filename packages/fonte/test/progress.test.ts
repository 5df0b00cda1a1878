import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Io } from '../src/cli/io.js'
import { jobsOption } from '../src/cli/args.js'
import { progressReporter } from '../src/cli/progress.js'
import { fonte } from './process.js'

const root = new URL('../../../', import.meta.url).pathname

function terminal(): { io: Io; lines: string[] } {
  const lines: string[] = []
  const io: Io = {
    out: () => {},
    err: () => {},
    stdin: async () => '',
    color: false,
    version: '0.0.0',
    progress: (line) => lines.push(line),
  }
  return { io, lines }
}

describe('progress bar', () => {
  it('draws on a terminal for long runs, ends full, and clears', () => {
    const { io, lines } = terminal()
    const progress = progressReporter(io, 'fonte report', 20, 'articles')
    for (let done = 1; done <= 20; done++) progress(done)
    progress(-1)
    expect(lines.at(-2)).toBe(`fonte report [${'#'.repeat(30)}] 20/20 articles`)
    expect(lines.at(-1)).toBe('')
  })

  const quiet: Array<[name: string, onTerminal: boolean, total: number]> = [
    ['stays silent off a terminal', false, 100],
    ['stays silent for a short run', true, 3],
  ]
  for (const [name, onTerminal, total] of quiet) {
    it(name, () => {
      const { io, lines } = terminal()
      if (!onTerminal) delete io.progress
      const progress = progressReporter(io, 'fonte lint', total, 'files')
      for (let done = 1; done <= total; done++) progress(done)
      progress(-1)
      expect(lines).toEqual([])
    })
  }

  const jobs: Array<[value: string | undefined, expected: number | undefined | 'error']> = [
    [undefined, undefined],
    ['2', 2],
    ['0', 'error'],
    ['1.5', 'error'],
    ['many', 'error'],
  ]
  for (const [value, expected] of jobs) {
    it(`reads --jobs ${String(value)}`, () => {
      if (expected === 'error') expect(() => jobsOption(value)).toThrow(/expected a whole number/)
      else expect(jobsOption(value)).toBe(expected)
    })
  }
})

// Worker threads load the built modules (dist/pool/report-worker.js): the bin, as a process.
describe('fonte report on worker threads (process)', () => {
  it('writes the same report with --jobs 2 as with --jobs 1', async () => {
    // Twenty articles, so that the pool has batches to share out.
    const corpus = mkdtempSync(join(tmpdir(), 'fonte-many-'))
    for (const id of readdirSync(join(root, 'corpus-it'), { withFileTypes: true })) {
      if (!id.isDirectory()) continue
      for (let copy = 0; copy < 4; copy++)
        cpSync(join(root, 'corpus-it', id.name), join(corpus, `${id.name}-${copy}`), {
          recursive: true,
        })
    }
    const outputs: string[] = []
    for (const jobs of ['1', '2']) {
      const out = mkdtempSync(join(tmpdir(), 'fonte-report-'))
      const { code, stdout, stderr } = await fonte([
        'report',
        corpus,
        '-g',
        join(root, 'glossary/fonte.glossary.yaml'),
        '--out',
        out,
        '--jobs',
        jobs,
      ])
      expect(code, stderr).toBe(0)
      expect(stdout).toMatch(/^20 articles, /)
      outputs.push(
        readdirSync(out)
          .sort()
          .map((page) => readFileSync(join(out, page), 'utf8'))
          .join('\n'),
      )
    }
    expect(outputs[1]).toBe(outputs[0])
  }, 300_000)
})
