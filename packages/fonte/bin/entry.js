// Which module the `fonte` bin runs: the bundle (`dist/bundle/cli.js`, issue #14: one file loads
// in a third of the CPU of ~400 modules) when it is there and up to date, else `dist/cli/main.js`,
// the same code as `tsc` wrote it. Plain JavaScript, as the bin: it must run before any build.
import { existsSync, readFileSync, statSync } from 'node:fs'

/**
 * The CLI module for a package folder.
 *
 * The bundle is not used when it is missing (a clone before `pnpm build`), when
 * `FONTE_BUNDLE=0` asks for the unbundled CLI, or, in a source checkout (where
 * `scripts/bundle.mjs` is), when what it was built from has changed since (a `tsc -b` without
 * the bundle step rewrote a package's `tsconfig.tsbuildinfo`): a stale bundle never runs old code.
 *
 * @param {URL} root - The package folder (`fonte/`), ending in `/`.
 * @param {Record<string, string | undefined>} [env] - Environment (default: the process's).
 * @returns {URL} The module to import; it exports `main`.
 */
export function cliModule(root, env = process.env) {
  const unbundled = new URL('dist/cli/main.js', root)
  if (env.FONTE_BUNDLE === '0') return unbundled
  const folder = new URL('dist/bundle/', root)
  let manifest
  try {
    manifest = JSON.parse(readFileSync(new URL('inputs.json', folder), 'utf8'))
  } catch {
    return unbundled
  }
  // A manifest cut short or from another version of the build: the bundle cannot be vouched for.
  if (!Array.isArray(manifest?.files) || typeof manifest.built !== 'number') return unbundled
  if (existsSync(new URL('scripts/bundle.mjs', root)) && changedSince(folder, manifest)) {
    return unbundled
  }
  return new URL('cli.js', folder)
}

/**
 * Whether a file of `inputs.json` (a workspace package's `tsconfig.tsbuildinfo`, or a file the
 * bundle was built from) is newer than the bundle. A file that is not there is no sign: in an
 * installed package, the other workspace packages lie elsewhere.
 *
 * @param {URL} folder - The bundle's folder.
 * @param {{ built: number, files: string[] }} manifest - `inputs.json`, as
 *   `scripts/bundle.mjs` wrote it.
 */
function changedSince(folder, manifest) {
  return manifest.files.some((file) => {
    const stats = statSync(new URL(file, folder), { throwIfNoEntry: false })
    return stats !== undefined && stats.mtimeMs > manifest.built
  })
}

// The commands that run `cli.cjs` with fonte's code cache where node has none for ES modules
// (`bin/compile-cache.js`): those that compile most of the CLI (the aligner, the glossary, the
// Markdown parser), where it pays: on corpus-it, alternated bin runs, `report` of one article
// ~−90 ms of CPU, `align` of one ~−50 ms, `variants` ~−15 ms. Any other starts faster from the
// split ES modules (`lint` of one article +20 ms, `--version` +40 ms through the script).
const scriptCommands = new Set(['report', 'align', 'variants'])

/**
 * Load the CLI module for a package folder and the command line: `cliModule`'s, or, for a command
 * that pays for it on a node that can, the bundle's `cli.cjs` with V8's code cache (the same code,
 * built by the same `scripts/bundle.mjs` run).
 *
 * @param {URL} root - The package folder (`fonte/`), ending in `/`.
 * @param {readonly string[]} args - The command line, after `fonte`.
 * @param {readonly string[]} flags - The V8 flags the bin set (`tuneV8`).
 * @param {Record<string, string | undefined>} [env] - Environment (default: the process's).
 * @returns {Promise<{ main: (args: string[]) => Promise<number> }>}
 */
export async function loadCli(root, args, flags, env = process.env) {
  const module = cliModule(root, env)
  const command = args[0] ?? ''
  if (scriptCommands.has(command) && module.pathname.endsWith('/dist/bundle/cli.js')) {
    const script = new URL('cli.cjs', module)
    const { canCacheScript, runCachedScript, scriptFits } = await import('./compile-cache.js')
    if (canCacheScript(env) && scriptFits(script)) {
      return runCachedScript(script, command, flags, env)
    }
  }
  return import(module.href)
}
