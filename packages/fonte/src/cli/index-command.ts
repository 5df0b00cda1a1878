import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { rename, stat, unlink, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import {
  createEnglishIndex,
  type EnglishIndex,
  type EnglishIndexOptions,
  IndexFormatError,
  indexFormatHeader,
  loadEnglishIndex,
} from '@fonte/align'
import { formatOption, inputsOption, UsageError } from './args.js'
import { emptyFolder, filesIn, filesNamed, readText, textExtensions } from './inputs.js'
import type { Io } from './io.js'
import { dictionaryOption } from './options.js'
import { assertNotRead, assertWritableFile } from './paths.js'
import { reasonOf } from './reasons.js'
import { makeFolders } from '../make-folders.js'
import { counted } from '../count.js'

export const indexHelp = `Usage: fonte index [options] <file|folder|glob|->... --out <file>

Build an index of English sources (wire stories, one file each, or folders of them) once, to
trace many articles against them: \`fonte align article.md --en wire.index\`.

Folders are searched for .md, .markdown, .txt and .text files (dot folders skipped); - reads
one story from standard input, named - in the index.

Options:
  -o, --out <file>         where to write the index (required; written whole or not at all)
      --dictionary <file>  a dictd .index (FreeDict EN–IT from Debian: optional, GPL) as keys
  -f, --format <name>      text (default) or json: what was indexed
  -h, --help               show this help

Exit codes: 0 done, 2 usage or file error (a file that is not English text is named).`

// Languages a non-English source is most likely to be in, so that one is not mistaken for
// English for want of a better candidate.
const candidateLanguages = ['eng', 'ita', 'fra', 'deu', 'spa', 'por', 'nld']
// Their names, for the message `fonte align` and `report` give: "looks Italian, not English".
const languageNames: Record<string, string> = {
  ita: 'Italian',
  fra: 'French',
  deu: 'German',
  spa: 'Spanish',
  por: 'Portuguese',
  nld: 'Dutch',
}
// Enough text to tell the language, without reading a day of wire twice.
const languageSample = 4000
// A story or a day's feed is a few megabytes; beyond this, a file is not one (a dump, a log).
const largestSource = 64 * 2 ** 20

/** `fonte index`: an index of English sources, written to a file. */
export async function runIndex(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      dictionary: { type: 'string' },
      format: { type: 'string', short: 'f', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    io.out(indexHelp)
    return 0
  }
  const format = formatOption(values.format, ['text', 'json'])
  const inputs = inputsOption(positionals, 'English files, folders or - for standard input')
  if (!values.out) throw new UsageError('no --out: name the index file to write')
  const dictionary = await dictionaryOption(values.dictionary)
  const files = await englishFiles(inputs)
  await assertWritableFile(values.out, '--out')
  assertNotRead(values.out, '--out', files)
  assertIndexOrNew(values.out)
  const index = createEnglishIndex(null, { dictionary })
  for (const file of files) {
    const text =
      file === '-' ? await englishText(file, await io.stdin()) : await readEnglishText(file)
    const before = index.store.sentenceCount
    index.add({ file, text })
    if (index.store.sentenceCount === before) {
      throw new UsageError(`\`${file}\`: no English sentence in it, nothing to index`)
    }
  }
  await writeAtomically(values.out, index.serialise())
  const summary = {
    out: values.out,
    files: index.store.documentCount,
    sentences: index.store.sentenceCount,
    keys: index.store.keyCount,
  }
  if (format === 'json') io.out(JSON.stringify(summary))
  else {
    io.out(
      `indexed ${counted(summary.sentences, 'sentence')} of ${counted(summary.files, 'file')} (${counted(summary.keys, 'key')}) into ${summary.out}`,
    )
  }
  return 0
}

/**
 * Whether a file is a fonte index (it starts with the index header), so that `--en` can take
 * an index as well as English texts.
 */
export function isIndexFile(path: string): boolean {
  let descriptor: number | undefined
  try {
    // Opening a named pipe waits for a writer: only a regular file can be an index.
    if (!statSync(path).isFile()) return false
    descriptor = openSync(path, 'r')
    const head = Buffer.alloc(32)
    const read = readSync(descriptor, head, 0, head.length, 0)
    return head.subarray(0, read).toString('utf8').startsWith(`${indexFormatHeader} `)
  } catch {
    return false
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

/**
 * Refuse to replace a file that is not an index: `--out article.md` by mistake would lose it.
 * An index (of any version) or an empty file is replaced.
 *
 * @throws {UsageError} Naming the file.
 */
function assertIndexOrNew(path: string): void {
  const info = statSync(path, { throwIfNoEntry: false })
  if (!info || info.size === 0 || isIndexFile(path)) return
  throw new UsageError(
    `cannot write \`${path}\` (--out): it exists and is not a fonte index; give a new file or remove it first`,
  )
}

/**
 * Read an index that `fonte index` wrote.
 *
 * @param path - The index file.
 * @param options - The dictionary and lexicon settings for the Italian side of queries (optional).
 * @throws {UsageError} Naming the file, when it cannot be read or is not an index of this version.
 */
export async function readIndexFile(
  path: string,
  options?: Omit<EnglishIndexOptions, 'store'> | null,
): Promise<EnglishIndex> {
  const text = await readText(path, 'index ')
  try {
    return loadEnglishIndex(text, options)
  } catch (error) {
    if (error instanceof IndexFormatError) {
      throw new UsageError(`\`${path}\`: ${error.message}`, { cause: error })
    }
    throw error
  }
}

/**
 * Read an English source and check that it is English text: not binary, not empty, not in
 * another language.
 *
 * @throws {UsageError} Naming the file and what is wrong with it.
 */
export async function readEnglishText(file: string): Promise<string> {
  const size = await stat(file).then(
    (info) => info.size,
    () => 0,
  )
  if (size > largestSource) {
    throw new UsageError(
      `\`${file}\`: too large (${Math.round(size / 2 ** 20)} MB), expected an English story of at most ${largestSource / 2 ** 20} MB: split the feed into stories`,
    )
  }
  return englishText(file, await readText(file, '', { expected: 'English text' }))
}

/**
 * `text`, read from `file`, when it is English text. `@fonte/lang` is loaded only here: `fonte
 * align`, which reads indexes through this module, does not pay for franc (~35 ms a run).
 *
 * @throws {UsageError} Naming the file, when it is binary, empty or in another language.
 */
async function englishText(file: string, text: string): Promise<string> {
  const refuse = (problem: string) => new UsageError(`English source \`${file}\` ${problem}`)
  if (text.includes('\u0000') || (text.match(/\uFFFD/g)?.length ?? 0) > 8) {
    throw refuse('looks binary, not text')
  }
  if (!/\p{L}/u.test(text)) throw refuse('has no text')
  const { identifyLanguage } = await import('@fonte/lang')
  const language = identifyLanguage(text.slice(0, languageSample), { only: candidateLanguages })
  if (language !== 'eng' && language !== 'und') {
    throw refuse(`looks ${languageNames[language] ?? language}, not English`)
  }
  return text
}

/** The files named: files as they are, folders searched, globs expanded; each once, in order. */
async function englishFiles(paths: readonly string[]): Promise<string[]> {
  const found: string[] = []
  for (const path of paths) {
    if (path === '-') found.push(path)
    else found.push(...(await filesNamed(path, storiesIn)))
  }
  return [...new Set(found)]
}

/** The text files of a folder of stories; none is an error. */
async function storiesIn(folder: string): Promise<string[]> {
  const files = await filesIn(folder, textExtensions)
  if (files.length === 0) throw emptyFolder(folder, textExtensions)
  return files
}

/** Write a file whole or not at all: to a temporary file beside it, then renamed over it. */
async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  try {
    // As `lint -o` and `report --out` do: a new folder for the index is made, not an error.
    await makeFolders(dirname(path))
    await writeFile(temporary, content)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw new UsageError(`cannot write \`${path}\`: ${reasonOf(error)}`, { cause: error })
  }
}
