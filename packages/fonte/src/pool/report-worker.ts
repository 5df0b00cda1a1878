import type { Dictionary, EnglishSource } from '@fonte/align'
import {
  analyseArticles,
  serializeAnalysis,
  type ArticleWork,
  type ReportResources,
} from '../pipeline/report-task.js'
import { poolTask } from './task.js'
import { compileGlossary, type GlossaryData } from './worker-data.js'

const warmUp: ArticleWork & { sources: EnglishSource[] } = {
  file: 'warm-up.md',
  text: '# Prova\n\n«Siamo pronti», ha detto il ministro. Il governo ha approvato la legge.\n',
  sources: [
    {
      file: 'warm-up.en.md',
      text: '"We are ready," the minister said. The government passed the law.\n',
    },
  ],
}

/** What every task of a report's pool shares, sent to each worker thread once. */
export interface ReportWorkerData {
  /** The term base to lint and trace with; each worker compiles it once. */
  glossary?: GlossaryData | undefined
  dictionary?: Dictionary | undefined
  /** Every article's sources, for the renderings of shared quotations. */
  pool: EnglishSource[]
}

/**
 * The sources given to several articles (a wire feed given with --en): each thread reads them
 * once and keeps them, whichever articles it takes, so they are a thread's cost, not an
 * article's. Counted an article each, 74 stories beside 48 articles started a worker that made
 * the report slower (3.5 s instead of 2.4 s, 1.6× the CPU).
 */
function sharedSources(articles: readonly ArticleWork[]): Set<EnglishSource> {
  const seen = new Set<EnglishSource>()
  const shared = new Set<EnglishSource>()
  for (const article of articles)
    for (const source of article.sources ?? []) (seen.has(source) ? shared : seen).add(source)
  return shared
}

/** Characters of the sources' texts. */
function lengthOf(sources: Iterable<EnglishSource>): number {
  let length = 0
  for (const source of sources) length += source.text.length
  return length
}

/** An article's work: its text and its sources' but those in `shared`. */
function articleWeight(article: ArticleWork, shared?: ReadonlySet<EnglishSource>): number {
  const own = (article.sources ?? []).filter((source) => !shared?.has(source))
  return article.text.length + lengthOf(own)
}

/**
 * Tracing and lint of articles for `fonte report`. An article costs more than its length, its
 * sentences aligned with its sources': a worker costs about what a thread spends on 400,000
 * characters of articles and sources. It adds 2–2.5 s of CPU to a run (modules, the term base,
 * the lexicons' tables and its own caches of them), and tracing takes about 5 µs a character (40
 * corpus-it articles with their sources, 880,000 characters: 5.6 s of CPU on one thread, 8.0 s
 * with a worker; 2026-12-01, 2 cores; `node packages/fonte/bench/report-jobs.mjs`). A worker asks
 * the lexicon itself, uncached: the CLI's file of word answers (cli/lexicon-cache.ts) seeds the
 * pool's own thread only. Seeding a worker too would save it ~0.1–0.2 s of those 2–2.5 s (what
 * the cache saves a process), and workers start only from 400,000 characters of text.
 */
export default poolTask({
  setup: (data: ReportWorkerData): ReportResources => {
    const resources = {
      glossary: data.glossary && compileGlossary(data.glossary),
      dictionary: data.dictionary,
      pool: data.pool,
    }
    // The first article loads the lexicons' tables (a second of CPU): a worker does it before it
    // says it is ready, so that it never holds batches while it loads.
    analyseArticles([warmUp], { ...resources, pool: warmUp.sources })
    return resources
  },
  run: (resources, articles: ArticleWork[]) =>
    analyseArticles(articles, resources).map(serializeAnalysis),
  weight: (article) => articleWeight(article),
  weigh: (articles) => {
    const shared = sharedSources(articles)
    const weights = articles.map((article) => articleWeight(article, shared))
    return { weights, shared: lengthOf(shared) }
  },
  threadFrom: 400_000,
})
