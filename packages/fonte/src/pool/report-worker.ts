import type { Dictionary, EnglishSource } from '@fonte/align'
import {
  analyseArticles,
  serializeAnalysis,
  type ArticleWork,
  type ReportResources,
} from '../pipeline/report-task.js'
import { poolTask } from './task.js'
import { compileGlossary, type GlossaryData } from './worker-data.js'

/** What every task of a report's pool shares, sent to each worker thread once. */
export interface ReportWorkerData {
  /** The term base to lint and trace with; each worker compiles it once. */
  glossary?: GlossaryData | undefined
  dictionary?: Dictionary | undefined
  /** Every article's sources, for the renderings of shared quotations. */
  pool: EnglishSource[]
}

/**
 * Tracing and lint of articles for `fonte report`. An article costs more than its length: its
 * sentences are aligned with its sources'; a thread starts in about the time it takes for
 * 60,000 characters of articles and sources.
 */
export default poolTask({
  setup: (data: ReportWorkerData): ReportResources => ({
    glossary: data.glossary && compileGlossary(data.glossary),
    dictionary: data.dictionary,
    pool: data.pool,
  }),
  run: (resources, articles: ArticleWork[]) =>
    analyseArticles(articles, resources).map(serializeAnalysis),
  weight: (article) =>
    article.text.length +
    (article.sources ?? []).reduce((sum, source) => sum + source.text.length, 0),
  threadFrom: 60_000,
})
