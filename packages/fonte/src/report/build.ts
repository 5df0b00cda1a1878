import { basename, join } from 'node:path'
import type { Root } from 'mdast'
import { groupRenderings, loadDictdDictionary, type EnglishSource } from '@fonte/align'
import { loadGlossary, type Glossary } from '@fonte/glossary'
import { readArticle } from '../article.js'
import { arrayOf, checkArgument, hasStrings, isOptions } from '../pipeline/arguments.js'
import type { ArticleAnalysis } from '../pipeline/analyse.js'
import {
  analyseWork,
  rebuildAnalysis,
  type ArticleWork,
  type ReportResources,
  type SerializedAnalysis,
} from '../pipeline/report-task.js'
import { poolModule } from '../pool/locate.js'
import type * as Pool from '../pool/ordered-pool.js'
import type { ReportWorkerData } from '../pool/report-worker.js'
import { glossaryData } from '../pool/worker-data.js'
import { articlePage, indexPage, type ReportArticle } from './html.js'
import { checkReportFolder, writeReportFiles } from './output.js'
import { pageIds } from './page-ids.js'
import { reportUnits } from './units.js'

/** An article to report on, with the English sources beside it. */
export interface ReportInput {
  file: string
  text: string
  sources: EnglishSource[]
}

/** What `writeReport` did: the pages and the figures of its summary. */
export interface ReportSummary {
  /** The index page's path. */
  index: string
  articles: number
  /** Sentences, boilerplate left out. */
  sentences: number
  /**
   * Quotations, each counted once: direct quotations, and reported speech with no direct
   * quotation inside it.
   */
  quotations: number
  quotationsTraced: number
  /** Lines of page furniture (navigation, teasers, bylines, bios) left out. */
  boilerplate: number
  /** Findings by rule id. */
  findings: Record<string, number>
}

/** How `writeReport` works: the glossary, worker threads and progress. */
export interface ReportOptions {
  /** The term base to lint with, compiled (in this thread). */
  glossary?: Glossary | undefined
  /**
   * The term base files, read (with `loadGlossary`) when `glossary` is not given. Worker threads
   * get the term base read here, and compile it each once.
   */
  glossaryFiles?: string[] | undefined
  /**
   * A dictd dictionary's `.index` and `.dict.dz` (or `.dict`) paths, whose translations count
   * as evidence for alignment; each worker thread reads it once.
   */
  dictionaryFiles?: [string, string] | undefined
  /**
   * Worker threads (default: 1, this thread); above 1, articles are traced and linted on a pool of
   * that many threads, never more than articles.
   */
  jobs?: number | undefined
  /** Called as each article is done, with how many are. */
  onArticle?: ((done: number, total: number) => void) | undefined
}

/**
 * Build the static HTML report: an index with a summary and the renderings of shared
 * quotations, and a page per article with the Italian beside its English sources, sentences and
 * quotations linked to their originals, and glossary findings inline. Pages are self-contained
 * (no network), and readable on a phone. Each article gets its own page, however its file is
 * named (see `pageIds`); `out` is checked before any work, and the pages are written to a fresh
 * folder first, so that none is ever half-written.
 *
 * @param inputs - The articles and their sources.
 * @param out - The folder to write to (created if missing).
 * @param settings - Glossary, worker threads and a progress callback (optional).
 * @throws {TypeError} Naming the argument, when one is not of its kind.
 * @throws {NodeJS.ErrnoException} Naming `out`, when the report cannot be written there.
 */
export async function writeReport(
  inputs: readonly ReportInput[],
  out: string,
  settings?: ReportOptions | null,
): Promise<ReportSummary> {
  checkReportArguments(inputs, out, settings)
  const options = settings ?? {}
  const pool = usesPool(inputs.length, options) ? loadPool() : undefined
  await checkReportFolder(out)
  const resources: ReportResources = {
    glossary: options.glossary ?? (await glossaryFrom(options.glossaryFiles)),
    dictionary: options.dictionaryFiles && (await loadDictdDictionary(...options.dictionaryFiles)),
    pool: dedupeSources(inputs.flatMap((input) => input.sources)),
  }
  const ids = pageIds(inputs.map((input) => input.file))
  // Each front matter read once, before any tracing: a bad one fails at once.
  const pages = inputs.map((input, index) => pageOf(input, ids[index] as string))
  // An article with no English source of its own is traced against everyone's: its original
  // may be in another outlet's copy.
  const work = inputs.map((input, index) => ({
    file: input.file,
    text: input.text,
    sources: input.sources.length > 0 ? input.sources : undefined,
    bodyStart: pages[index]?.bodyStart,
  }))
  const articles: Array<ReportArticle & ArticleAnalysis> = []
  const contents: string[] = []
  // Each page is rendered as its analysis comes, from the tree the analysis parsed when there is
  // one: no tree is held longer than its article.
  await analyse(work, resources, { ...options, pool }, (index, analysis, tree) => {
    const page = pages[index] as ReturnType<typeof pageOf>
    const article = { ...analysis, ...page, sources: (inputs[index] as ReportInput).sources }
    articles[index] = article
    contents[index] = articlePage(article, tree)
  })
  // As `fonte variants` groups them: every article's quotations traced against all the sources.
  const groups = groupRenderings(
    articles.map((article) => ({
      file: article.file,
      quotes: article.pooled ?? article.quotes.filter((quote) => quote.kind === 'direct'),
    })),
    { glossary: resources.glossary },
  )
  await writeReportFiles(out, [
    ...articles.map((article, index) => ({
      name: `${article.id}.html`,
      content: contents[index] as string,
    })),
    { name: 'index.html', content: indexPage(articles, groups) },
  ])
  return summarize(join(out, 'index.html'), articles)
}

