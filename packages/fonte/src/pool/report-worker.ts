import type { Dictionary, EnglishSource } from '@fonte/align'
import { settle, type Settled } from '../pipeline/errors.js'
import {
  analyseArticles,
  serializeAnalysis,
  type ArticleWork,
  type SerializedAnalysis,
} from '../pipeline/report-task.js'
import { compileGlossary, fromWorkerData, type GlossaryData } from './worker-data.js'

/** What every task of a report's pool shares, sent to each worker thread once. */
export interface ReportWorkerData {
  /** The term base to lint and trace with; each worker compiles it once. */
  glossary?: GlossaryData | undefined
  dictionary?: Dictionary | undefined
  /** Every article's sources, for the renderings of shared quotations. */
  pool: EnglishSource[]
}

const resources = fromWorkerData((data: ReportWorkerData) => ({
  glossary: data.glossary && compileGlossary(data.glossary),
  dictionary: data.dictionary,
  pool: data.pool,
}))

/** Trace and lint a batch of articles in a worker thread. */
export default function reportTask(
  articles: ArticleWork[],
): Promise<Settled<SerializedAnalysis[]>> {
  return settle(() => analyseArticles(articles, resources()).map(serializeAnalysis))
}
