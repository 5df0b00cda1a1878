import type { EnglishSource } from '@fonte/align'
import { analyseArticle } from '../report/analyse.js'
import { workerGlossary } from './glossary-cache.js'
import { serializeMessage, type SerializedMessage } from './messages.js'

/** Articles for a worker to trace and lint, in a batch. */
export interface ReportTask {
  articles: Array<{ file: string; text: string; sources: EnglishSource[] }>
  /** Term base paths; each worker compiles them once. */
  glossaries: string[]
}

/** An article's analysis as it crosses back from the worker. */
export type SerializedAnalysis = Omit<ReturnType<typeof analyseArticle>, 'findings'> & {
  findings: SerializedMessage[]
}

/** Trace and lint a batch of articles in a worker thread. */
export default async function reportTask(task: ReportTask): Promise<SerializedAnalysis[]> {
  const glossary = await workerGlossary(task.glossaries)
  return task.articles.map((article) => {
    const analysis = analyseArticle(article, glossary)
    return { ...analysis, findings: analysis.findings.map(serializeMessage) }
  })
}
