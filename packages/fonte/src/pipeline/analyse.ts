import {
  alignQuotes,
  prepareArticle,
  type AlignedQuote,
  type Dictionary,
  type EnglishSource,
} from '@fonte/align'
import { lintFile, type Glossary } from '@fonte/glossary'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { blankBoilerplate, findBoilerplate, type Boilerplate } from '../boilerplate/find.js'
import { readArticle } from '../article.js'

/** What the report shows of one article: its sentences and quotations traced, and its findings. */
export interface ArticleAnalysis {
  /** The sentences of the text, boilerplate left out. */
  sentences: AlignedQuote[]
  /** Quotations (`direct`) and reported speech (`indirect`), boilerplate left out. */
  quotes: AlignedQuote[]
  /** Glossary findings on the whole file, as `fonte lint` reports them. */
  findings: VFileMessage[]
  /** Page furniture found in the text: not traced, not counted, shown as such. */
  boilerplate: Boilerplate[]
  /**
   * The direct quotations traced against every article's sources, for the renderings of shared
   * quotations (as `fonte variants` groups them); absent when `sources` are all of them.
   */
  pooled?: AlignedQuote[] | undefined
}

/**
 * Trace an article's sentences and quotations to the given English sources, with the glossary and
 * dictionary as evidence when there are ones, and lint it with the glossary. Boilerplate lines
 * (navigation, teasers, bylines, bios) are blanked before tracing, so no sentence or quotation
 * takes them in.
 *
 * @param pool - Every article's sources: direct quotations are traced against them too when the
 *   article has sources of its own, for the index's renderings.
 */
export function analyseArticle(
  article: { file: string; text: string; sources: EnglishSource[] },
  glossary: Glossary | undefined,
  dictionary?: Dictionary,
  pool?: EnglishSource[],
): ArticleAnalysis {
  const { bodyStart } = readArticle(article.text, article.file)
  const boilerplate = findBoilerplate(article.text, bodyStart)
  const text = blankBoilerplate(article.text, boilerplate)
  const sources = sameSources(article.sources)
  // Read once: traced against its own sources, then against everyone's.
  const prepared = prepareArticle(text, { glossary })
  const aligned = alignQuotes(prepared, sources, { glossary, dictionary })
  const findings = glossary
    ? lintFile(new VFile({ path: article.file, value: article.text }), glossary).messages
    : []
  const analysis: ArticleAnalysis = {
    sentences: aligned.sentences,
    quotes: aligned.quotes,
    findings,
    boilerplate,
  }
  const samePool =
    !pool ||
    (pool.length === article.sources.length &&
      pool.every((source, index) => source.file === article.sources[index]?.file))
  if (!samePool) {
    analysis.pooled = alignQuotes(prepared, sameSources(pool), {
      glossary,
      dictionary,
      directOnly: true,
    }).quotes.filter((quote) => quote.kind === 'direct')
  }
  return analysis
}

// The distinct sets of sources this process has traced against, newest last. `alignQuotes` reads
// a sources array once (its sentences and words) and keeps it for that array: every article is
// traced against the pooled sources, and articles in a worker get copies of equal arrays, so
// equal sets are mapped to the first array seen.
const knownSources: EnglishSource[][] = []
const knownLimit = 16

/** The array of sources seen before with the same files and texts, else `sources` (remembered). */
function sameSources(sources: EnglishSource[]): EnglishSource[] {
  const known = knownSources.find(
    (other) =>
      other === sources ||
      (other.length === sources.length &&
        other.every(
          (source, at) => source.file === sources[at]?.file && source.text === sources[at]?.text,
        )),
  )
  if (known) return known
  knownSources.push(sources)
  if (knownSources.length > knownLimit) knownSources.shift()
  return sources
}
