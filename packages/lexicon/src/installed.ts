// Where an installed package lies, found as node looks first: `node_modules/<name>` in a folder
// and each folder above it. A few file checks, where node's package resolution costs ~5 ms of
// CPU on its first call. A module of its own, without the lexicon's code, so that the fonte CLI
// can find the lexicon's data packages before it loads the lexicon (`@fonte/lexicon/installed`).
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The folder of package `name` in the `node_modules` folder of `folder` or of the nearest folder
 * above it that has one holding `name/package.json`; undefined when none does (the package may
 * still be found by node's resolution: `NODE_PATH`, Yarn PnP).
 *
 * @param folder - Where the search starts (an absolute path).
 * @param name - The package name, e.g. `@fonte/lexicon-morphology`.
 */
export function installedPackageFolder(folder: string, name: string): string | undefined {
  for (let at = folder; ; at = dirname(at)) {
    const candidate = join(at, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dirname(at) === at) return undefined
  }
}
