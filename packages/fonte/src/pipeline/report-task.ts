import type { Dictionary, EnglishSource } from '@fonte/align'
import type { Glossary } from '@fonte/glossary'
import type { Root } from 'mdast'
import { analyseArticleTree, type ArticleAnalysis } from './analyse.js'
import { rebuildMessage, serializeMessage, type SerializedMessage } from './messages.js'

/** An article to analyse, with its own English sources (`undefined`: every article's). */
export interface ArticleWork {
  file: string
  text: string
  sources?: EnglishSource[] | undefined
  /** Where the text below the front matter starts, when already read (`readArticle`). */
  bodyStart?: number | undefined
}

/** What stays the same for every article of a report: sent to each worker thread once. */
export interface ReportResources {
  glossary?: Glossary | undefined
  dictionary?: Dictionary | undefined
  /** Every article's sources, for the renderings of shared quotations. */
  pool: EnglishSource[]
}

/** An article's analysis as it crosses back from a worker thread: its findings as data. */
export type SerializedAnalysis = Omit<ArticleAnalysis, 'findings'> & {
  findings: SerializedMessage[]
}

/**
 * Trace and lint each article: the per-article work of `fonte report`, in this thread or in a
 * worker's.
 *
 * @param articles - The articles; one without sources of its own is traced against the pool.
 * @param resources - Glossary, dictionary and every article's sources.
 */
export function analyseArticles(
  articles: readonly ArticleWork[],
  resources: ReportResources,
): ArticleAnalysis[] {
  return articles.map((article) => analyseWork(article, resources).analysis)
}

/**
 * Trace and lint one article, keeping the Markdown tree it parsed: in this thread, its page is
 * rendered from that tree rather than from a second parse.
 */
export function analyseWork(
  article: ArticleWork,
  resources: ReportResources,
): { analysis: ArticleAnalysis; tree: Root } {
  return analyseArticleTree(
    {
      file: article.file,
      text: article.text,
      sources: article.sources ?? resources.pool,
      bodyStart: article.bodyStart,
    },
    resources.glossary,
    resources.dictionary,
    resources.pool,
  )
}

/** An analysis ready for `postMessage`: its findings' fields as data. */
export function serializeAnalysis(analysis: ArticleAnalysis): SerializedAnalysis {
  return { ...analysis, findings: analysis.findings.map(serializeMessage) }
}

/** An analysis from a worker thread with its findings as `VFileMessage`s again. */
export function rebuildAnalysis(analysis: SerializedAnalysis): ArticleAnalysis {
  return { ...analysis, findings: analysis.findings.map(rebuildMessage) }
}