const isSource = hasStrings('file', 'text')
const isInput = (value: unknown) =>
  hasStrings('file', 'text')(value) && arrayOf(isSource)((value as ReportInput).sources)

function checkReportArguments(inputs: unknown, out: unknown, options: unknown): void {
  const expected = 'an array of {file, text, sources: [{file, text}]}'
  checkArgument('writeReport', 'inputs', inputs, expected, arrayOf(isInput))
  checkArgument(
    'writeReport',
    'out',
    out,
    'a folder path',
    (value) => typeof value === 'string' && value !== '',
  )
  checkArgument('writeReport', 'options', options, 'an object, null or undefined', isOptions)
}

async function glossaryFrom(files: string[] | undefined): Promise<Glossary | undefined> {
  return files && files.length > 0 ? loadGlossary(files) : undefined
}

/** Whether the articles are traced on a pool of threads: when there are more than one of each. */
function usesPool(articles: number, options: ReportOptions): boolean {
  return (options.jobs ?? 1) > 1 && articles > 1
}

/**
 * The worker pool's module, loaded only for a report that runs one: `node:worker_threads` and the
 * rest cost ~5 ms of CPU to every report, most of which (under 16 articles) run none. Asked for
 * before the term base is read, as when it was a static import: from its load on, the pool reads
 * how busy the machine is (`pool/idle.ts`). A failed load is seen where the pool is awaited.
 */
function loadPool(): Promise<typeof Pool> {
  const pool = import('../pool/ordered-pool.js')
  pool.catch(() => undefined)
  return pool
}

/**
 * The articles traced and linted, here or on worker threads, each handed to `done` in order with
 * the tree it was parsed into when that was in this thread; progress after each.
 */
async function analyse(
  work: ArticleWork[],
  resources: ReportResources,
  options: ReportOptions & { pool: Promise<typeof Pool> | undefined },
  done: (index: number, analysis: ArticleAnalysis, tree?: Root) => void,
): Promise<void> {
  const progress = (index: number) => options.onArticle?.(index + 1, work.length)
  if (!options.pool) {
    work.forEach((article, index) => {
      const { analysis, tree } = analyseWork(article, resources)
      done(index, analysis, tree)
      progress(index)
    })
    return
  }
  const workerData: ReportWorkerData = {
    glossary: resources.glossary && glossaryData(resources.glossary),
    dictionary: resources.dictionary,
    pool: resources.pool,
  }
  const { runInOrder } = await options.pool
  const serialized = await runInOrder<ArticleWork, SerializedAnalysis>(work, {
    worker: poolModule('report-worker'),
    jobs: options.jobs,
    workerData,
    onResult: (_, index) => progress(index),
  })
  serialized.forEach((analysis, index) => done(index, rebuildAnalysis(analysis)))
}

/** What the report's page shows of an article besides its analysis: names and front matter. */
function pageOf(input: ReportInput, id: string) {
  const article = readArticle(input.text, input.file)
  const title = article.frontMatter?.title
  return {
    id,
    file: input.file,
    title: typeof title === 'string' ? title : basename(input.file),
    text: input.text,
    bodyStart: article.bodyStart,
  }
}

/** The figures of the report's summary. */
function summarize(index: string, articles: readonly ReportArticle[]): ReportSummary {
  const summary: ReportSummary = {
    index,
    articles: articles.length,
    sentences: 0,
    quotations: 0,
    quotationsTraced: 0,
    boilerplate: 0,
    findings: {},
  }
  for (const article of articles) {
    for (const finding of article.findings) {
      const rule = finding.ruleId ?? 'other'
      summary.findings[rule] = (summary.findings[rule] ?? 0) + 1
    }
    const { units, quotations } = reportUnits(article)
    summary.sentences += units.filter((unit) => unit.kind === 'sentence').length
    summary.quotations += quotations.length
    summary.quotationsTraced += quotations.filter((index) => units[index]?.match).length
    summary.boilerplate += article.boilerplate?.length ?? 0
  }
  return summary
}

/** Each source once: by path, and by text (copies of one source beside several articles). */
function dedupeSources(sources: EnglishSource[]): EnglishSource[] {
  const files = new Set<string>()
  const texts = new Set<string>()
  return sources.filter((source) => {
    if (files.has(source.file) || texts.has(source.text)) return false
    files.add(source.file)
    texts.add(source.text)
    return true
  })
}
