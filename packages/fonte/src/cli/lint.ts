import { realpathSync } from 'node:fs'
import { dirname, extname, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { rules, type Glossary, type LintOptions, type RuleId, type Severity } from '@fonte/glossary'
import type { VFile } from 'vfile'
import { formatOption, inputsOption, jobsOption, UsageError } from './args.js'
import { findConfig } from './config.js'
import { decodeFile, type FileEncoding } from './encoding.js'
import { formatResults, severityOf, toEslintLine, type LintFormat } from './formats.js'
import { Ignore } from './ignore.js'
import { readInputs, readText, textOnly, type InputFile } from './inputs.js'
import type { Io } from './io.js'
import { openLexiconCache } from './lexicon-cache.js'
import { decodeInputs, fixFiles, lintOne } from './lint-files.js'
import { assertTermBaseFile, glossaryOption } from './options.js'
import { assertNotRead, assertWritableFile } from './paths.js'
import { makeFolders } from '../make-folders.js'
import { parallelFrom, progressReporter } from './progress.js'
import { oneLine, reasonOf } from './reasons.js'
import { writeFileAtomic } from './write-file.js'
import { counted } from '../count.js'

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
  -s, --source <file>          the English source of a Markdown or text input (- for standard
                               input); repeat to pair sources with inputs in order
  -f, --format <name>          stylish (default), json (ESLint), jsonl (one ESLint result per
                               line, streamed), sarif (2.1.0), github
  -o, --output-file <file>     write the report to a file instead of standard output
  -j, --jobs <n>               threads at most, this one included (default: all cores from 16
                               files); a worker starts only for enough text and an idle core
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
      --no-cache               do not keep the lexicon's answers between runs (in
                               $XDG_CACHE_HOME/fonte or ~/.cache/fonte; also FONTE_CACHE=0)
  -h, --help                   show this help

Rules: forbidden-term (error), missing-term (error), inconsistent-term (warning).
Silence findings with <!-- fonte-disable-next-line forbidden-term --> and the like; in PO, a
translator comment \`# fonte-disable-next-entry\` silences the entry below it, and in XLIFF
\`<!-- fonte-disable-next-entry -->\` or \`<note>fonte-disable-entry</note>\` a unit.
Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, file or term base error.`

const extensions = ['.md', '.markdown', '.txt', '.xlf', '.xliff', '.po', '.pot']

const formats = ['stylish', 'json', 'jsonl', 'sarif', 'github'] as const

const lintOptions = {
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
  'no-cache': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const

type LintValues = ReturnType<typeof parseArgs<{ options: typeof lintOptions }>>['values']

/** What the command line and the config file ask of a run, checked. */
interface LintSettings {
  values: LintValues
  format: LintFormat
  fix: boolean
  jobs: number | undefined
  stdinName: string | undefined
  glossaries: string[]
  severities: Partial<Record<RuleId, Severity>>
  maxWarnings: number | undefined
  ignore: Ignore
}

/** The files to lint, as read, with the English sources given for them. */
interface LintInputs {
  inputs: InputFile[]
  /** The bytes of each file as read for --fix, to tell whether it changed before the write. */
  read: Map<InputFile, Buffer>
  encodings: Map<InputFile, FileEncoding | { reason: string }>
  sourceTexts: string[]
}

/** `fonte lint`: glossary lint of translations. */
export async function runLint(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: lintOptions })
  if (values.help) {
    io.out(lintHelp)
    return 0
  }
  const settings = lintSettings(values, positionals)
  const read = await readLintInputs(settings, positionals, io)
  if (values['output-file'] !== undefined) {
    await assertWritableFile(values['output-file'], '--output-file')
    const readFiles = [...read.inputs.map((input) => input.path), ...settings.glossaries]
    assertNotRead(values['output-file'], '--output-file', [...readFiles, ...(values.source ?? [])])
  }
  const output = outputTo(io, values['output-file'])
  const files = await lintInputs(settings, read, io, output)
  for (const file of files) quietly(file, values.quiet)
  if (settings.format !== 'jsonl') {
    const report = formatResults(settings.format, files, {
      rules,
      version: io.version,
      color: io.color && values['output-file'] === undefined,
      quiet: values.quiet,
    })
    if (report) output.line(report)
  }
  await output.close()
  return exitCode(files, settings, io)
}

/**
 * Check the options and read the config file: the format, the term bases, rule severities, the
 * warning limit and the ignore patterns.
 *
 * @throws {UsageError} Naming the option or config field that is wrong.
 */
function lintSettings(values: LintValues, positionals: readonly string[]): LintSettings {
  const format = formatOption(values.format, formats)
  inputsOption(positionals)
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
  // Here, for the worker threads' runs too: reading a named pipe would wait for ever.
  for (const path of glossaries) assertTermBaseFile(path)
  return {
    values,
    format,
    fix: values.fix || values['fix-fuzzy'],
    jobs: jobsOption(values.jobs),
    stdinName,
    glossaries,
    severities: ruleSeverities(config.rules, values.rule, found?.path),
    maxWarnings: maxWarningsOption(config.maxWarnings, values['max-warnings']),
    ignore: new Ignore(process.cwd(), {
      ignorePath: values['ignore-path'],
      patterns: values['ignore-pattern'],
      configured: found && { base: dirname(found.path), patterns: config.ignorePatterns ?? [] },
      noIgnore: values['no-ignore'],
    }),
  }
}

