// The note on missing lexicon data packages (`fonte: note: Installing …`), from the bundled bin in
// an installed layout: `node_modules/fonte` and `node_modules/@fonte/lexicon` (copies), with some,
// all or none of the optional data packages beside them. The CLI skips the lexicon's probe when it
// finds every data package on the lexicon's resolution path (issue #14: the probe cost ~10 ms of
// every start-up); whatever the layout, its note is the lexicon's own hint for that layout.
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliModule } from '../bin/entry.js'

const run = promisify(execFile)
const packageRoot = new URL('../', import.meta.url)
const packages = fileURLToPath(new URL('../', packageRoot))

const dataPackages = [
  'lexicon-morphology',
  'lexicon-en-it',
  'lexicon-en-it-es',
  'lexicon-en-it-wikdict',
] as const

// [layout, the data packages installed beside the lexicon, and those only found through NODE_PATH]
const layouts: [string, (typeof dataPackages)[number][], (typeof dataPackages)[number][]][] = [
  ['every data package', [...dataPackages], []],
  ['none', [], []],
  ['morphology only', ['lexicon-morphology'], []],
  [
    'all but one translation package',
    ['lexicon-morphology', 'lexicon-en-it', 'lexicon-en-it-es'],
    [],
  ],
  // Not on the lexicon's own path: the CLI cannot tell, and asks the lexicon.
  ['every data package, one through NODE_PATH', dataPackages.slice(1), ['lexicon-morphology']],
]

/** Links the named data packages into `folder/@fonte`. */
function link(folder: string, names: readonly string[]): void {
  mkdirSync(join(folder, '@fonte'), { recursive: true })
  for (const name of names) symlinkSync(join(packages, name), join(folder, '@fonte', name))
}

/** `fonte` and `@fonte/lexicon` installed in `root`, with `data` linked beside the lexicon. */
function install(root: string, data: readonly string[]): void {
  const fonte = join(root, 'node_modules/fonte')
  const lexicon = join(root, 'node_modules/@fonte/lexicon')
  for (const path of ['bin', 'dist/bundle', 'package.json'])
    cpSync(fileURLToPath(new URL(path, packageRoot)), join(fonte, path), { recursive: true })
  for (const path of ['dist', 'package.json']) {
    cpSync(join(packages, 'lexicon', path), join(lexicon, path), { recursive: true })
    // The lexicon's one dependency, as an install puts it beside the lexicon.
    cpSync(join(packages, 'arguments', path), join(root, 'node_modules/@fonte/arguments', path), {
      recursive: true,
    })
  }
  link(join(root, 'node_modules'), data)
}

describe('the note on missing lexicon data, bundled bin', { timeout: 120_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'fonte-note-'))

  beforeAll(async () => {
    if (!cliModule(packageRoot, {}).pathname.endsWith('/bundle/cli.js')) {
      await run(process.execPath, [fileURLToPath(new URL('scripts/bundle.mjs', packageRoot))])
    }
  }, 120_000)
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  layouts.forEach(([layout, data, elsewhere], index) => {
    it(`is the lexicon's hint: ${layout}`, async () => {
      const root = join(scratch, String(index))
      mkdirSync(root, { recursive: true })
      install(root, data)
      link(join(root, 'elsewhere'), elsewhere)
      // Only this layout's packages: pnpm's scripts put its whole store on NODE_PATH.
      // No file of lexicon answers in the user's cache from this copy of the lexicon.
      const env = {
        ...process.env,
        NO_COLOR: '1',
        NODE_PATH: join(root, 'elsewhere'),
        FONTE_CACHE: '0',
      }
      delete env.FONTE_BUNDLE
      writeFileSync(join(root, 'a.md'), 'La difesa reciproca.\n')
      writeFileSync(
        join(root, 'terms.yaml'),
        'concepts:\n  - id: d\n    it:\n      - term: difesa reciproca\n        status: forbidden\n',
      )
      // The lexicon's own answer, asked in a process of its own: node resolves from the copy.
      const lexicon = pathToFileURL(join(root, 'node_modules/@fonte/lexicon/dist/index.js'))
      const ask = `const { lexiconStatus } = await import(${JSON.stringify(lexicon.href)})
        console.log(JSON.stringify(lexiconStatus().hint))`
      const asked = await run(process.execPath, ['--input-type=module', '-e', ask], { env })
      const hint = JSON.parse(asked.stdout) as string | null
      expect(hint === null).toBe(data.length + elsewhere.length === dataPackages.length)
      const bin = join(root, 'node_modules/fonte/bin/fonte.js')
      const { stderr } = await run(process.execPath, [bin, 'lint', 'a.md', '-g', 'terms.yaml'], {
        cwd: root,
        env,
      }).catch((error: { stderr: string }) => error)
      const notes = stderr.split('\n').filter((line) => line.startsWith('fonte: note:'))
      expect(notes).toEqual(hint === null ? [] : [`fonte: note: ${hint}`])
    })
  })
})
