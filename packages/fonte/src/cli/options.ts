import { closeSync, existsSync, openSync, readSync } from 'node:fs'
import type { Dictionary } from '@fonte/align'
import { loadGlossary, type Glossary } from '@fonte/glossary'
import { UsageError } from './args.js'
import { assertRegularFile } from './paths.js'

const noStdin = { stdin: false }

/**
 * Load the term bases named by `--glossary`, merged and compiled.
 *
 * @returns The glossary, or `undefined` when no term base was named.
 * @throws {TermBaseError} Naming the file, line and column, when a term base cannot be used.
 */
export async function glossaryOption(
  paths: readonly string[] | undefined,
): Promise<Glossary | undefined> {
  if (!paths || paths.length === 0) return undefined
  for (const path of paths) assertTermBaseFile(path)
  return loadGlossary(paths)
}

/**
 * Refuse, before any work, what cannot be a term base: `-` (term bases are read from files;
 * taken as a file name it was "-:1:1: Cannot read the term base: no such file"), a folder, a
 * named pipe or a device.
 *
 * @throws {UsageError} Naming the path and what it is.
 */
export function assertTermBaseFile(path: string): void {
  if (path === '-') {
    throw new UsageError(
      'cannot read term base `-`: term bases are read from files, not from standard input',
    )
  }
  assertRegularFile(path, 'term base ', noStdin)
}

/**
 * The files of the dictd dictionary named by `--dictionary`: its `.index` file, and the
 * `.dict.dz` or `.dict` beside it (FreeDict's English–Italian, from Debian's
 * `dict-freedict-eng-ita`, is `/usr/share/dictd/freedict-eng-ita.index`).
 *
 * @returns The two paths, or `undefined` when no dictionary was named.
 */
export function dictionaryFiles(path: string | undefined): [string, string] | undefined {
  if (path === undefined) return undefined
  if (!path.endsWith('.index')) {
    throw new UsageError(`--dictionary \`${path}\`: expected a dictd .index file`)
  }
  if (!existsSync(path)) throw new UsageError(`--dictionary \`${path}\`: no such file`)
  assertRegularFile(path, 'dictionary ', noStdin)
  const stem = path.slice(0, -'.index'.length)
  const entries = [`${stem}.dict.dz`, `${stem}.dict`].find((candidate) => existsSync(candidate))
  if (entries === undefined) {
    throw new UsageError(`--dictionary \`${path}\`: no ${stem}.dict.dz or ${stem}.dict beside it`)
  }
  if (!hasDictdEntry(path)) {
    throw new UsageError(
      `--dictionary \`${path}\`: no dictd entry in it, expected lines of a word, an offset and a length separated by tabs`,
    )
  }
  return [path, entries]
}

// A dictd index line: the headword, then the entry's offset and length in base 64.
const dictdEntry = /^[^\t\n\0]+\t[A-Za-z0-9+/]+\t[A-Za-z0-9+/]+\r?$/m

/** Whether the first 64 KB of a dictd index hold an entry line (a binary file holds none). */
function hasDictdEntry(path: string): boolean {
  const head = Buffer.alloc(65536)
  const descriptor = openSync(path, 'r')
  try {
    const read = readSync(descriptor, head, 0, head.length, 0)
    return dictdEntry.test(head.subarray(0, read).toString('utf8'))
  } finally {
    closeSync(descriptor)
  }
}

/**
 * An error from loading a dictd dictionary as one line naming its file, when it is the data's
 * fault: a `.dict.dz` that is not gzip, or cut short (zlib's errors name no file).
 *
 * @returns A usage error, or `error` as it is.
 */
export function dictionaryProblem(error: unknown, files: readonly [string, string]): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (typeof code !== 'string' || !code.startsWith('Z_')) return error
  return new UsageError(
    `--dictionary \`${files[0]}\`: cannot read \`${files[1]}\` (${(error as Error).message}), expected dictd's gzip-compressed entries`,
    { cause: error },
  )
}

/** Load the dictd dictionary named by `--dictionary` (see `dictionaryFiles`). */
export async function dictionaryOption(path: string | undefined): Promise<Dictionary | undefined> {
  const files = dictionaryFiles(path)
  if (!files) return undefined
  // The aligner's module, only when a dictionary is asked for: `fonte lint` does not need it.
  const { loadDictdDictionary } = await import('@fonte/align')
  return loadDictdDictionary(...files).catch((error: unknown) => {
    throw dictionaryProblem(error, files)
  })
}

/** The options `fonte align` and `fonte variants` share, as `parseArgs` declares them. */
export const sourceOptions = {
  en: { type: 'string', multiple: true },
  glossary: { type: 'string', short: 'g', multiple: true },
  dictionary: { type: 'string' },
  format: { type: 'string', short: 'f', default: 'text' },
  help: { type: 'boolean', short: 'h', default: false },
} as const
