import { writeFile } from 'node:fs/promises'
import { relative } from 'node:path'
import { parseArgs } from 'node:util'
import {
  applyFixes,
  DocumentError,
  lintFile,
  rules,
  type Glossary,
  type LintOptions,
  type RuleId,
  type Severity,
} from '@fonte/glossary'
import { VFile } from 'vfile'
import { findConfig } from './config.js'
import { formatResults, severityOf, toEslintLine, type LintFormat } from './formats.js'
import { glossaryOption } from './options.js'
import { readInputs, readText, UsageError } from './inputs.js'
import type { Io } from './main.js'
import { lintInParallel } from '../pool/lint-pool.js'
import { jobsOption, parallelFrom, progressReporter } from './progress.js'

/** Keep only errors under --quiet. */
function quietly(file: VFile, quiet: boolean): VFile {
  if (quiet) file.messages = file.messages.filter((message) => message.fatal)
  return file
}

export const lintHelp = `Usage: fonte lint [options] <file|folder|->...

Check translations against term bases: forbidden terms, terms missing from a translation of
a known source, and one concept rendered two ways in one document.

Reads Markdown (.md), text (.txt), XLIFF 1.2/2.0 (.xlf, .xliff) and gettext PO (.po).

Options:
  -g, --glossary <file>        a term base (.yaml, .json, .tbx, .csv); repeat to merge several
  -s, --source <file>          the English source of a Markdown or text input; repeat to pair
                               sources with inputs in order
  -f, --format <name>          stylish (default), json (ESLint), jsonl (one ESLint result per
                               line, streamed), sarif (2.1.0), github
  -j, --jobs <n>               worker threads for many files (default: all cores from 16 files)
      --fix                    apply the suggested replacements to the files
      --rule <id=severity>     set a rule to error, warn or off; repeatable
      --max-warnings <n>       exit 1 when there are more than n warnings
      --quiet                  report errors only
      --exit-zero              exit 0 even when errors are found
  -c, --config <file>          config file (default: nearest .fonterc.json or fonte.config.json)
      --no-config              ignore config files
  -h, --help                   show this help

Rules: forbidden-term (error), missing-term (error), inconsistent-term (warning).
Silence findings with <!-- fonte-disable-next-line forbidden-term --> and the like.
Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, file or term base error.`

/** `fonte lint`: glossary lint of translations. */
export async function runLint(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      glossary: { type: 'string', short: 'g', multiple: true },
      source: { type: 'string', short: 's', multiple: true },
      format: { type: 'string', short: 'f', default: 'stylish' },
      jobs: { type: 'string', short: 'j' },
      fix: { type: 'boolean', default: false },
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
  const jobs = jobsOption(values.jobs)
  if (positionals.length === 0)
    throw new UsageError('no input: give files, folders or - for standard input')

  const found = values['no-config'] ? undefined : findConfig(process.cwd(), values.config)
  const config = found?.config ?? {}
  const glossaries = [
    ...(config.glossary ?? []).map((path) => relative(process.cwd(), path) || path),
    ...(values.glossary ?? []),
  ]
  if (glossaries.length === 0) {
    throw new UsageError('no term base: give one with --glossary (or "glossary" in .fonterc.json)')
  }
  const severities: Partial<Record<RuleId, Severity>> = {
    ...(config.rules as Partial<Record<RuleId, Severity>>),
  }
  for (const setting of values.rule ?? []) {
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
  let maxWarnings = config.maxWarnings
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(
        `unknown --max-warnings \`${values['max-warnings']}\`, expected a whole number`,
      )
    }
  }

  const inputs = await readInputs(positionals, io.stdin, [
    '.md',
    '.markdown',
    '.txt',
    '.xlf',
    '.xliff',
    '.po',
  ])
  const sources = values.source ?? []
  if (sources.length > 1 && sources.length !== inputs.length) {
    throw new UsageError(
      `${sources.length} sources for ${inputs.length} inputs: give one --source per input, in order, or one for a single input`,
    )
  }
  const sourceTexts = await Promise.all(sources.map((path) => readText(path, 'source ')))

  // Many files go to a pool of worker threads, streamed back in order; a fix, per-file sources
  // and standard input stay in this thread.
  const parallel =
    !values.fix &&
    sources.length <= 1 &&
    !inputs.some((input) => input.path === '-') &&
    (jobs === undefined ? inputs.length >= parallelFrom : jobs > 1)
  const progress = progressReporter(io, 'fonte lint', inputs.length, 'files')
  const stream = format === 'jsonl'
  const files: VFile[] = []
  if (parallel) {
    const options: LintOptions = { rules: severities }
    if (sourceTexts[0] !== undefined) options.source = sourceTexts[0]
    try {
      const linted = await lintInParallel(inputs, {
        glossaries,
        options,
        jobs,
        onFile: (file, index) => {
          progress(index + 1)
          if (stream) io.out(toEslintLine(quietly(file, values.quiet)))
        },
      })
      files.push(...linted)
    } catch (error) {
      throw new UsageError((error as Error).message.replace(/^Error: /, ''), { cause: error })
    }
  } else {
    // Compiled here only: on the parallel path each worker compiles its own.
    const glossary = (await glossaryOption(glossaries)) as Glossary
    for (const [index, input] of inputs.entries()) {
      const file = new VFile({ path: input.path, value: input.text })
      const options: LintOptions = { rules: severities }
      const source = sources.length === 1 ? sourceTexts[0] : sourceTexts[index]
      if (source !== undefined) options.source = source
      if (input.path === '-') options.format = 'markdown'
      try {
        lintFile(file, glossary, options)
      } catch (error) {
        if (error instanceof DocumentError) throw new UsageError(error.message, { cause: error })
        throw error
      }
      let result = file
      if (values.fix && input.path !== '-') {
        const { text, applied } = applyFixes(input.text, file.messages)
        if (applied > 0) {
          await writeFile(input.path, text)
          // Report what is left after the fixes.
          result = new VFile({ path: input.path, value: text })
          lintFile(result, glossary, options)
        }
      }
      files.push(result)
      progress(index + 1)
      if (stream) io.out(toEslintLine(quietly(result, values.quiet)))
    }
  }
  progress(-1)
  for (const file of files) quietly(file, values.quiet)

  if (!stream) {
    const output = formatResults(format, files, {
      rules,
      version: io.version,
      color: io.color,
      quiet: values.quiet,
    })
    if (output) io.out(output)
  }
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
