// The file of the lexicon's answers that `fonte lint` keeps between runs (issue #14), through the
// bundled bin as a process: every run prints what a run without the cache prints, whatever the
// state of the file (none, valid, corrupt, unwritable), and `--no-cache` and `FONTE_CACHE=0`
// leave no file.
import { execFile } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliModule } from '../bin/entry.js'

const run = promisify(execFile)
const packageRoot = new URL('../', import.meta.url)
const bin = fileURLToPath(new URL('bin/fonte.js', packageRoot))

const termBase = `concepts:
  - id: mutual-defence
    it:
      - term: mutua difesa
        status: preferred
      - term: difesa reciproca
        status: forbidden
  - id: weapons
    it:
      - term: armamenti
        status: forbidden
`

describe('the lexicon answers file of fonte lint', { timeout: 120_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'fonte-cache-'))
  let expected: { code: number; stdout: string; stderr: string }

  /** `fonte lint` of the scratch article, with the cache in `cache` and `env` and `args` added. */
  async function lint(cache: string, env: Record<string, string> = {}, args: string[] = []) {
    const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cache }
    delete base.FONTE_BUNDLE
    delete base.FONTE_CACHE
    const options = { cwd: scratch, env: { ...base, ...env } }
    const argv = [bin, 'lint', 'a.md', '-g', 'terms.yaml', '-f', 'json', ...args]
    try {
      const { stdout, stderr } = await run(process.execPath, argv, options)
      return { code: 0, stdout, stderr }
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string }
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
    }
  }

  /** The answers files in a cache folder. */
  const files = (cache: string) =>
    existsSync(join(cache, 'fonte')) ? readdirSync(join(cache, 'fonte')) : []

  beforeAll(async () => {
    if (!cliModule(packageRoot, {}).pathname.endsWith('/bundle/cli.js')) {
      await run(process.execPath, [fileURLToPath(new URL('scripts/bundle.mjs', packageRoot))])
    }
    writeFileSync(join(scratch, 'a.md'), 'La difesa reciproca e gli armamenti. La mutua difesa.\n')
    writeFileSync(join(scratch, 'terms.yaml'), termBase)
    expected = await lint(join(scratch, 'unused'), {}, ['--no-cache'])
    expect(expected.code).toBe(1)
  }, 120_000)
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('writes the answers on the first run, and reads them on the next without writing', async () => {
    const cache = join(scratch, 'fresh')
    expect(await lint(cache)).toEqual(expected)
    const [name, ...more] = files(cache)
    expect(more).toEqual([])
    expect(name).toMatch(/^lexicon-answers-[0-9a-f]{8}\.json$/)
    const file = join(cache, 'fonte', name as string)
    const kept = JSON.parse(readFileSync(file, 'utf8'))
    expect(kept.format).toBe('fonte-lexicon-answers/1')
    expect(kept.answers.length).toBeGreaterThan(0)
    const written = statSync(file).mtimeMs
    expect(await lint(cache)).toEqual(expected)
    expect(statSync(file).mtimeMs).toBe(written)
  })

  // [case, env, arguments]
  const off: [string, Record<string, string>, string[]][] = [
    ['--no-cache', {}, ['--no-cache']],
    ['FONTE_CACHE=0', { FONTE_CACHE: '0' }, []],
  ]
  for (const [what, env, args] of off) {
    it(`keeps no file with ${what}`, async () => {
      const cache = join(scratch, what)
      expect(await lint(cache, env, args)).toEqual(expected)
      expect(existsSync(cache)).toBe(false)
    })
  }

  it('ignores a corrupt file, and replaces it', async () => {
    const cache = join(scratch, 'corrupt')
    await lint(cache)
    const file = join(cache, 'fonte', files(cache)[0] as string)
    writeFileSync(file, '{"format": "fonte-lexicon-answers/1", "answers": [')
    expect(await lint(cache)).toEqual(expected)
    expect(JSON.parse(readFileSync(file, 'utf8')).answers.length).toBeGreaterThan(0)
  })

  it('ignores a file of wrong answers for another lexicon', async () => {
    const cache = join(scratch, 'other')
    await lint(cache)
    const file = join(cache, 'fonte', files(cache)[0] as string)
    const kept = JSON.parse(readFileSync(file, 'utf8'))
    const wrong = kept.answers.map(([call]: [string]) => [call, []])
    writeFileSync(file, JSON.stringify({ ...kept, identity: 'another lexicon', answers: wrong }))
    expect(await lint(cache)).toEqual(expected)
  })

  // Each row: answers of this lexicon's file replaced by ones of a shape the lexicon never gives.
  const misshapen: [string, unknown][] = [
    ['a number', 5],
    ['a string', 'x'],
    ['null in a list', [null]],
    ['a reading whose lemma is a number', [{ lemma: 5, pos: 'NOUN', features: {} }]],
    [
      'a reading with a feature that is a number',
      [{ lemma: 'a', pos: 'NOUN', features: { x: 1 } }],
    ],
    ['an empty object', [{}]],
  ]
  for (const [what, answer] of misshapen) {
    it(`ignores a file of this lexicon whose answers are ${what}`, async () => {
      const cache = join(scratch, `misshapen-${what.replace(/\W+/g, '-')}`)
      await lint(cache)
      const file = join(cache, 'fonte', files(cache)[0] as string)
      const kept = JSON.parse(readFileSync(file, 'utf8'))
      const damaged = kept.answers.map(([call]: [string]) => [call, answer])
      writeFileSync(file, JSON.stringify({ ...kept, answers: damaged }))
      expect(await lint(cache)).toEqual(expected)
    })
  }

  it("keeps the four most recent files, one per lexicon, the run's among them", async () => {
    const cache = join(scratch, 'many')
    mkdirSync(join(cache, 'fonte'), { recursive: true })
    const others = ['01', '02', '03', '04', '05'].map((n) => `lexicon-answers-000000${n}.json`)
    others.forEach((file, index) => {
      writeFileSync(join(cache, 'fonte', file), '{}')
      utimesSync(join(cache, 'fonte', file), 1000 + index, 1000 + index)
    })
    expect(await lint(cache)).toEqual(expected)
    const left = files(cache)
    expect(left).toHaveLength(4)
    expect(left).toEqual(expect.arrayContaining(others.slice(-3)))
  })

  it('runs on when the cache folder cannot be made', async () => {
    const cache = join(scratch, 'a-file')
    mkdirSync(scratch, { recursive: true })
    writeFileSync(cache, '')
    expect(await lint(cache)).toEqual(expected)
  })
})
