import { mkdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { makeFolders } from '../make-folders.js'

/** A file of the report: its name in the report's folder and its content. */
export interface ReportFile {
  name: string
  content: string
}

/** A file-system error as Node makes them (`code`, `syscall`, `path`), naming `path`. */
function fileSystemError(code: string, syscall: string, path: string, cause?: unknown) {
  const error = new Error(`${code}: cannot ${syscall} '${path}'`, {
    cause,
  }) as NodeJS.ErrnoException
  return Object.assign(error, { code, syscall, path })
}

async function folderInfo(path: string): Promise<'folder' | 'other' | 'missing'> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    // A file on the way (`file.txt/sub`): no folder can be made there.
    if (error.code === 'ENOTDIR') return 'other'
    throw error
  })
  if (info === undefined || info === 'other') return info ?? 'missing'
  return info.isDirectory() ? 'folder' : 'other'
}

/**
 * A folder of our own beside the others in `parent`, made without `recursive`. Its name only has
 * to be new: `mkdir` fails on one that is there, and another is tried. Not `crypto.randomBytes`:
 * `node:crypto` (OpenSSL's initialisation) costs ~7 ms of CPU to every report, a tenth of what a
 * short one pays once.
 */
async function freshFolder(parent: string, name: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const tag = `${process.pid.toString(36)}${Math.random().toString(36).slice(2, 10)}`
    const path = join(parent, `.${name}.fonte-${tag}`)
    try {
      await mkdir(path)
      return path
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt === 10) throw error
    }
  }
}

/**
 * Check, before any work, that a report can be written to `out`: it is a folder or can be made,
 * and a folder can be made in it (or in its nearest existing parent). Leaves nothing behind.
 * `mkdir` is never called with `recursive`, which never returns under `/proc` (Node 20).
 *
 * @throws {NodeJS.ErrnoException} Naming `out`: `ENOTDIR` when it or a parent is a file, else the
 *   code the file system gave (`EACCES`, `EROFS`, `ENOENT` under `/proc`, …).
 */
export async function checkReportFolder(out: string): Promise<void> {
  let folder = resolve(out)
  for (;;) {
    const kind = await folderInfo(folder)
    if (kind === 'other') throw fileSystemError('ENOTDIR', 'mkdir', out)
    if (kind === 'folder') break
    if (dirname(folder) === folder) throw fileSystemError('ENOENT', 'mkdir', out)
    folder = dirname(folder)
  }
  const probe = await freshFolder(folder, 'probe').catch((error: NodeJS.ErrnoException) => {
    throw fileSystemError(error.code ?? 'EACCES', 'mkdir', out, error)
  })
  await rmdir(probe)
}

/**
 * Write the report's files so that no page is ever half-written: into a fresh folder first, then
 * that folder renamed to `out` (when `out` is new), or each file renamed into `out` (when it is
 * there already, and may hold other files). On an error nothing new is left behind.
 *
 * @param out - The report's folder.
 * @param files - Its files.
 */
export async function writeReportFiles(out: string, files: readonly ReportFile[]): Promise<void> {
  const exists = (await folderInfo(out)) === 'folder'
  const made = exists ? [] : await makeFolders(dirname(resolve(out)))
  let staging: string | undefined
  try {
    staging = await freshFolder(exists ? out : dirname(resolve(out)), basename(resolve(out)))
    for (const file of files) await writeFile(join(staging, file.name), file.content)
    if (!exists) {
      await rename(staging, out)
      return
    }
    for (const file of files) await rename(join(staging, file.name), join(out, file.name))
    await rmdir(staging)
  } catch (error) {
    if (staging !== undefined) await rm(staging, { recursive: true, force: true })
    for (const path of made.reverse()) await rmdir(path).catch(() => undefined)
    throw staging === undefined ? error : namedInOut(error, staging, out)
  }
}

/** An error on a path in the staging folder as one on the same path in `out`, as the user knows it. */
function namedInOut(error: unknown, staging: string, out: string): unknown {
  const { path } = (error ?? {}) as NodeJS.ErrnoException
  if (typeof path !== 'string' || !path.startsWith(staging)) return error
  return Object.assign(error as Error, { path: join(out, path.slice(staging.length)) })
}
