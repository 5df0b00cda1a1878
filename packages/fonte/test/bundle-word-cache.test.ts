// The file of the lexicon's word answers that `fonte report`, `align` and `variants` keep between
// runs, through the bundled bin as a process: every run writes the pages and prints what a run
// without the cache does, whatever the state of the file (none, valid, corrupt, unwritable), and
// `--no-cache` and `FONTE_CACHE=0` leave no file.
import { execFile } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
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
const corpus = fileURLToPath(new URL('../../../corpus-it/', import.meta.url))
const glossary = fileURLToPath(new URL('../../../glossary/fonte.glossary.yaml', import.meta.url))
const stories = ['000_19c8cfac660a9fd1', '001_e5ec2026e526605b']

interface Ran {
  code: number
  stdout: string
  stderr: string
}

describe('the word answers file of fonte report, align and variants', { timeout: 180_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'fonte-word-cache-'))
  let runs = 0

  /** The bin with `args` in the scratch folder, the cache in `cache`, `env` added. */
  async function fonte(args: string[], cache: string, env: Record<string, string> = {}) {
    const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cache }
    delete base.FONTE_BUNDLE
    delete base.FONTE_CACHE
    const options = { cwd: scratch, env: { ...base, ...env } }
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, ...args], options)
      return { code: 0, stdout, stderr }
    } catch (error) {
      const failed = error as Ran
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
    }
  }

  /** `fonte report` of the scratch stories: what it printed (its out folder named `out`) and its pages. */
  async function report(cache: string, env: Record<string, string> = {}, args: string[] = []) {
    const out = join(scratch, `out-${runs++}`)
    const ran = await fonte(
      ['report', ...stories, '-g', glossary, '--out', out, '--jobs', '1', ...args],
      cache,
      env,
    )
    const pages = Object.fromEntries(
      readdirSync(out)
        .sort()
        .map((page) => [page, readFileSync(join(out, page), 'utf8')]),
    )
    return { ...ran, stdout: ran.stdout.replace(out, 'out'), pages }
  }

  const story = stories[0]!
  const alignArgs = ['align', join(story, 'article.md'), '--en', join(story, 'sources.en.md')]
  const align = (cache: string, args: string[] = [], env: Record<string, string> = {}) =>
    fonte([...alignArgs, '-f', 'json', ...args], cache, env)
  const variants = (cache: string, args: string[] = [], env: Record<string, string> = {}) =>
    fonte(['variants', ...stories, '-f', 'json', ...args], cache, env)

  /** The word answers files in a cache folder (the term base's file of `fonte lint` beside them). */
  const files = (cache: string) =>
    existsSync(join(cache, 'fonte'))
      ? readdirSync(join(cache, 'fonte')).filter((file) => file.startsWith('word-answers-'))
      : []

  let expected: Awaited<ReturnType<typeof report>>
  let expectedAlign: Ran
  let expectedVariants: Ran

  beforeAll(async () => {
    if (!cliModule(packageRoot, {}).pathname.endsWith('/bundle/cli.js')) {
      await run(process.execPath, [fileURLToPath(new URL('scripts/bundle.mjs', packageRoot))])
    }
    for (const story of stories) {
      mkdirSync(join(scratch, story))
      for (const file of ['article.md', 'sources.en.md'])
        copyFileSync(join(corpus, story, file), join(scratch, story, file))
    }
    const unused = join(scratch, 'unused')
    expected = await report(unused, {}, ['--no-cache'])
    expect(expected.code).toBe(0)
    expectedAlign = await align(unused, ['--no-cache'])
    expect(expectedAlign.code).toBe(0)
    expectedVariants = await variants(unused, ['--no-cache'])
    expect(expectedVariants.code).toBe(0)
    expect(existsSync(unused)).toBe(false)
  }, 180_000)
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('writes the answers on the first report, and the same pages from them on the next', async () => {
    const cache = join(scratch, 'fresh')
    expect(await report(cache)).toEqual(expected)
    const [name, ...more] = files(cache)
    expect(more).toEqual([])
    expect(name).toMatch(/^word-answers-[0-9a-f]{8}\.json$/)
    const file = join(cache, 'fonte', name!)
    const kept = JSON.parse(readFileSync(file, 'utf8'))
    expect(kept.format).toBe('fonte-word-answers/3')
    expect(kept.answers['lemmatize.it'].length).toBeGreaterThan(100)
    const written = statSync(file).mtimeMs
    expect(await report(cache)).toEqual(expected)
    // Nothing new was asked: the file is not written again.
    expect(statSync(file).mtimeMs).toBe(written)
  })

  it('aligns and groups variants as without the cache, cold and warm', async () => {
    const cache = join(scratch, 'align')
    expect(await align(cache)).toEqual(expectedAlign)
    expect(files(cache)).toHaveLength(1)
    expect(await align(cache)).toEqual(expectedAlign)
    expect(await variants(cache)).toEqual(expectedVariants)
    expect(await variants(cache)).toEqual(expectedVariants)
  })

  // [case, env, arguments]
  const off: [string, Record<string, string>, string[]][] = [
    ['--no-cache', {}, ['--no-cache']],
    ['FONTE_CACHE=0', { FONTE_CACHE: '0' }, []],
  ]
  for (const [what, env, args] of off) {
    it(`keeps no file with ${what}`, async () => {
      const cache = join(scratch, what)
      expect(await report(cache, env, args)).toEqual(expected)
      const others = await Promise.all([align(cache, args, env), variants(cache, args, env)])
      expect(others).toEqual([expectedAlign, expectedVariants])
      expect(existsSync(cache)).toBe(false)
    })
  }

  // Each row: the file's text, or what its answers are replaced with.
  const damaged: [string, (kept: Record<string, unknown>) => string][] = [
    ['cut short', () => '{"format": "fonte-word-answers/3", "answers": {"lemmatize.it": ['],
    ['of another lexicon', (kept) => JSON.stringify({ ...kept, identity: 'another' })],
    [
      'with answers of the wrong shape',
      (kept) => JSON.stringify({ ...kept, answers: misshapen(kept) }),
    ],
    ['with answers that are a list', (kept) => JSON.stringify({ ...kept, answers: [] })],
  ]
  for (const [what, text] of damaged) {
    it(`writes the same pages from a file ${what}, and replaces it`, async () => {
      const cache = join(scratch, `damaged-${what.replace(/\W+/g, '-')}`)
      await report(cache)
      const file = join(cache, 'fonte', files(cache)[0]!)
      writeFileSync(file, text(JSON.parse(readFileSync(file, 'utf8'))))
      expect(await report(cache)).toEqual(expected)
      const kept = JSON.parse(readFileSync(file, 'utf8'))
      expect(kept.answers['lemmatize.it'].length).toBeGreaterThan(100)
    })
  }

  it('runs on when the cache folder cannot be made', async () => {
    const cache = join(scratch, 'a-file')
    writeFileSync(cache, '')
    expect(await report(cache)).toEqual(expected)
  })
})

/** The kept answers, each replaced by one that does not read as an answer. */
function misshapen(kept: Record<string, unknown>): Record<string, unknown> {
  const answers = kept.answers as Record<string, string[]>
  const wrong = [5, null, 'x\t', { a: 1 }, '\tx']
  return Object.fromEntries(
    Object.entries(answers).map(([table, flat]) => [
      table,
      flat.map((item, index) => (index % 2 === 0 ? item : wrong[index % wrong.length])),
    ]),
  )
}