/**
 * Read the files to lint (ignored ones left out, each file once, in its encoding) and the
 * English sources given with `--source`.
 *
 * @throws {UsageError} When a file cannot be read, or sources and inputs do not pair up.
 */
async function readLintInputs(
  settings: LintSettings,
  positionals: readonly string[],
  io: Io,
): Promise<LintInputs> {
  const stdin = stdinReader(io, settings.stdinName)
  const inputs = withoutIgnored(
    await readInputs(positionals, stdin, extensions, {
      warn: (message) => io.err(oneLine(`fonte lint: warning: ${message}`)),
    }),
    positionals,
    settings.ignore,
    io,
  )
  const read = new Map<InputFile, Buffer>()
  const encodings = await decodeInputs(inputs, settings.fix, read)
  const sources = settings.values.source ?? []
  if (sources.length > 1 && sources.length !== inputs.length) {
    throw new UsageError(
      `${counted(sources.length, 'source')} for ${counted(inputs.length, 'input')}: give one --source per input, in order, or one for a single input`,
    )
  }
  const stdinInput = inputs.some((input) => input.path === '-')
  if (sources.filter((path) => path === '-').length > (stdinInput ? 0 : 1)) {
    throw new UsageError('standard input is read once: give `-` as one input or one --source')
  }
  const sourceTexts: string[] = []
  for (const path of sources) sourceTexts.push(await readSource(path, io))
  return { inputs, read, encodings, sourceTexts }
}

/**
 * An English source named by `--source`: a file, or `-` for standard input; text, with a letter
 * in it, and not Italian. An empty source silenced every finding that needs the concept in the
 * source, with exit 0, and an Italian one (the article given twice, or the pair swapped) narrowed
 * them in silence; both are refused in `fonte align`'s words. `@fonte/lang` is loaded only here:
 * a lint without a source does not pay for franc.
 */
async function readSource(path: string, io: Io): Promise<string> {
  const text =
    path === '-'
      ? textOnly('standard input', await io.stdin())
      : textOnly(path, await readText(path, 'source '))
  if (!/\p{L}/u.test(text)) throw new UsageError(`English source \`${path}\` has no text`)
  const { identifyLanguage } = await import('@fonte/lang')
  if (identifyLanguage(text.slice(0, sourceSample)) === 'ita')
    throw new UsageError(`English source \`${path}\` looks Italian, not English`)
  return text
}

/** How much of a source tells its language: franc's answer settles long before (~20 k characters). */
const sourceSample = 20_000

/**
 * Lint every input: many files on a pool of worker threads, streamed back in order; a fix,
 * per-file sources and standard input in this thread. `jsonl` lines are written as files finish.
 */
async function lintInputs(
  settings: LintSettings,
  { inputs, read, encodings, sourceTexts }: LintInputs,
  io: Io,
  output: Output,
): Promise<VFile[]> {
  const { values, fix, jobs } = settings
  const stream = settings.format === 'jsonl'
  const progress = progressReporter(io, 'fonte lint', inputs.length, 'files')
  const onFile = (file: VFile, index: number) => {
    progress(index + 1)
    if (stream && !fix) output.line(toEslintLine(quietly(file, values.quiet)))
  }
  const parallel =
    !fix &&
    sourceTexts.length <= 1 &&
    inputs.length > 1 &&
    !inputs.some((input) => input.path === '-') &&
    (jobs === undefined ? inputs.length >= parallelFrom : jobs > 1)
  const files = parallel
    ? await lintOnWorkers(inputs, settings, sourceTexts[0], onFile)
    : await lintHere(inputs, settings, sourceTexts, { onFile, read, encodings })
  progress(-1)
  if (stream && fix)
    for (const file of files) output.line(toEslintLine(quietly(file, values.quiet)))
  return files
}

/** Lint on worker threads; the pool's module is loaded only for such runs. */
async function lintOnWorkers(
  inputs: readonly InputFile[],
  settings: LintSettings,
  source: string | undefined,
  onFile: (file: VFile, index: number) => void,
): Promise<VFile[]> {
  const { lintInParallel } = await import('../pool/lint-pool.js')
  const options: LintOptions = { rules: settings.severities }
  if (source !== undefined) options.source = source
  return lintInParallel(inputs, {
    glossaries: settings.glossaries,
    options,
    jobs: settings.jobs,
    onFile,
  })
}

