import { realpathSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { dirname, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { checkMarkdownDepth } from '@fonte/markdown'
import { writeReport, type ReportInput } from '../report/build.js'
import { checkReportFolder } from '../report/output.js'
import { dictionaryFiles, dictionaryProblem, glossaryOption } from './options.js'
import { jobsOption, UsageError } from './args.js'
import { openAnswerFiles } from './word-cache.js'
import { englishSourcesAt, sourceBeside } from './english-sources.js'
import { readInputs, sourcesBeside } from './inputs.js'
import type { Io } from './io.js'
import { parallelFrom, progressReporter } from './progress.js'
import { counted } from '../count.js'

export const reportHelp = `Usage: fonte report [options] <article|folder>...

Write a static HTML report: each article beside its English sources (sources.en.md next to it,
and any --en; of more than 8, those it was traced to), sentences and quotations linked to their originals (click, or Tab and Enter),
glossary findings inline, boilerplate (navigation, teasers, bylines, bios) shown and left out,
and the renderings of shared quotations with word diffs. Works offline and on a phone.

Options:
      --out <folder>       where to write it (default: fonte-report)
      --en <source>        English sources for every article: a file, a folder of them or a
                           fonte index; repeatable
  -g, --glossary <file>    a term base to lint with; repeatable
      --dictionary <file>  a dictd .index (FreeDict EN–IT from Debian: optional, GPL) as evidence
  -j, --jobs <n>           threads at most, this one included (default: all cores from 16
                           articles); a worker starts only for enough text and an idle core
      --no-cache           do not keep the lexicon's answers between runs (in
                           $XDG_CACHE_HOME/fonte or ~/.cache/fonte; also FONTE_CACHE=0)
  -h, --help               show this help

Exit codes: 0 written, 2 usage or file error.`

/** `fonte report`: the static HTML report and a summary. */
export async function runReport(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'fonte-report' },
      en: { type: 'string', multiple: true },
      glossary: { type: 'string', short: 'g', multiple: true },
      dictionary: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    io.out(reportHelp)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('no input: give articles or folders')
  const jobs = jobsOption(values.jobs)
  // Before anything is read or traced, which takes a while: a bad --out fails at once.
  await outFolder(values.out)
  // This thread's word answers only: worker threads ask the lexicon themselves (see
  // report-worker.ts), and their answers are not kept.
  const caches = values['no-cache'] ? [] : openAnswerFiles()
  const glossary = await glossaryOption(values.glossary)
  const dictionary = dictionaryFiles(values.dictionary)
  const shared = (await Promise.all((values.en ?? []).map(englishSourcesAt))).flat()
  const articles = await readInputs(positionals, io.stdin)
  const inputs: ReportInput[] = []
  for (const article of articles) {
    const beside = sourcesBeside(article.path)
    const sources = [...shared]
    if (beside) sources.push(await sourceBeside(beside))
    // Before any work, as lint and align do: a document nested too deeply is refused, named.
    checkMarkdownDepth(article.text, { file: article.path })
    inputs.push({ file: article.path, text: article.text, sources })
  }
  assertNoPageRead(values.out, [
    ...inputs.flatMap((input) => [input.file, ...input.sources.map((source) => source.file)]),
    ...(values.glossary ?? []),
  ])
  const progress = progressReporter(io, 'fonte report', inputs.length, 'articles')
  const summary = await writeReport(inputs, values.out, {
    glossary,
    dictionaryFiles: dictionary,
    jobs: jobs ?? (inputs.length >= parallelFrom ? availableParallelism() : 1),
    onArticle: (done) => progress(done),
  }).catch((error: unknown) => {
    throw writeProblem(values.out, dictionary ? dictionaryProblem(error, dictionary) : error)
  })
  progress(-1)
  for (const cache of caches) cache.save()
  const findings = Object.entries(summary.findings)
    .map(([rule, count]) => `${rule} ${count}`)
    .join(', ')
  io.out(
    `${counted(summary.articles, 'article')}, ${counted(summary.sentences, 'sentence')}, ${summary.quotationsTraced} of ${counted(summary.quotations, 'quotation')} traced to an English original`,
  )
  io.out(`glossary findings: ${findings || 'none'}`)
  io.out(`report: ${resolve(summary.index)}`)
  return 0
}

/**
 * Check that the report can be written to `out` (made if missing), without making it: nothing
 * is left behind when an input turns out bad later.
 *
 * @throws {UsageError} Naming the folder, when it is a file or cannot be written in.
 */
async function outFolder(out: string): Promise<void> {
  if (out.trim() === '')
    throw new UsageError('--out is empty: name the folder to write the report in')
  const info = await stat(out).catch(() => undefined)
  if (info && !info.isDirectory()) {
    throw new UsageError(`--out \`${out}\`: a file, expected a folder to write the report in`)
  }
  await checkReportFolder(out).catch((error: unknown) => {
    throw writeProblem(out, error)
  })
}

/**
 * Refuse a report whose pages could replace a file it reads: the report writes `index.html` and
 * a `.html` page per article into `out`, so an HTML file read from that folder (an article saved
 * as HTML, say) could be overwritten.
 *
 * @throws {UsageError} Naming the folder and the file.
 */
function assertNoPageRead(out: string, read: readonly string[]): void {
  const folder = realPath(out)
  for (const file of read) {
    if (file === '-' || !/\.html?$/i.test(file)) continue
    if (dirname(realPath(file)) === folder) {
      throw new UsageError(
        `cannot write the report to \`${out}\`: its pages could replace \`${file}\`, which this run reads; give another --out`,
      )
    }
  }
}

/** The path with symbolic links resolved, or as given (absolute) when it does not exist. */
function realPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
}

/**
 * A file-system error on the report's folder (or in it) as a one-line usage error; others (a
 * dictionary that cannot be read) as they are, for `main` to report.
 */
function writeProblem(out: string, error: unknown): unknown {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error
  const folder = resolve(out)
  if (path !== undefined && resolve(path) !== folder && !resolve(path).startsWith(folder + sep)) {
    return error
  }
  return new UsageError(`cannot write the report to \`${path ?? out}\`: ${code}`, { cause: error })
}
