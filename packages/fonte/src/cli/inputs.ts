import { existsSync } from 'node:fs'
import { lstat, readdir, readFile, stat } from 'node:fs/promises'
import { dirname, extname, join } from 'node:path'
import { listOf, UsageError } from './args.js'
import { assertRegularFile } from './paths.js'
import { byteOrderMarkOf } from '@fonte/glossary/text-bytes'
import { decodeFile } from './encoding.js'
import { reasonOf } from './reasons.js'

/** One input file, read. */
export interface InputFile {
  /** The path as given or found in a folder; `-` for standard input. */
  path: string
  /** The file's content as UTF-8 text. */
  text: string
}

/**
 * Read the files named on the command line: files as they are, folders searched for files with
 * one of `extensions` (sorted; `README.md`, English sources such as `sources.en.md`, and dot
 * folders skipped), globs (`'articoli/2024-*.md'`) expanded, `-` for standard input.
 *
 * @param options - `warn`: told of a folder with no such file when other inputs hold some (without
 *   it, such a folder is an error).
 * @throws {UsageError} When a path does not exist or cannot be read, no input holds a file with
 *   one of `extensions`, or a file is binary or not valid UTF-8 (see `readText`).
 */
export async function readInputs(
  paths: readonly string[],
  stdin: () => Promise<string>,
  extensions: readonly string[] = ['.md', '.markdown', '.txt'],
  options: { warn?: ((message: string) => void) | undefined } = {},
): Promise<InputFile[]> {
  const files: InputFile[] = []
  const empty: string[] = []
  const inFolder = async (folder: string) => {
    const found = await filesIn(folder, new Set(extensions), { articles: true })
    if (found.length === 0) empty.push(folder)
    if (found.length === 0 && !options.warn) throw emptyFolder(folder, extensions)
    return found
  }
  for (const path of paths) {
    if (path === '-') files.push({ path, text: textOnly('standard input', await stdin()) })
    else {
      for (const file of await filesNamed(path, inFolder)) {
        files.push({ path: file, text: textOnly(file, await readText(file)) })
      }
    }
  }
  if (files.length === 0 && empty.length > 0) throw emptyFolder(empty[0] as string, extensions)
  for (const folder of empty) options.warn?.(`${emptyFolder(folder, extensions).message}, skipped`)
  return files
}

/**
 * The error for a folder that holds no file fonte reads, in the words of every command that
 * searches a folder (split, lint, report, variants, index, align's --en):
 * `` `folder`: no .md, .markdown or .txt file in this folder ``.
 *
 * @param folder - The folder as given.
 * @param extensions - The extensions searched for, each with its dot.
 */
export function emptyFolder(folder: string, extensions: Iterable<string>): UsageError {
  return new UsageError(`\`${folder}\`: no ${listOf([...extensions])} file in this folder`)
}

/**
 * `text`, when it is text: a NUL character is in no article or source, and in most binary
 * formats (images, PDFs, archives, Word files) near the start.
 *
 * @throws {UsageError} Naming the file, when it looks binary.
 */
export function textOnly(path: string, text: string): string {
  if (text.slice(0, 100_000).includes('\u0000')) {
    throw new UsageError(`\`${path}\` looks binary, not text`)
  }
  return text
}

/**
 * The files one command-line path names: a glob's matches (sorted; a glob the shell did not
 * expand, because it was quoted or on Windows), the files `inFolder` finds in a folder, or the
 * file itself.
 *
 * @throws {UsageError} When a glob matches nothing or the path does not exist.
 */
export async function filesNamed(
  path: string,
  inFolder: (folder: string) => Promise<string[]>,
): Promise<string[]> {
  // The glob library is loaded only for a path that may be a pattern: most runs name files.
  if (/[*?[\]{}()!+@]/.test(path)) {
    const { glob, isDynamicPattern } = await import('tinyglobby')
    if (isDynamicPattern(path)) {
      const matches = (await glob(path, { onlyFiles: true, expandDirectories: false })).sort()
      if (matches.length === 0) throw new UsageError(`no file matches \`${path}\``)
      return matches
    }
  }
  let info
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const dangling = code === 'ENOENT' && (await lstat(path).catch(() => undefined))
    const reason = dangling
      ? 'a symbolic link to a file that does not exist'
      : code === 'ENOENT'
        ? 'no such file or folder'
        : reasonOf(error)
    throw new UsageError(`cannot read \`${path}\`: ${reason}`, { cause: error })
  }
  return info.isDirectory() ? await inFolder(path) : [path]
}

/** The text files fonte reads from a folder: Markdown and plain text. */
export const textExtensions: ReadonlySet<string> = new Set(['.md', '.markdown', '.txt', '.text'])

/**
 * The files under `folder` with one of `extensions` (any case), sorted, searched recursively;
 * dot folders, `node_modules` and READMEs skipped. With `articles`, English sources kept beside
 * their articles (`sources.en.md`) are skipped too.
 */
export async function filesIn(
  folder: string,
  extensions: ReadonlySet<string>,
  options: { articles?: boolean } = {},
): Promise<string[]> {
  const found: string[] = []
  const entries = await readdir(folder, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) found.push(...(await filesIn(path, extensions, options)))
    // A named pipe or a socket in a folder is no article: reading it would wait for a writer.
    else if (
      (entry.isFile() || entry.isSymbolicLink()) &&
      extensions.has(extname(entry.name).toLowerCase()) &&
      !/^readme\./i.test(entry.name) &&
      !(options.articles && /\.en\.[a-z]+$/i.test(entry.name))
    ) {
      found.push(path)
    }
  }
  return found
}

/** The English source kept beside an article (`sources.en.md` in its folder), if there is one. */
export function sourcesBeside(articlePath: string): string | undefined {
  const beside = join(dirname(articlePath), 'sources.en.md')
  return existsSync(beside) ? beside : undefined
}

/**
 * Read a file named on the command line as text: UTF-8 (a byte order mark kept, so offsets are
 * into the file as read), or the encoding a PO or XML file declares. Bytes that are not valid
 * UTF-8 are refused rather than read as U+FFFD, which would lose the text silently.
 *
 * @param path - The file.
 * @param what - What the file is, for the message (`source `, say; default: nothing).
 * @param options - `expected`: what the file should be, for the message on a binary file
 *   (default: `text`).
 * @throws {UsageError} Naming the file, when it is missing or cannot be read, or is neither
 *   valid UTF-8 nor in the encoding it declares (naming the line of the first bad byte).
 */
export async function readText(
  path: string,
  what = '',
  options: { expected?: string } = {},
): Promise<string> {
  assertRegularFile(path, what)
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'a folder, expected a file'
          : code === 'EACCES'
            ? 'permission denied'
            : reasonOf(error)
    throw new UsageError(`cannot read ${what}\`${path}\`: ${reason}`, { cause: error })
  }
  const { text, encoding } = decodeFile(bytes)
  // `it is in koi8-r: …` is a file read right that `lint --fix` cannot write back: text.
  if (!('reason' in encoding) || encoding.reason.startsWith('it is in ')) return text
  // Bytes after a UTF-16 or UTF-32 byte order mark hold NULs and are text gone wrong, not binary.
  const mark = byteOrderMarkOf(bytes)
  if ((!mark || mark === 'UTF-8') && bytes.subarray(0, 100_000).includes(0)) {
    throw new UsageError(
      `${what}\`${path}\`: a binary file, expected ${options.expected ?? 'text'}`,
    )
  }
  throw new UsageError(`cannot read ${what}\`${path}\`: ${encoding.reason.replace(/^it is /, '')}`)
}
