import { alignQuotes, type AlignedQuote, type Dictionary, type EnglishSource } from '@fonte/align'
import { lintFile, type Glossary } from '@fonte/glossary'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/** What the report shows of one article: its sentences and quotations traced, and its findings. */
export interface ArticleAnalysis {
  sentences: AlignedQuote[]
  quotes: AlignedQuote[]
  findings: VFileMessage[]
}

/**
 * Trace an article's sentences and quotations to the given English sources, with the glossary and
 * dictionary as evidence when there are ones, and lint it with the glossary.
 */
export function analyseArticle(
  article: { file: string; text: string; sources: EnglishSource[] },
  glossary: Glossary | undefined,
  dictionary?: Dictionary,
): ArticleAnalysis {
  const aligned = alignQuotes(article.text, article.sources, { glossary, dictionary })
  const findings = glossary
    ? lintFile(new VFile({ path: article.file, value: article.text }), glossary).messages
    : []
  return { sentences: aligned.sentences, quotes: aligned.quotes, findings }
}
