import type { EnglishSource } from '@fonte/align'
import { analyseArticle } from '../report/analyse.js'
import { workerDictionary, workerGlossary } from './glossary-cache.js'
import { serializeMessage, type SerializedMessage } from './messages.js'

/** Articles for a worker to trace and lint, in a batch. */
export interface ReportTask {
  articles: Array<{ file: string; text: string; sources: EnglishSource[] }>
  /** Term base paths; each worker compiles them once. */
  glossaries: string[]
  /** A dictd dictionary's `.index` and `.dict.dz` paths; each worker reads it once. */
  dictionary?: [string, string] | undefined
  /** Every article's sources, for the renderings of shared quotations. */
  pool?: EnglishSource[] | undefined
}

/** An article's analysis as it crosses back from the worker. */
export type SerializedAnalysis = Omit<ReturnType<typeof analyseArticle>, 'findings'> & {
  findings: SerializedMessage[]
}

/** Trace and lint a batch of articles in a worker thread. */
export default async function reportTask(task: ReportTask): Promise<SerializedAnalysis[]> {
  const glossary = await workerGlossary(task.glossaries)
  const dictionary = await workerDictionary(task.dictionary)
  return task.articles.map((article) => {
    const analysis = analyseArticle(article, glossary, dictionary, task.pool)
    return { ...analysis, findings: analysis.findings.map(serializeMessage) }
  })
}
