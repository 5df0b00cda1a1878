// The English sources `fonte report` and `fonte variants` read: those given with --en checked as
// `fonte align` checks its own, those beside the articles only for what would stall a run.
import { englishSourceProblem, indexFormatHeader, maxSourceLength } from '@fonte/align'
import { UsageError } from './args.js'
import { readText, textOnly } from './inputs.js'

/**
 * An English source named by `--en`, checked as `fonte align` checks one: text, not empty, not
 * in another language, not too large to trace (a 50 MB file took minutes, silently), not an
 * index (read as text, it traced nothing, silently), not `-` (read from files only).
 *
 * @throws {UsageError} Naming the file and what is wrong with it.
 */
export async function englishSource(file: string): Promise<{ file: string; text: string }> {
  // Read as a file name, `-` was "cannot read `-`: no such file", which hid the reason.
  if (file === '-') {
    throw new UsageError(
      'English source `-`: this command reads English sources from files only; give a file (fonte align and fonte index read one from standard input)',
    )
  }
  const text = textOnly(file, await readText(file))
  if (text.startsWith(`${indexFormatHeader} `)) {
    throw new UsageError(
      `English source \`${file}\` is a fonte index: give the English files it was made from (only fonte align reads indexes)`,
    )
  }
  const problem = englishSourceProblem(text)
  if (problem) throw new UsageError(`English source \`${file}\` ${problem}`)
  return { file, text }
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
