#!/usr/bin/env node
// Every workspace package is publishable: `pnpm pack` it (which turns `workspace:^` and
// `catalog:` into real ranges), check each tarball with publint and Are the Types Wrong, then
// install all the tarballs together into an empty project with npm, import `fonte` and run its
// bin. Run after `pnpm build`.
import { execFileSync } from 'node:child_process'
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
} catch (error) {
  failed = true
  console.log(`FAIL  ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
console.log(failed ? 'packages: 1 failed' : 'packages: all publishable')
process.exit(failed ? 1 : 0)
