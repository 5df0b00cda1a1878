import { readFile } from 'node:fs/promises'
import { fuzzyEdits, reviewEdits } from '@fonte/glossary/bilingual'
import {
  applyFixes,
  DocumentError,
  lintFile,
  type Fix,
  type Glossary,
  type GlossaryMessage,
  type LintOptions,
} from '@fonte/glossary'
import { VFile } from 'vfile'
import { UsageError } from './args.js'
import { decodeFile, declaredEncoding, type FileEncoding } from './encoding.js'
import type { InputFile } from './inputs.js'
import { inFile } from './in-file.js'
import { isWritable } from './paths.js'
import { writeFileAtomic } from './write-file.js'
import { reasonOf } from './reasons.js'

/**
 * Linting one file and fixing files in place for `fonte lint`: the files' encodings, the fixes
 * applied again on the fixed text, and files replaced whole or not at all.
 */

/** How many times `--fix` lints and fixes a file again, for fixes that overlapped. */
const fixPasses = 3

/**
 * Lint one file's text.
 *
 * @throws {DocumentError} Naming the file, when it cannot be read as its format (malformed PO
 *   or XLIFF, Markdown nested deeper than fonte reads).
 */
export function lintOne(
  path: string,
  text: string,
  glossary: Glossary,
  options: LintOptions,
): VFile {
  const file = new VFile({ path, value: text })
  inFile(path, () => lintFile(file, glossary, options))
  return file
}

/**
 * Read again, from their bytes, the files that UTF-8 did not read right or that declare another
 * encoding (a PO charset, an XML declaration), and every file `--fix` may write.
 *
 * @returns The encoding of each file read from its bytes, by input.
 */
export async function decodeInputs(
  inputs: InputFile[],
  fix: boolean,
  read: Map<InputFile, Buffer>,
): Promise<Map<InputFile, FileEncoding | { reason: string }>> {
  const encodings = new Map<InputFile, FileEncoding | { reason: string }>()
  for (const input of inputs) {
    if (input.path === '-') continue
    const declared = declaredEncoding(input.text)
    const plain =
      !input.text.includes('\uFFFD') && (declared === undefined || /^utf-?8$/.test(declared))
    if (plain && !fix) continue
    const bytes = await readFile(input.path)
    const decoded = decodeFile(bytes)
    input.text = decoded.text
    encodings.set(input, decoded.encoding)
    read.set(input, bytes)
  }
  return encodings
}

/**
 * Apply the fixes of every file (again on the fixed text, for fixes that overlapped), check that
 * each fixed text still reads as its format and can be encoded as the file was, then replace the
 * files. Nothing is written when one file cannot be.
 *
 * @returns The files as linted after their fixes.
 */
export async function fixFiles(
  files: VFile[],
  inputs: readonly InputFile[],
  encodings: ReadonlyMap<InputFile, FileEncoding | { reason: string }>,
  context: {
    read: ReadonlyMap<InputFile, Buffer>
    glossary: Glossary
    optionsFor: (input: InputFile, index: number) => LintOptions
    fuzzy: boolean
  },
): Promise<VFile[]> {
  const results: VFile[] = []
  const writes: Array<{ path: string; bytes: Uint8Array; before: Buffer | undefined }> = []
  const problems: string[] = []
  for (const [index, input] of inputs.entries()) {
    let file = files[index] as VFile
    if (input.path === '-') {
      results.push(file)
      continue
    }
    const options = context.optionsFor(input, index)
    let text = input.text
    for (let pass = 0; pass < fixPasses; pass++) {
      const fixes = file.messages.flatMap((message) => {
        const found = (message as GlossaryMessage).fix
        return found ? [found] : []
      })
      if (fixes.length === 0) break
      const edits: Fix[] = context.fuzzy ? reviewMarks(input.path, text, fixes) : []
      const { text: fixed, applied } = applyFixes(text, [
        ...file.messages,
        ...edits.map((edit) => ({ fix: edit }) as unknown as GlossaryMessage),
      ])
      if (applied === 0 || fixed === text) break
      text = fixed
      try {
        file = lintOne(input.path, text, context.glossary, options)
      } catch (error) {
        if (!(error instanceof DocumentError)) throw error
        // A fix must never break a file: refuse to write it, and say so.
        problems.push(
          `${input.path}: not fixed, the fixed text would not read: ${(error as Error).message}`,
        )
        text = input.text
        file = files[index] as VFile
        break
      }
    }
    results.push(file)
    if (text === input.text) continue
    if (!(await isWritable(input.path))) {
      problems.push(`cannot fix \`${input.path}\`: the file is read-only; it is unchanged`)
      continue
    }
    const encoding = encodings.get(input) ?? { reason: 'it was not read from its bytes' }
    const bytes = 'encode' in encoding ? encoding.encode(text) : encoding
    if ('reason' in bytes) problems.push(`cannot fix \`${input.path}\`: ${bytes.reason}`)
    else writes.push({ path: input.path, bytes, before: context.read.get(input) })
  }
  if (problems.length > 0) throw new UsageError(problems)
  for (const { path, bytes, before } of writes) {
    // Someone saved the file while it was linted: their edit wins, the fix waits for a new run.
    const now = await readFile(path).catch(() => undefined)
    if (before && (!now || !now.equals(before))) {
      throw new UsageError(
        `cannot fix \`${path}\`: it changed while fonte was fixing it; run again`,
      )
    }
    try {
      await writeFileAtomic(path, bytes)
    } catch (error) {
      throw new UsageError(`cannot write \`${path}\`: ${reasonOf(error)}; the file is unchanged`, {
        cause: error,
      })
    }
  }
  return results
}

/**
 * The edits that mark fixed entries for review (`--fix-fuzzy`): PO entries get `#, fuzzy`, XLIFF
 * targets a review state; other formats have no such mark.
 */
function reviewMarks(path: string, text: string, fixes: readonly Fix[]): Fix[] {
  const offsets = fixes.map((found) => found.range[0])
  if (/\.pot?$/i.test(path)) return fuzzyEdits(text, path, offsets)
  if (/\.(xlf|xliff)$/i.test(path)) return reviewEdits(text, path, offsets)
  return []
}
