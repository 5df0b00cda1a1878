// The English sources `fonte report` and `fonte variants` read: those given with --en (files,
// folders, indexes) checked as `fonte align` checks its own, those beside the articles only for
// what would stall a run.
import {
  englishSourceProblem,
  IndexFormatError,
  indexFormatHeader,
  maxSourceLength,
  readIndexedDocuments,
  type EnglishSource,
} from '@fonte/align'
import { UsageError } from './args.js'
import { emptyFolder, filesIn, filesNamed, readText, textExtensions, textOnly } from './inputs.js'

/**
 * The English sources a path given with `--en` names: a file, the text files of a folder (one
 * story a file, sorted, dot files skipped, as `fonte align` reads one) or the stories of a fonte
 * index (`fonte index`), each file checked as `fonte align` checks one: text, not empty, not in
 * another language, not too large to trace (a 50 MB file took minutes, silently), not `-` (read
 * from files only).
 *
 * @throws {UsageError} Naming the file and what is wrong with it, or the folder with no text
 *   file.
 */
export async function englishSourcesAt(path: string): Promise<EnglishSource[]> {
  // Read as a file name, `-` was "cannot read `-`: no such file", which hid the reason.
  if (path === '-') {
    throw new UsageError(
      'English source `-`: this command reads English sources from files only; give a file (fonte align and fonte index read one from standard input)',
    )
  }
  const sources: EnglishSource[] = []
  for (const file of await filesNamed(path, sourceFilesIn)) {
    const text = textOnly(file, await readText(file))
    if (text.startsWith(`${indexFormatHeader} `)) {
      sources.push(...indexedStories(file, text))
      continue
    }
    const problem = englishSourceProblem(text)
    if (problem) throw new UsageError(`English source \`${file}\` ${problem}`)
    sources.push({ file, text })
  }
  return sources
}

/** The text files of a folder of English sources; none is an error. */
export async function sourceFilesIn(folder: string): Promise<string[]> {
  const files = await filesIn(folder, textExtensions)
  if (files.length === 0) throw emptyFolder(folder, textExtensions)
  return files
}

/**
 * The stories of the fonte index `text` read from `file`, as the files it was made from (checked
 * when it was made); the index's keys are not read, since a report cuts and keys each story again.
 *
 * @throws {UsageError} Naming the file, when it is not an index this version reads.
 */
function indexedStories(file: string, text: string): EnglishSource[] {
  try {
    return readIndexedDocuments(text)
  } catch (error) {
    if (error instanceof IndexFormatError) {
      throw new UsageError(`\`${file}\`: ${error.message}`, { cause: error })
    }
    throw error
  }
}

/**
 * The `sources.en.md` beside an article, refused only when binary or too large to trace: an
 * empty one is an article without sources, and the language check, about 1.5 ms a source, is
 * left to `fonte align` (a report reads hundreds).
 *
 * @throws {UsageError} Naming the file, when it is binary or too large.
 */
export async function sourceBeside(file: string): Promise<{ file: string; text: string }> {
  const text = textOnly(file, await readText(file))
  // Too large, `englishSourceProblem`'s first check says so, in its words.
  if (text.length > maxSourceLength)
    throw new UsageError(`English source \`${file}\` ${englishSourceProblem(text)}`)
  return { file, text }
}
