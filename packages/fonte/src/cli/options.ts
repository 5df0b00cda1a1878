import { existsSync } from 'node:fs'
import type { Dictionary } from '@fonte/align'
import { loadGlossary, type Glossary } from '@fonte/glossary'
import { UsageError } from './args.js'
import { assertRegularFile } from './paths.js'

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
  for (const path of paths) assertRegularFile(path, 'term base ')
  return loadGlossary(paths)
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
  assertRegularFile(path, 'dictionary ')
  const stem = path.slice(0, -'.index'.length)
  const entries = [`${stem}.dict.dz`, `${stem}.dict`].find((candidate) => existsSync(candidate))
  if (entries === undefined) {
    throw new UsageError(`--dictionary \`${path}\`: no ${stem}.dict.dz or ${stem}.dict beside it`)
  }
  return [path, entries]
}

/** Load the dictd dictionary named by `--dictionary` (see `dictionaryFiles`). */
export async function dictionaryOption(path: string | undefined): Promise<Dictionary | undefined> {
  const files = dictionaryFiles(path)
  if (!files) return undefined
  // The aligner's module, only when a dictionary is asked for: `fonte lint` does not need it.
  const { loadDictdDictionary } = await import('@fonte/align')
  return loadDictdDictionary(...files)
}

/** The options `fonte align` and `fonte variants` share, as `parseArgs` declares them. */
export const sourceOptions = {
  en: { type: 'string', multiple: true },
  glossary: { type: 'string', short: 'g', multiple: true },
  dictionary: { type: 'string' },
  format: { type: 'string', short: 'f', default: 'text' },
  help: { type: 'boolean', short: 'h', default: false },
} as const
