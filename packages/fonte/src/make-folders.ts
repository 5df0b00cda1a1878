import { mkdir, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'

/**
 * Make `folder` and its missing parents one at a time, outermost first: Node's recursive `mkdir`
 * never returns under `/proc` (Node 20), where a folder cannot be made. A folder another process
 * makes meanwhile is taken as it is.
 *
 * @returns The folders this call made, outermost first (to remove them again on an error).
 * @throws {NodeJS.ErrnoException} The error of the first folder that cannot be made (`ENOTDIR`
 *   when a file stands on the way).
 */
export async function makeFolders(folder: string): Promise<string[]> {
  const missing: string[] = []
  for (let at = resolve(folder); ; at = dirname(at)) {
    const info = await stat(at).catch(() => undefined)
    if (info) break
    missing.unshift(at)
    if (dirname(at) === at) break
  }
  const made: string[] = []
  for (const path of missing) {
    const created = await mkdir(path).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error
        return false
      },
    )
    if (created) made.push(path)
  }
  return made
}