/** Lint in this thread, then apply the fixes when `--fix` asks for them. */
async function lintHere(
  inputs: readonly InputFile[],
  settings: LintSettings,
  sourceTexts: readonly string[],
  context: Pick<LintInputs, 'read' | 'encodings'> & {
    onFile: (file: VFile, index: number) => void
  },
): Promise<VFile[]> {
  const { stdinName } = settings
  const optionsFor = (input: InputFile, index: number): LintOptions => {
    const options: LintOptions = { rules: settings.severities }
    const source = sourceTexts.length === 1 ? sourceTexts[0] : sourceTexts[index]
    if (source !== undefined) options.source = source
    if (input.path === '-' && stdinName === undefined) options.format = 'markdown'
    return options
  }
  const cache = settings.values['no-cache'] ? undefined : openLexiconCache()
  const glossary = (await glossaryOption(settings.glossaries)) as Glossary
  const files = inputs.map((input, index) => {
    const name = input.path === '-' && stdinName !== undefined ? stdinName : input.path
    const file = lintOne(name, input.text, glossary, optionsFor(input, index))
    context.onFile(file, index)
    return file
  })
  const fixed = settings.fix
    ? await fixFiles(files, inputs, context.encodings, {
        read: context.read,
        glossary,
        optionsFor,
        fuzzy: settings.values['fix-fuzzy'],
      })
    : files
  cache?.save()
  return fixed
}

/** 1 when there are errors or more warnings than allowed (unless `--exit-zero`), else 0. */
function exitCode(files: readonly VFile[], settings: LintSettings, io: Io): number {
  const count = (severity: 1 | 2) =>
    files.reduce(
      (sum, file) =>
        sum + file.messages.filter((message) => severityOf(message) === severity).length,
      0,
    )
  const { maxWarnings } = settings
  if (settings.values['exit-zero']) return 0
  if (count(2) > 0) return 1
  const warnings = count(1)
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.err(`fonte lint: ${counted(warnings, 'warning')}, more than --max-warnings ${maxWarnings}`)
    return 1
  }
  return 0
}

function ruleSeverities(
  configured: Record<string, Severity> | undefined,
  settings: readonly string[] | undefined,
  configPath?: string,
): Partial<Record<RuleId, Severity>> {
  const severities: Partial<Record<RuleId, Severity>> = {}
  const expected = `expected <rule>=<error|warn|off> with a rule of ${rules.map((rule) => rule.id).join(', ')}`
  for (const [id, severity] of Object.entries(configured ?? {})) {
    if (!isRuleSetting(id, severity)) {
      const shown = `${JSON.stringify(id)}: ${JSON.stringify(severity) ?? String(severity)}`
      throw new UsageError(`${configPath}: Unexpected rule setting \`${shown}\`, ${expected}`)
    }
    severities[id as RuleId] = severity
  }
  for (const setting of settings ?? []) {
    const at = setting.indexOf('=')
    const [id, severity] = at < 0 ? [setting, ''] : [setting.slice(0, at), setting.slice(at + 1)]
    if (!isRuleSetting(id, severity))
      throw new UsageError(`unknown --rule \`${setting}\`, ${expected}`)
    severities[id as RuleId] = severity
  }
  return severities
}

/** Whether `id` names one of the lint rules and `severity` is a severity (own names only). */
function isRuleSetting(id: string, severity: unknown): severity is Severity {
  return (
    rules.some((rule) => rule.id === id) &&
    (severity === 'error' || severity === 'warn' || severity === 'off')
  )
}

function maxWarningsOption(configured: number | undefined, given: string | undefined) {
  if (given === undefined) return configured
  // Digits only: `Number` would read '' as 0 and '0x1' as 1.
  const value = /^\s*\d+\s*$/.test(given) ? Number(given) : Number.NaN
  if (!Number.isSafeInteger(value)) {
    throw new UsageError(`unknown --max-warnings \`${given}\`, expected a whole number`)
  }
  return value
}

/** The path with symbolic links resolved (absolute), or resolved as given when it cannot be. */
function realPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
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
  // A file named twice (or named and found in a folder, or through a link) is linted once: one
  // finding, one report, and one fix (a second would find the file changed by the first). Hard
  // links stay two files: the fix's rename gives each its own.
  const seen = new Set<string>()
  const kept = inputs.filter((input) => {
    if (input.path !== '-') {
      const identity = realPath(input.path)
      if (seen.has(identity)) return false
      seen.add(identity)
    }
    if (input.path === '-' || !ignore.ignores(input.path)) return true
    if (named.has(input.path)) {
      io.err(
        oneLine(
          `fonte lint: ${input.path}: warning: file ignored because of a matching ignore pattern (use --no-ignore to lint it)`,
        ),
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

/** Where the report goes, line by line. */
interface Output {
  line: (text: string) => void
  /** Writes the file, when the report goes to one. */
  close: () => Promise<void>
}

/** Where the report goes: standard output, or a file written whole at the end (`-o`). */
function outputTo(io: Io, path: string | undefined): Output {
  const lines: string[] = []
  return {
    line: (text: string) => (path === undefined ? io.out(text) : lines.push(text)),
    close: async () => {
      if (path === undefined) return
      try {
        await makeFolders(dirname(resolve(path)))
        await writeFileAtomic(path, lines.length > 0 ? `${lines.join('\n')}\n` : '')
      } catch (error) {
        throw new UsageError(`cannot write --output-file \`${path}\`: ${reasonOf(error)}`, {
          cause: error,
        })
      }
    },
  }
}
