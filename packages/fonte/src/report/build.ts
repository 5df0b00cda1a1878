import { mkdir, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { groupRenderings, loadDictdDictionary, type EnglishSource } from '@fonte/align'
import type { Glossary } from '@fonte/glossary'
import { readArticle } from '../article.js'
import { rebuildMessage } from '../pool/messages.js'
import { runInOrder } from '../pool/ordered-pool.js'
import type { ReportTask, SerializedAnalysis } from '../pool/report-worker.js'
import { analyseArticle, type ArticleAnalysis } from './analyse.js'
import { articlePage, indexPage, type ReportArticle } from './html.js'
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
   * The term base files, for worker threads to compile each for itself; given with `jobs` above
   * 1, articles are traced and linted on a pool of that many threads.
   */
  glossaryFiles?: string[] | undefined
  /**
   * A dictd dictionary's `.index` and `.dict.dz` (or `.dict`) paths, whose translations count
   * as evidence for alignment; each worker thread reads it once.
   */
  dictionaryFiles?: [string, string] | undefined
  /** Worker threads (default: 1, this thread). */
  jobs?: number | undefined
  /** Called as each article is done, with how many are. */
  onArticle?: ((done: number, total: number) => void) | undefined
}

/**
 * Build the static HTML report: an index with a summary and the renderings of shared
 * quotations, and a page per article with the Italian beside its English sources, sentences and
 * quotations linked to their originals, and glossary findings inline. Pages are self-contained
 * (no network), and readable on a phone.
 *
 * @param inputs - The articles and their sources.
 * @param out - The folder to write to (created if missing).
 * @param options - Glossary, worker threads and a progress callback (optional).
 */
export async function writeReport(
  inputs: readonly ReportInput[],
  out: string,
  options: ReportOptions = {},
): Promise<ReportSummary> {
  const { glossary } = options
  const pool = dedupeSources(inputs.flatMap((input) => input.sources))
  // An article with no English source of its own is traced against everyone's: its original
  // may be in another outlet's copy.
  const work = inputs.map((input) => ({
    file: input.file,
    text: input.text,
    sources: input.sources.length > 0 ? input.sources : pool,
  }))
  const jobs = options.jobs ?? 1
  let analyses: ArticleAnalysis[]
  if (jobs > 1 && (options.glossaryFiles !== undefined || glossary === undefined)) {
    const serialized = await runInOrder<(typeof work)[number], ReportTask, SerializedAnalysis>(
      work,
      {
        worker: new URL('../pool/report-worker.js', import.meta.url),
        jobs,
        task: (articles) => ({
          articles,
          glossaries: options.glossaryFiles ?? [],
          dictionary: options.dictionaryFiles,
          pool,
        }),
        onResult: (_, index) => options.onArticle?.(index + 1, work.length),
      },
    )
    analyses = serialized.map((analysis) => ({
      ...analysis,
      findings: analysis.findings.map(rebuildMessage),
    }))
  } else {
    const dictionary = options.dictionaryFiles
      ? await loadDictdDictionary(...options.dictionaryFiles)
      : undefined
    analyses = work.map((article, index) => {
      const analysis = analyseArticle(article, glossary, dictionary, pool)
      options.onArticle?.(index + 1, work.length)
      return analysis
    })
  }
  const articles: ReportArticle[] = work.map((input, index) => {
    const article = readArticle(input.text, input.file)
    const title =
      typeof article.frontMatter?.title === 'string'
        ? article.frontMatter.title
        : basename(input.file)
    return {
      id: pageId(input.file),
      file: input.file,
      title,
      text: input.text,
      bodyStart: article.bodyStart,
      ...(analyses[index] as ArticleAnalysis),
      sources: input.sources,
    }
  })
  // As `fonte variants` groups them: every article's quotations traced against all the sources.
  const groups = groupRenderings(
    articles.map((article, index) => ({
      file: article.file,
      quotes: analyses[index]?.pooled ?? article.quotes.filter((quote) => quote.kind === 'direct'),
    })),
    { glossary },
  )
  await mkdir(out, { recursive: true })
  for (const article of articles)
    await writeFile(join(out, `${article.id}.html`), articlePage(article))
  const index = join(out, 'index.html')
  await writeFile(index, indexPage(articles, groups))

  const findings: Record<string, number> = {}
  for (const article of articles) {
    for (const finding of article.findings)
      findings[finding.ruleId ?? 'other'] = (findings[finding.ruleId ?? 'other'] ?? 0) + 1
  }
  const summary: ReportSummary = {
    index,
    articles: articles.length,
    sentences: 0,
    quotations: 0,
    quotationsTraced: 0,
    boilerplate: 0,
    findings,
  }
  for (const article of articles) {
    const { units, quotations } = reportUnits(article)
    summary.sentences += units.filter((unit) => unit.kind === 'sentence').length
    summary.quotations += quotations.length
    summary.quotationsTraced += quotations.filter((index) => units[index]?.match).length
    summary.boilerplate += article.boilerplate?.length ?? 0
  }
  return summary
}

/**
 * A page name for an article: its folder for `…/<id>/article.md`, else its file name; `stdin`
 * for standard input (`-`).
 */
function pageId(file: string): string {
  if (file === '-') return 'stdin'
  const name = basename(file).replace(/\.[^.]+$/, '')
  return (name === 'article' ? basename(dirname(file)) : name).replace(/[^\w.-]+/g, '-')
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
