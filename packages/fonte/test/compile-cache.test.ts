// `fonte report` through the bin on a Node with no compile cache of its own for ES modules (Node
// 20): the bundle's `cli.cjs` run with V8's code cache (`bin/compile-cache.js`). The cache is made
// by the first run, taken as it is by the next, replaced when V8 rejects it, and never read from a
// folder others may write to; the pages are those of the ES modules either way.
import { execFile } from 'node:child_process'
import {
  chmodSync,
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
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliModule } from '../bin/entry.js'
import { canCacheScript, scriptFits } from '../bin/compile-cache.js'

const run = promisify(execFile)
const packageRoot = new URL('../', import.meta.url)
const bin = fileURLToPath(new URL('bin/fonte.js', packageRoot))
const corpus = fileURLToPath(new URL('../../corpus-it/', packageRoot))
// Two articles: a report of more than one runs them on the pool's threads with `--jobs 2`.
const stories = ['000_19c8cfac660a9fd1', '001_e5ec2026e526605b']
const scratch = mkdtempSync(join(tmpdir(), 'fonte-compile-cache-test-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** `fonte report` of the story folder into `out`, through the bin, with `env` added. */
async function report(out: string, env: Record<string, string>) {
  const { stdout } = await run(
    process.execPath,
    [bin, 'report', 'story', '--out', out, '--jobs', env.FONTE_REPORT_JOBS ?? '1'],
    {
      cwd: scratch,
      env: { ...process.env, NO_COLOR: '1', FONTE_CACHE: '0', ...env },
    },
  )
  return stdout.replaceAll(scratch, '.')
}

/** The output of a command through the bin, with `env` added. */
async function fonteOut(args: string[], env: Record<string, string>) {
  const { stdout } = await run(process.execPath, [bin, ...args], {
    cwd: scratch,
    env: { ...process.env, NO_COLOR: '1', FONTE_CACHE: '0', ...env },
  })
  return stdout
}

/** Every file of a report folder with its text. */
function pages(folder: string): Record<string, string> {
  const files = readdirSync(folder).sort()
  return Object.fromEntries(files.map((file) => [file, readFileSync(join(folder, file), 'utf8')]))
}

/** The cache files in a cache home (`NODE_COMPILE_CACHE`). */
function cacheFiles(home: string): string[] {
  const folder = join(home, 'fonte-compile-cache')
  return existsSync(folder) ? readdirSync(folder).map((file) => join(folder, file)) : []
}

// Skipped where node keeps its own compile cache of ES modules (Node 22.1 and later): the bin
// then runs no script of its own (canCacheScript).
describe.skipIf(!canCacheScript({}))(
  'the bin’s code cache of fonte report (Node 20; skipped where node caches ES modules itself)',
  () => {
    beforeAll(async () => {
      for (const story of stories) {
        mkdirSync(join(scratch, 'story', story), { recursive: true })
        for (const file of ['article.md', 'sources.en.md'])
          copyFileSync(join(corpus, story, file), join(scratch, 'story', story, file))
      }
      // A bundle missing or older than `dist/`: build it, as `pnpm build` does.
      if (!cliModule(packageRoot, {}).pathname.endsWith('/bundle/cli.js')) {
        await run(process.execPath, [fileURLToPath(new URL('scripts/bundle.mjs', packageRoot))])
      }
    }, 120_000)

    it('is made by the first run and taken unchanged by the next, with the pages of the ES modules', async () => {
      const home = join(scratch, 'home')
      const first = await report('first', { NODE_COMPILE_CACHE: home })
      const [cache] = cacheFiles(home)
      expect(cacheFiles(home)).toHaveLength(1)
      expect(cache).toMatch(/[\\/]cli-report-[0-9a-f]{8}-[0-9a-f]{8}\.bin$/)
      const written = statSync(cache as string).mtimeMs
      const second = await report('second', { NODE_COMPILE_CACHE: home })
      expect(statSync(cache as string).mtimeMs).toBe(written)
      // The pool's task module is imported by code from the cache (V8 loses a cached script's
      // dynamic-import callback: the bin makes its imports).
      const threads = await report('threads', {
        NODE_COMPILE_CACHE: home,
        FONTE_POOL_WORKERS: 'always',
        FONTE_REPORT_JOBS: '2',
      })
      const modules = await report('modules', { NODE_DISABLE_COMPILE_CACHE: '1' })
      expect([first, second, threads]).toEqual([
        modules.replace('./modules', './first'),
        modules.replace('./modules', './second'),
        modules.replace('./modules', './threads'),
      ])
      const expected = pages(join(scratch, 'modules'))
      expect(pages(join(scratch, 'first'))).toEqual(expected)
      expect(pages(join(scratch, 'second'))).toEqual(expected)
      expect(pages(join(scratch, 'threads'))).toEqual(expected)
    }, 60_000)

    it('gives align and variants what the ES modules give, each command a cache of its own', async () => {
      const home = join(scratch, 'commands')
      const commands = [
        ['align', `story/${stories[0]}/article.md`, '--en', `story/${stories[0]}/sources.en.md`],
        ['variants', 'story'],
      ]
      for (const args of commands) {
        const modules = await fonteOut(args, { NODE_DISABLE_COMPILE_CACHE: '1' })
        expect(await fonteOut(args, { NODE_COMPILE_CACHE: home })).toBe(modules)
        expect(await fonteOut(args, { NODE_COMPILE_CACHE: home })).toBe(modules)
      }
      const names = cacheFiles(home).map((file) =>
        file.replace(/^.*[\\/]|(-[0-9a-f]{8}){2}\.bin$/g, ''),
      )
      expect(names.sort()).toEqual(['cli-align', 'cli-variants'])
    }, 60_000)

    it('replaces a cache that V8 rejects, and an earlier build’s', async () => {
      const home = join(scratch, 'rejected')
      await report('made', { NODE_COMPILE_CACHE: home })
      const [cache] = cacheFiles(home)
      writeFileSync(cache as string, 'not V8 code')
      // An earlier build's cache of the same setting, which the new one replaces.
      const earlier = (cache as string).replace(/-[0-9a-f]{8}\.bin$/, '-00000000.bin')
      writeFileSync(earlier, 'an earlier build')
      await report('rejected-out', { NODE_COMPILE_CACHE: home })
      expect(readFileSync(cache as string).length).toBeGreaterThan(1000)
      expect(cacheFiles(home)).toEqual([cache])
      expect(pages(join(scratch, 'rejected-out'))).toEqual(pages(join(scratch, 'made')))
    }, 60_000)

    it('reads and writes nothing in a folder others may write to, nor when turned off', async () => {
      const shared = join(scratch, 'shared')
      mkdirSync(join(shared, 'fonte-compile-cache'), { recursive: true })
      chmodSync(join(shared, 'fonte-compile-cache'), 0o777)
      await report('shared-out', { NODE_COMPILE_CACHE: shared })
      expect(cacheFiles(shared)).toEqual([])
      const off = join(scratch, 'off')
      await report('off-out', { NODE_COMPILE_CACHE: off, NODE_DISABLE_COMPILE_CACHE: '1' })
      expect(existsSync(off)).toBe(false)
    }, 60_000)
  },
)

describe('scriptFits: the script runs only beside the lexicon it was built with', () => {
  // [what, the script's record, the installed lexicon's package.json, fits]
  const cases: [string, string | undefined, string | undefined, boolean][] = [
    ['the same version', '{"lexicon":"1.2.0"}', '{"version":"1.2.0"}', true],
    [
      'another version (an upgrade of the lexicon alone)',
      '{"lexicon":"1.2.0"}',
      '{"version":"1.3.0"}',
      false,
    ],
    ['no record (a bundle from before it)', undefined, '{"version":"1.2.0"}', false],
    ['no lexicon installed', '{"lexicon":"1.2.0"}', undefined, false],
    ['a record cut short', '{"lexi', '{"version":"1.2.0"}', false],
  ]
  for (const [what, record, manifest, fits] of cases) {
    it(what, () => {
      const root = mkdtempSync(join(scratch, 'fits-'))
      const bundle = join(root, 'fonte', 'dist', 'bundle')
      mkdirSync(bundle, { recursive: true })
      writeFileSync(join(bundle, 'cli.cjs'), '')
      if (record !== undefined) writeFileSync(join(bundle, 'cli.cjs.json'), record)
      if (manifest !== undefined) {
        mkdirSync(join(root, 'node_modules', '@fonte', 'lexicon'), { recursive: true })
        writeFileSync(join(root, 'node_modules', '@fonte', 'lexicon', 'package.json'), manifest)
      }
      expect(scriptFits(pathToFileURL(join(bundle, 'cli.cjs')))).toBe(fits)
    })
  }
})
