import { open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** How `writeFileAtomic` reaches the file system; tests pass their own to simulate a full disk. */
export interface AtomicWriteHooks {
  /** Opens the temporary file (default: `fs/promises` `open`). */
  open?: ((path: string, flags: string, mode: number) => Promise<FileHandle>) | undefined
}

const chunkSize = 1 << 16

/**
 * Replace a file's content so that, whatever happens, the file holds either all of its old
 * content or all of the new: the new content is written to a temporary file in the same folder,
 * flushed to disk, given the old file's mode, then renamed over it. A full disk or a kill leaves
 * the old file as it was (and at worst a `.name.fonte-….tmp` file beside it, removed on errors).
 * A symbolic link is followed: its target is replaced and the link kept.
 *
 * @param path - The file to replace (or create).
 * @param data - The new content: text is written as UTF-8.
 * @param hooks - File system hooks, for tests (optional).
 * @throws {NodeJS.ErrnoException} When the file cannot be written; the old file is untouched.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  const target = await realpath(path).catch(() => path)
  const mode = await stat(target).then(
    (info) => info.mode & 0o7777,
    () => 0o666,
  )
  // Imported here: `node:crypto` costs ~6 ms of start-up to every lint, which rarely writes.
  const { randomBytes } = await import('node:crypto')
  const temporary = join(
    dirname(target),
    `.${basename(target)}.fonte-${randomBytes(6).toString('hex')}.tmp`,
  )
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const handle = await (hooks.open ?? open)(temporary, 'wx', mode)
  try {
    for (let offset = 0; offset < bytes.length;) {
      const { bytesWritten } = await handle.write(
        bytes,
        offset,
        Math.min(chunkSize, bytes.length - offset),
      )
      offset += bytesWritten
    }
    // The umask applies to `open`'s mode; the old file's mode is what the file keeps.
    await handle.chmod(mode)
    await handle.sync()
    await handle.close()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(temporary).catch(() => undefined)
    throw error
  }
  try {
    await rename(temporary, target)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
