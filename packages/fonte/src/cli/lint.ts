import { mkdir, readFile } from 'node:fs/promises'
import { dirname, extname, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  applyFixes,
  DocumentError,
  fuzzyEdits,
  lintFile,
  reviewEdits,
  rules,
  type Fix,
  type Glossary,
  type GlossaryMessage,
  type LintOptions,
  type RuleId,
  type Severity,
} from '@fonte/glossary'
import { VFile } from 'vfile'
import { findConfig } from './config.js'
import { decodeFile, declaredEncoding, type FileEncoding } from './encoding.js'
import { formatResults, severityOf, toEslintLine, type LintFormat } from './formats.js'
import { Ignore } from './ignore.js'
import { glossaryOption } from './options.js'
import { jobsOption, UsageError } from './args.js'
import { readInputs, readText, type InputFile } from './inputs.js'
import type { Io } from './io.js'
import { lintInParallel } from '../pool/lint-pool.js'
import { parallelFrom, progressReporter } from './progress.js'
import { writeFileAtomic } from './write-file.js'

/** Keep only errors under --quiet. */
function quietly(file: VFile, quiet: boolean): VFile {
  if (quiet) file.messages = file.messages.filter((message) => message.fatal)
  return file
}

export const lintHelp = `Usage: fonte lint [options] <file|folder|->...

Check translations against term bases: forbidden terms, terms missing from a translation of
a known source, and one concept rendered two ways in one document.

Reads Markdown (.md), text (.txt), XLIFF 1.2/2.0 (.xlf, .xliff) and gettext PO (.po, .pot).

Options:
  -g, --glossary <file>        a term base (.yaml, .json, .tbx, .csv); repeat to merge several
  -s, --source <file>          the English source of a Markdown or text input; repeat to pair
                               sources with inputs in order
  -f, --format <name>          stylish (default), json (ESLint), jsonl (one ESLint result per
                               line, streamed), sarif (2.1.0), github
  -o, --output-file <file>     write the report to a file instead of standard output
  -j, --jobs <n>               worker threads for many files (default: all cores from 16 files)
      --fix                    apply the suggested replacements to the files (UTF-8, UTF-16
                               and ISO-8859-1; each file replaced whole, never half-written)
      --fix-fuzzy              --fix, and mark each fixed entry for review (PO: \`#, fuzzy\`;
                               XLIFF: the target's review state)
      --stdin-filename <name>  the name of standard input, whose extension chooses its format
                               (\`- --stdin-filename it.po\` reads PO)
      --ignore-path <file>     an ignore file in gitignore syntax (default: .fonteignore)
      --ignore-pattern <glob>  a pattern of files to leave out; repeatable
      --no-ignore              lint ignored files too
      --rule <id=severity>     set a rule to error, warn or off; repeatable
      --max-warnings <n>       exit 1 when there are more than n warnings
      --quiet                  report errors only
      --exit-zero              exit 0 even when errors are found
  -c, --config <file>          config file (default: nearest .fonterc.json or fonte.config.json)
      --no-config              ignore config files
  -h, --help                   show this help

Rules: forbidden-term (error), missing-term (error), inconsistent-term (warning).
Silence findings with <!-- fonte-disable-next-line forbidden-term --> and the like; in PO, a
translator comment \`# fonte-disable-next-entry\` silences the entry below it, and in XLIFF
\`<!-- fonte-disable-next-entry -->\` or \`<note>fonte-disable-entry</note>\` a unit.
Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, file or term base error.`

const extensions = ['.md', '.markdown', '.txt', '.xlf', '.xliff', '.po', '.pot']

/** How many times `--fix` lints and fixes a file again, for fixes that overlapped. */
const fixPasses = 3

