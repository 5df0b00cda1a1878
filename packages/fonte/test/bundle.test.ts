// The bundled CLI (issue #14): `bin/fonte.js` runs `dist/bundle/cli.js`, built by
// `scripts/bundle.mjs`. Every command through the bin, as a process (module loading, workers and
// files found next to modules are the point), gives what `main()` gives in process; and
// `bin/entry.js` picks the bundle only when it is there and up to date.
import { execFile } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliModule } from '../bin/entry.js'
import { fonteIn } from './in-process.js'

const run = promisify(execFile)
const cacheHome = mkdtempSync(join(tmpdir(), 'fonte-bundle-cache-'))
afterAll(() => rmSync(cacheHome, { recursive: true, force: true }))
const packageRoot = new URL('../', import.meta.url)
const bin = fileURLToPath(new URL('bin/fonte.js', packageRoot))
const repository = fileURLToPath(new URL('../../', packageRoot))
const glossaryFixtures = join(repository, 'packages/glossary/test/fixtures')
const corpusArticle = join(repository, 'corpus-it/000_19c8cfac660a9fd1')

/** The bin as a process, in `cwd`; resolves with its exit code and output. */
async function fonteBin(args: string[], cwd: string, nodeOptions: string[] = []) {
  // `FONTE_POOL_WORKERS=always`: the worker threads `--jobs` asks for, however short the text.
  // The lint's file of lexicon answers goes to a folder of the test's, not the user's cache.
  const env = {
    ...process.env,
    NO_COLOR: '1',
    FONTE_POOL_WORKERS: 'always',
    XDG_CACHE_HOME: cacheHome,
  }
  delete env.FONTE_BUNDLE
  try {
    const { stdout, stderr } = await run(process.execPath, [...nodeOptions, bin, ...args], {
      cwd,
      env,
      maxBuffer: 32 * 1024 * 1024,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

const termBase = `concepts:
  - id: mutual-defence
    en: [mutual defence]
    it:
      - term: mutua difesa
        status: preferred
      - term: difesa reciproca
        status: forbidden
`

/** The files every run starts from (each run gets a copy: `--fix`, `--out` write into it). */
function files(): Record<string, string> {
  const fixture = (path: string) => readFileSync(join(glossaryFixtures, path), 'utf8')
  return {
    'a.md': '# Patto\n\nHanno firmato un patto di difesa reciproca. «Mai più», ha detto.\n',
    'b.md': 'La difesa reciproca è un principio. Poi la mutua difesa.\n',
    'terms.yaml': termBase,
    'terms.json': JSON.stringify({
      concepts: [{ id: 'x', it: [{ term: 'principio', status: 'forbidden' }] }],
    }),
    'terms.tbx': fixture('termbases/house-tbx3.tbx'),
    'terms.csv': fixture('termbases/house.csv'),
    'treaty.xlf': fixture('bilingual/treaty-1.2.xlf'),
    'treaty.po': fixture('bilingual/treaty.po'),
    'bad.yaml': 'concepts:\n  - id: [\n',
    'story/article.md': readFileSync(join(corpusArticle, 'article.md'), 'utf8'),
    'story/sources.en.md': readFileSync(join(corpusArticle, 'sources.en.md'), 'utf8'),
  }
}

// [what, arguments, files the run writes (compared too)]
const runs: [string, string[], string[]][] = [
  ['split', ['split', 'a.md'], []],
  ['split as JSON', ['split', 'b.md', '--format', 'json'], []],
  ['lint, YAML term base', ['lint', 'a.md', '--glossary', 'terms.yaml'], []],
  ['lint, JSON term base', ['lint', 'b.md', '--glossary', 'terms.json'], []],
  ['lint, TBX term base', ['lint', 'a.md', 'b.md', '--glossary', 'terms.tbx'], []],
  ['lint, CSV term base', ['lint', 'a.md', '--glossary', 'terms.csv'], []],
  ['lint XLIFF and PO', ['lint', 'treaty.xlf', 'treaty.po', '-g', 'terms.yaml'], []],
  ['lint --fix', ['lint', '--fix', 'a.md', 'b.md', '-g', 'terms.yaml'], ['a.md', 'b.md']],
  ['lint --jobs 2', ['lint', 'a.md', 'b.md', '-g', 'terms.yaml', '--jobs', '2', '-f', 'json'], []],
  ['a bad term base', ['lint', 'a.md', '--glossary', 'bad.yaml'], []],
  ['a missing file', ['lint', 'missing.md', '--glossary', 'terms.yaml'], []],
  ['align', ['align', 'story/article.md', '--en', 'story/sources.en.md', '-g', 'terms.yaml'], []],
  ['index', ['index', 'story/sources.en.md', '--out', 'wire.index', '-f', 'json'], []],
  ['variants', ['variants', 'story', 'a.md'], []],
  ['report', ['report', 'story', '--out', 'site', '-g', 'terms.yaml', '--jobs', '2'], []],
]

describe('the bundled fonte bin', { timeout: 120_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'fonte-bundle-'))

  beforeAll(async () => {
    // A bundle missing or older than `dist/` (a `tsc -b` alone): build it, as `pnpm build` does.
    if (!cliModule(packageRoot, {}).pathname.endsWith('/bundle/cli.js')) {
      await run(process.execPath, [fileURLToPath(new URL('scripts/bundle.mjs', packageRoot))])
    }
  }, 120_000)
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('is what the bin runs after the build', () => {
    expect(cliModule(packageRoot, {}).pathname).toMatch(/\/dist\/bundle\/cli\.js$/)
  })

  it('runs the lint worker of the bundle on a worker thread (--jobs 2)', async () => {
    // Six files of ~170 kB: enough work that the worker thread takes some whatever the machine's
    // speed. A CPU profile per thread says which modules each thread ran.
    const folder = workspace(join(scratch, 'workers'))
    const article = readFileSync(join(corpusArticle, 'article.md'), 'utf8')
    mkdirSync(join(folder, 'many'))
    for (let index = 0; index < 6; index++) {
      writeFileSync(join(folder, 'many', `${index}.md`), article.repeat(30))
    }
    const profiles = join(scratch, 'profiles')
    const args = ['lint', 'many', '-g', 'terms.yaml', '--jobs', '2', '-f', 'json']
    const { code } = await fonteBin(args, folder, ['--cpu-prof', `--cpu-prof-dir=${profiles}`])
    expect(code).toBe(1)
    const modules = readdirSync(profiles).map((file) => {
      const profile = JSON.parse(readFileSync(join(profiles, file), 'utf8'))
      return profile.nodes.map((node: { callFrame: { url: string } }) => node.callFrame.url)
    })
    const worker = modules.find((urls) => urls.some((url: string) => url.endsWith('/thread.js')))
    expect(worker, 'a worker thread that ran thread.js').toBeDefined()
    expect(worker?.filter((url: string) => url.includes('/dist/'))).toContainEqual(
      expect.stringMatching(/\/dist\/bundle\/lint-worker\.js$/),
    )
  })

  it('decodes named character references as micromark does (character-entities, made lazy)', async () => {
    const folder = new URL('dist/bundle/', packageRoot)
    const chunks = readdirSync(folder).filter((file) => file.endsWith('.js'))
    const parser = chunks.find((file) =>
      /\bexport\s*\{[^}]*\bremarkParse\b/.test(readFileSync(new URL(file, folder), 'utf8')),
    )
    const { unified, remarkParse } = await import(new URL(parser as string, folder).href)
    const text = 'Caf&eacute; &AElig; &amp; &notanentity; &zwnj;x [a](/ "t&eacute;")\n'
    const tree = unified().use(remarkParse).parse(text)
    const values = tree.children[0].children.map(
      (node: { value?: string; title?: string }) => node.value ?? node.title,
    )
    expect(values).toEqual(['Café Æ & &notanentity; \u200cx ', 'té'])
  })

  it('prints the version of package.json', async () => {
    const manifest = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8'))
    const { code, stdout } = await fonteBin(['--version'], scratch)
    expect({ code, stdout }).toEqual({ code: 0, stdout: `${manifest.version}\n` })
  })

  for (const [what, args, written] of runs) {
    it(`gives what main() gives: ${what}`, async () => {
      const [bundled, inProcess] = ['bin', 'main'].map((side) =>
        workspace(join(scratch, what, side)),
      )
      const fromBin = relativeTo(bundled, await fonteBin(args, bundled))
      const fromMain = relativeTo(inProcess, await fonteIn(args, { cwd: inProcess }))
      expect(fromBin).toEqual(fromMain)
      for (const file of written) {
        expect(readFileSync(join(bundled, file), 'utf8')).toBe(
          readFileSync(join(inProcess, file), 'utf8'),
        )
      }
      if (args.includes('--out')) {
        const out = args[args.indexOf('--out') + 1] as string
        expect(listing(join(bundled, out))).toEqual(listing(join(inProcess, out)))
      }
    })
  }
})

/** A run's output with its working folder written `.` (the report prints where it wrote). */
function relativeTo(folder: string, result: { code: number; stdout: string; stderr: string }) {
  const local = (text: string) => text.replaceAll(folder, '.')
  return { code: result.code, stdout: local(result.stdout), stderr: local(result.stderr) }
}

/** A folder holding `files()`. */
function workspace(folder: string): string {
  for (const [name, text] of Object.entries(files())) {
    mkdirSync(dirname(join(folder, name)), { recursive: true })
    writeFileSync(join(folder, name), text)
  }
  return folder
}

/** The names of the files under a path (a folder's, recursively, or the file's own). */
function listing(path: string): string[] {
  try {
    return readdirSync(path, { recursive: true }).map(String).sort()
  } catch {
    return [path.slice(path.lastIndexOf('/') + 1)]
  }
}

describe('bin/entry.js: which CLI module the bin runs', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fonte-entry-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  // [case, make the package folder, expected module]
  const cases: [string, (root: string) => void, 'bundle' | 'unbundled', Record<string, string>?][] =
    [
      ['no bundle (a clone before the build)', () => {}, 'unbundled'],
      ['a fresh bundle', (root) => bundleIn(root, 1000), 'bundle'],
      ['FONTE_BUNDLE=0', (root) => bundleIn(root, 1000), 'unbundled', { FONTE_BUNDLE: '0' }],
      ['an input changed since the build', (root) => bundleIn(root, 1000, 2000), 'unbundled'],
      ['an input gone (an installed package)', (root) => bundleIn(root, 1000, -1), 'bundle'],
      [
        'a manifest of another shape',
        (root) => {
          bundleIn(root, 1000)
          writeFileSync(join(root, 'dist/bundle/inputs.json'), '{"built": "yesterday"}')
        },
        'unbundled',
      ],
      [
        'an input newer, outside a source checkout (npm sets old times, pnpm new ones)',
        (root) => {
          bundleIn(root, 1000, 2000)
          rmSync(join(root, 'scripts'), { recursive: true })
        },
        'bundle',
      ],
    ]
  for (const [what, make, expected, env] of cases) {
    it(`runs the ${expected} CLI: ${what}`, () => {
      const root = mkdtempSync(join(folder, 'package-'))
      make(root)
      const module = cliModule(new URL(`file://${root}/`), env ?? {})
      expect(module.pathname).toBe(
        join(root, expected === 'bundle' ? 'dist/bundle/cli.js' : 'dist/cli/main.js'),
      )
    })
  }
})

/**
 * A package folder with a bundle built at `built` (ms) from `dist/cli/main.js`, modified at
 * `changed` seconds (or missing when -1), and `scripts/bundle.mjs` (a source checkout).
 */
function bundleIn(root: string, built: number, changed = 500): void {
  mkdirSync(join(root, 'dist/bundle'), { recursive: true })
  mkdirSync(join(root, 'dist/cli'), { recursive: true })
  mkdirSync(join(root, 'scripts'), { recursive: true })
  writeFileSync(join(root, 'scripts/bundle.mjs'), '')
  writeFileSync(join(root, 'dist/bundle/cli.js'), '')
  const manifest = { built: built * 1000, files: ['../cli/main.js'] }
  writeFileSync(join(root, 'dist/bundle/inputs.json'), JSON.stringify(manifest))
  if (changed === -1) return
  writeFileSync(join(root, 'dist/cli/main.js'), '')
  utimesSync(join(root, 'dist/cli/main.js'), changed, changed)
}
