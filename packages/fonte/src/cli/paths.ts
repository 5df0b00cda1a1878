import { statSync, type Stats } from 'node:fs'
import { access, constants, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { makeFolders } from '../make-folders.js'
import { UsageError } from './args.js'

/**
 * Checks of the paths fonte reads and writes, made before any work: a FIFO or a device read as a
 * file would block or never end, and an output that cannot be written is better refused before a
 * long run than after it.
 */

/** What a path that is not a regular file is, for messages. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder'
  if (info.isFIFO()) return 'a named pipe'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

/**
 * Refuse a path that exists but is not a regular file (symbolic links followed): reading a named
 * pipe waits for a writer, a device may never end. Standard input (`-`) is the way to pipe text.
 *
 * @param path - The path named.
 * @param what - What the file is, for the message (`--glossary `, say; default: nothing).
 * @param options - `stdin: false` where `-` is not read, so the message does not offer it.
 * @throws {UsageError} Naming the path and what it is.
 */
export function assertRegularFile(
  path: string,
  what = '',
  options: { stdin?: boolean } = {},
): void {
  let info: Stats
  try {
    info = statSync(path)
  } catch {
    return // A missing file is reported by whoever reads it, with its own words.
  }
  if (info.isFile()) return
  const kind = kindOf(info)
  // Only where `-` is read: a term base, dictionary or config from standard input is not.
  const hint =
    info.isDirectory() || options.stdin === false
      ? ''
      : '; pipe it to standard input with - instead'
  throw new UsageError(`cannot read ${what}\`${path}\`: ${kind}, expected a file${hint}`)
}

/**
 * Check, before any work, that a file can be written at `path`: not a folder or a device, its
 * folder a folder (made when missing) that may be written in.
 *
 * @param path - The file to write.
 * @param flag - The option that names it, for the message (`--out`).
 * @throws {UsageError} `cannot write \`path\` (--out): CODE, why`, when it cannot be written.
 */
export async function assertWritableFile(path: string, flag: string): Promise<void> {
  const refuse = (code: string, why: string, cause?: unknown) =>
    new UsageError(`cannot write \`${path}\` (${flag}): ${code}, ${why}`, { cause })
  const info = await stat(path).catch(() => undefined)
  if (info?.isDirectory()) throw refuse('EISDIR', 'a folder, expected a file')
  if (info && !info.isFile()) throw refuse('EINVAL', `${kindOf(info)}, expected a file`)
  const folder = dirname(resolve(path))
  try {
    await makeFolders(folder)
  } catch (error) {
    const { code = 'EIO', path: at = folder } = error as NodeJS.ErrnoException
    throw refuse(code, `cannot make the folder \`${at}\``, error)
  }
  if (!(await stat(folder)).isDirectory()) {
    throw refuse('ENOTDIR', `\`${dirname(path)}\` is a file, not a folder`)
  }
  await access(folder, constants.W_OK).catch((error: unknown) => {
    throw refuse('EACCES', `cannot write in \`${dirname(path)}\``, error)
  })
}

/**
 * Whether a file may be replaced: it has a write permission bit (as root, `access` allows writing
 * any file, but a file made read-only says its owner does not want it changed) and `access`
 * allows it.
 */
export async function isWritable(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined)
  if (!info || (info.mode & 0o222) === 0) return false
  return access(path, constants.W_OK).then(
    () => true,
    () => false,
  )
}

/**
 * Refuse to write over a file the run reads: `-o` naming an article, `--out` naming a source
 * would replace the input with the output. Paths are the same file when they name the same
 * inode (a symbolic link or another spelling of the path counts).
 *
 * @param path - The file to write.
 * @param flag - The option that names it, for the message (`--out`).
 * @param read - The files the run reads (`-` for standard input is left out).
 * @throws {UsageError} `cannot write \`path\` (--out): it is the input \`a.md\`…`.
 */
export function assertNotRead(path: string, flag: string, read: readonly string[]): void {
  const target = statSync(path, { throwIfNoEntry: false })
  if (!target?.isFile()) return
  for (const file of read) {
    if (file === '-') continue
    const info = statSync(file, { throwIfNoEntry: false })
    if (info?.ino === target.ino && info.dev === target.dev) {
      throw new UsageError(
        `cannot write \`${path}\` (${flag}): it is \`${file}\`, which this run reads; give another file`,
      )
    }
  }
}