/** `fonte lint`: glossary lint of translations. */
export async function runLint(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      glossary: { type: 'string', short: 'g', multiple: true },
      source: { type: 'string', short: 's', multiple: true },
      format: { type: 'string', short: 'f', default: 'stylish' },
      'output-file': { type: 'string', short: 'o' },
      jobs: { type: 'string', short: 'j' },
      fix: { type: 'boolean', default: false },
      'fix-fuzzy': { type: 'boolean', default: false },
      'stdin-filename': { type: 'string' },
      'ignore-path': { type: 'string' },
      'ignore-pattern': { type: 'string', multiple: true },
      'no-ignore': { type: 'boolean', default: false },
      rule: { type: 'string', multiple: true },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'exit-zero': { type: 'boolean', default: false },
      config: { type: 'string', short: 'c' },
      'no-config': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    io.out(lintHelp)
    return 0
  }
  const format = values.format as LintFormat
  if (!['stylish', 'json', 'jsonl', 'sarif', 'github'].includes(format)) {
    throw new UsageError(
      `unknown --format \`${values.format}\`, expected stylish, json, jsonl, sarif or github`,
    )
  }
  const fix = values.fix || values['fix-fuzzy']
  const jobs = jobsOption(values.jobs)
  if (positionals.length === 0)
    throw new UsageError('no input: give files, folders or - for standard input')
  const stdinName = values['stdin-filename']
  if (stdinName !== undefined && !extensions.includes(extname(stdinName).toLowerCase())) {
    throw new UsageError(
      `unknown --stdin-filename \`${stdinName}\`, expected a name ending in ${extensions.join(', ')}`,
    )
  }

  const found = values['no-config'] ? undefined : findConfig(process.cwd(), values.config)
  const config = found?.config ?? {}
  const glossaries = [
    ...(config.glossary ?? []).map((path) => relative(process.cwd(), path) || path),
    ...(values.glossary ?? []),
  ]
  if (glossaries.length === 0) {
    throw new UsageError('no term base: give one with --glossary (or "glossary" in .fonterc.json)')
  }
  const severities = ruleSeverities(config.rules, values.rule)
  const maxWarnings = maxWarningsOption(config.maxWarnings, values['max-warnings'])

  const ignore = new Ignore(process.cwd(), {
    ignorePath: values['ignore-path'],
    patterns: values['ignore-pattern'],
    configured: found && { base: dirname(found.path), patterns: config.ignorePatterns ?? [] },
    noIgnore: values['no-ignore'],
  })
  const inputs = withoutIgnored(
    await readInputs(positionals, stdinReader(io, stdinName), extensions),
    positionals,
    ignore,
    io,
  )
  // The bytes of each file as read for --fix, to tell whether it changed before the write.
  const read = new Map<InputFile, Buffer>()
  const encodings = await decodeInputs(inputs, fix, read)
  const sources = values.source ?? []
  if (sources.length > 1 && sources.length !== inputs.length) {
    throw new UsageError(
      `${sources.length} sources for ${inputs.length} inputs: give one --source per input, in order, or one for a single input`,
    )
  }
  const sourceTexts = await Promise.all(sources.map((path) => readText(path, 'source ')))
  const nameOf = (input: InputFile) =>
    input.path === '-' && stdinName !== undefined ? stdinName : input.path
  const optionsFor = (input: InputFile, index: number): LintOptions => {
    const options: LintOptions = { rules: severities }
    const source = sources.length === 1 ? sourceTexts[0] : sourceTexts[index]
    if (source !== undefined) options.source = source
    if (input.path === '-' && stdinName === undefined) options.format = 'markdown'
    return options
  }

  // Many files go to a pool of worker threads, streamed back in order; a fix, per-file sources
  // and standard input stay in this thread.
  const parallel =
    !fix &&
    sources.length <= 1 &&
    !inputs.some((input) => input.path === '-') &&
    (jobs === undefined ? inputs.length >= parallelFrom : jobs > 1)
  const progress = progressReporter(io, 'fonte lint', inputs.length, 'files')
  const output = outputTo(io, values['output-file'])
  const stream = format === 'jsonl'
  let files: VFile[] = []
  if (parallel) {
    const options: LintOptions = { rules: severities }
    if (sourceTexts[0] !== undefined) options.source = sourceTexts[0]
    try {
      files = await lintInParallel(inputs, {
        glossaries,
        options,
        jobs,
        onFile: (file, index) => {
          progress(index + 1)
          if (stream) output.line(toEslintLine(quietly(file, values.quiet)))
        },
      })
    } catch (error) {
      throw new UsageError((error as Error).message.replace(/^Error: /, ''), { cause: error })
    }
  } else {
    // Compiled here only: on the parallel path each worker compiles its own.
    const glossary = (await glossaryOption(glossaries)) as Glossary
    for (const [index, input] of inputs.entries()) {
      files.push(lintOne(nameOf(input), input.text, glossary, optionsFor(input, index)))
      progress(index + 1)
      if (stream && !fix) output.line(toEslintLine(quietly(files[index] as VFile, values.quiet)))
    }
    if (fix) {
      files = await fixFiles(files, inputs, encodings, {
        read,
        glossary,
        optionsFor,
        fuzzy: values['fix-fuzzy'],
      })
      if (stream) for (const file of files) output.line(toEslintLine(quietly(file, values.quiet)))
    }
  }
  progress(-1)
  for (const file of files) quietly(file, values.quiet)

  if (!stream) {
    const report = formatResults(format, files, {
      rules,
      version: io.version,
      color: io.color && values['output-file'] === undefined,
      quiet: values.quiet,
    })
    if (report) output.line(report)
  }
  await output.close()
  const errors = files.reduce(
    (sum, file) => sum + file.messages.filter((message) => severityOf(message) === 2).length,
    0,
  )
  const warnings = files.reduce(
    (sum, file) => sum + file.messages.filter((message) => severityOf(message) === 1).length,
    0,
  )
  if (values['exit-zero']) return 0
  if (errors > 0) return 1
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.err(`fonte lint: ${warnings} warnings, more than --max-warnings ${maxWarnings}`)
    return 1
  }
  return 0
}

