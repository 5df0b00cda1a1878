#!/usr/bin/env node
// Every workspace package is publishable: `pnpm pack` it (which turns `workspace:^` and
// `catalog:` into real ranges), check each tarball with publint and Are the Types Wrong, then
// install all the tarballs together into an empty project with npm, import `fonte` and run its
// bin. Run after `pnpm build`.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const scratch = mkdtempSync(join(tmpdir(), 'fonte-packages-'))
const bin = (name) => join(root, 'node_modules', '.bin', name)
const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options })

let failed = false
try {
  const packages = readdirSync(join(root, 'packages'))
  const tarballs = []
  for (const name of packages) {
    const folder = join(root, 'packages', name)
    const output = run('npx', ['-y', 'pnpm@10', 'pack', '--pack-destination', scratch], {
      cwd: folder,
    })
    const tarball = output.trim().split('\n').at(-1)
    tarballs.push(tarball)
    for (const [tool, args] of [
      ['publint', ['run', tarball, '--strict']],
      ['attw', [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-emoji', '--no-color']],
    ]) {
      try {
        run(bin(tool), args)
        console.log(`ok    ${tool} ${name}`)
      } catch (error) {
        failed = true
        console.log(`FAIL  ${tool} ${name}\n${error.stdout}${error.stderr}`)
      }
    }
  }

  // The tarballs together, as a user would install them.
  const project = join(scratch, 'project')
  run('mkdir', ['-p', project])
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'try-fonte', private: true, type: 'module' }),
  )
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], {
    cwd: project,
  })
  const imported = run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { splitSentences, lintFile, alignSentences } from 'fonte'; console.log(splitSentences('Uno. Due.').length, typeof lintFile, typeof alignSentences)",
    ],
    { cwd: project },
  )
  if (imported.trim() !== '2 function function') throw new Error(`import 'fonte' gave ${imported}`)
  console.log(
    'ok    import { splitSentences, lintFile, alignSentences } from "fonte" in a fresh npm project',
  )
  const version = run(join(project, 'node_modules', '.bin', 'fonte'), ['--version'], {
    cwd: project,
  })
  console.log(`ok    node_modules/.bin/fonte --version: ${version.trim()}`)
  checkBundledBin(project)
} catch (error) {
  failed = true
  console.log(`FAIL  ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
/**
 * The installed bin runs the bundle (`dist/bundle/cli.js`, issue #14), and its lint reads a TBX
 * and a YAML term base: the parsers that the bundle loads at run time (saxes, the lexicon) resolve
 * from the installed packages.
 */
function checkBundledBin(project) {
  const fonte = join(project, 'node_modules', 'fonte')
  const entry = run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { cliModule } from ${JSON.stringify(join(fonte, 'bin', 'entry.js'))}; console.log(cliModule(new URL('file://${fonte}/')).pathname)`,
    ],
    { cwd: project },
  )
  if (!entry.trim().endsWith('/dist/bundle/cli.js')) throw new Error(`the bin runs ${entry}`)
  const tbx =
    '<?xml version="1.0"?><martif type="TBX"><text><body><termEntry id="d"><langSet xml:lang="it">' +
    '<tig><term>difesa reciproca</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts' +
    '</termNote></tig></langSet></termEntry></body></text></martif>'
  writeFileSync(join(project, 'terms.tbx'), tbx)
  writeFileSync(
    join(project, 'terms.yaml'),
    'concepts:\n  - id: x\n    it: [{ term: patto, status: forbidden }]\n',
  )
  writeFileSync(join(project, 'a.md'), 'Un patto di difesa reciproca.\n')
  const lint = spawnSync(
    join(project, 'node_modules', '.bin', 'fonte'),
    ['lint', 'a.md', '-g', 'terms.tbx', '-g', 'terms.yaml', '--format', 'json'],
    { cwd: project, encoding: 'utf8' },
  )
  const found = lint.status === 1 ? JSON.parse(lint.stdout)[0].messages.length : 0
  if (found !== 2)
    throw new Error(`fonte lint gave exit ${lint.status}: ${lint.stdout}${lint.stderr}`)
  console.log(
    'ok    node_modules/.bin/fonte runs dist/bundle/cli.js; lint reads TBX and YAML term bases',
  )
}

console.log(failed ? 'packages: 1 failed' : 'packages: all publishable')
process.exit(failed ? 1 : 0)