function ruleSeverities(
  configured: Record<string, Severity> | undefined,
  settings: readonly string[] | undefined,
): Partial<Record<RuleId, Severity>> {
  const severities: Partial<Record<RuleId, Severity>> = {
    ...(configured as Partial<Record<RuleId, Severity>>),
  }
  for (const setting of settings ?? []) {
    const [id, severity] = setting.split('=')
    if (
      !id ||
      !rules.some((rule) => rule.id === id) ||
      !['error', 'warn', 'off'].includes(severity ?? '')
    ) {
      throw new UsageError(
        `unknown --rule \`${setting}\`, expected <rule>=<error|warn|off> with a rule of ${rules.map((rule) => rule.id).join(', ')}`,
      )
    }
    severities[id as RuleId] = severity as Severity
  }
  return severities
}

function maxWarningsOption(configured: number | undefined, given: string | undefined) {
  if (given === undefined) return configured
  const value = Number(given)
  if (!Number.isInteger(value) || value < 0) {
    throw new UsageError(`unknown --max-warnings \`${given}\`, expected a whole number`)
  }
  return value
}

/**
 * Leave out ignored files. A file found in a folder or by a glob goes silently; a file named on
 * the command line is left out with a warning, as ESLint does.
 */
function withoutIgnored(
  inputs: InputFile[],
  positionals: readonly string[],
  ignore: Ignore,
  io: Io,
): InputFile[] {
  const named = new Set(positionals)
  // A file named twice (or named and found in a folder) is linted once: one finding, one report.
  const seen = new Set<string>()
  const kept = inputs.filter((input) => {
    if (input.path !== '-') {
      const absolute = resolve(input.path)
      if (seen.has(absolute)) return false
      seen.add(absolute)
    }
    if (input.path === '-' || !ignore.ignores(input.path)) return true
    if (named.has(input.path)) {
      io.err(
        `fonte lint: ${input.path}: warning: file ignored because of a matching ignore pattern (use --no-ignore to lint it)`,
      )
    }
    return false
  })
  const droppedFound = inputs.some(
    (input) => !kept.includes(input) && !named.has(input.path) && ignore.ignores(input.path),
  )
  if (kept.length === 0 && droppedFound) {
    throw new UsageError(
      `all files matched by ${positionals.join(' ')} are ignored (use --no-ignore to lint them)`,
    )
  }
  return kept
}

/**
 * Read again, from their bytes, the files that UTF-8 did not read right or that declare another
 * encoding (a PO charset, an XML declaration), and every file `--fix` may write.
 *
 * @returns The encoding of each file read from its bytes, by input.
 */
async function decodeInputs(
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
 * Standard input as text: a PO or XLIFF file named by --stdin-filename is decoded as it declares
 * (a Latin-1 catalogue piped in reads right), anything else as UTF-8; bytes that are not in the
 * encoding declared are refused, as a file's are.
 */
function stdinReader(io: Io, name: string | undefined): () => Promise<string> {
  const bytes = io.stdinBytes
  if (name === undefined || !bytes || !/\.(pot?|xlf|xliff)$/i.test(name)) return io.stdin
  return async () => {
    const { text, encoding } = decodeFile(await bytes())
    if ('reason' in encoding && !encoding.reason.startsWith('it is in '))
      throw new UsageError(`cannot read standard input: ${encoding.reason.replace(/^it is /, '')}`)
    return text
  }
}

function lintOne(path: string, text: string, glossary: Glossary, options: LintOptions): VFile {
  const file = new VFile({ path, value: text })
  try {
    lintFile(file, glossary, options)
  } catch (error) {
    if (error instanceof DocumentError) throw new UsageError(error.message, { cause: error })
    throw error
  }
  return file
}

/**
 * Apply the fixes of every file (again on the fixed text, for fixes that overlapped), check that
 * each fixed text still reads as its format and can be encoded as the file was, then replace the
 * files. Nothing is written when one file cannot be.
 *
 * @returns The files as linted after their fixes.
 */
async function fixFiles(
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
    const encoding = encodings.get(input) ?? { reason: 'it was not read from its bytes' }
    const bytes = 'encode' in encoding ? encoding.encode(text) : encoding
    if ('reason' in bytes) problems.push(`cannot fix \`${input.path}\`: ${bytes.reason}`)
    else writes.push({ path: input.path, bytes, before: context.read.get(input) })
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'))
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
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
      throw new UsageError(`cannot write \`${path}\` (${code}); the file is unchanged`, {
        cause: error,
      })
    }
  }
  return results
}

/** Where the report goes: standard output, or a file written whole at the end (`-o`). */
function outputTo(io: Io, path: string | undefined) {
  const lines: string[] = []
  return {
    line: (text: string) => (path === undefined ? io.out(text) : lines.push(text)),
    close: async () => {
      if (path === undefined) return
      try {
        await mkdir(dirname(resolve(path)), { recursive: true })
        await writeFileAtomic(path, lines.length > 0 ? `${lines.join('\n')}\n` : '')
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
        throw new UsageError(`cannot write --output-file \`${path}\` (${code})`, { cause: error })
      }
    },
  }
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
