import { extname } from 'node:path'
import {
  alignQuotes,
  prepareArticle,
  type AlignedQuote,
  type Dictionary,
  type EnglishSource,
  type PreparedArticle,
} from '@fonte/align'
import { lintFile, type Glossary } from '@fonte/glossary'
import { checkMarkdownDepth, proseOfTree, rememberProse } from '@fonte/markdown'
import type { Root } from 'mdast'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { blankBoilerplate, findBoilerplate, type Boilerplate } from '../boilerplate/find.js'
import { readArticle } from '../article.js'
import { blankedProse, parseArticleTree } from './tree.js'

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

/** An article to analyse, with its English sources. */
export interface AnalysisInput {
  file: string
  text: string
  sources: EnglishSource[]
  /** Where the text below the front matter starts, when already read (`readArticle`). */
  bodyStart?: number | undefined
}

/** An analysis with the article's Markdown tree, for its page rendered in the same thread. */
export interface AnalysedArticle {
  analysis: ArticleAnalysis
  /** The article's tree (`parseArticleTree`): parsed once for the analysis and the page. */
  tree: Root
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
  article: AnalysisInput,
  glossary: Glossary | undefined,
  dictionary?: Dictionary,
  pool?: EnglishSource[],
): ArticleAnalysis {
  return analyseArticleTree(article, glossary, dictionary, pool).analysis
}

/** `analyseArticle`, with the article's Markdown tree it parsed, for the page. */
export function analyseArticleTree(
  article: AnalysisInput,
  glossary: Glossary | undefined,
  dictionary?: Dictionary,
  pool?: EnglishSource[],
): AnalysedArticle {
  const bodyStart = article.bodyStart ?? readArticle(article.text, article.file).bodyStart
  const boilerplate = findBoilerplate(article.text, bodyStart)
  const text = blankBoilerplate(article.text, boilerplate)
  const sources = sameSources(article.sources)
  try {
    const { prepared, tree } = readOnce(article, boilerplate, text, glossary)
    // Read once: traced against its own sources, then against everyone's.
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
    if (!sameFiles(pool, article.sources)) {
      analysis.pooled = alignQuotes(prepared, sameSources(pool as EnglishSource[]), {
        glossary,
        dictionary,
        directOnly: true,
      }).quotes.filter((quote) => quote.kind === 'direct')
    }
    return { analysis, tree }
  } finally {
    rememberProse(article.text, null)
    rememberProse(text, null)
  }
}

/** Whether the pool is absent or the article's own sources, file for file. */
function sameFiles(pool: EnglishSource[] | undefined, sources: EnglishSource[]): boolean {
  return (
    !pool ||
    (pool.length === sources.length &&
      pool.every((source, index) => source.file === sources[index]?.file))
  )
}

/**
 * The article parsed once: its tree, whose prose is remembered (`rememberProse`) for the steps
 * that would parse it again: `lintFile`, and `prepareArticle` with the prose of the text as it is
 * or, boilerplate blanked, as the tree reads without those lines where that is sure
 * (`blankedProse`). What those steps check before they parse (`checkMarkdownDepth`) is checked
 * here, in their order, so that a document nested too deeply fails as it did.
 */
function readOnce(
  article: AnalysisInput,
  boilerplate: readonly Boilerplate[],
  blanked: string,
  glossary: Glossary | undefined,
): { prepared: PreparedArticle; tree: Root } {
  const lintMarkdown = glossary !== undefined && lintsAsMarkdown(article.file)
  checkMarkdownDepth(blanked)
  if (lintMarkdown && blanked !== article.text)
    checkMarkdownDepth(article.text, { file: article.file })
  const tree = parseArticleTree(article.text)
  if (lintMarkdown || blanked === article.text)
    rememberProse(article.text, proseOfTree(tree, article.text))
  if (blanked !== article.text) {
    const prose = blankedProse(tree, blanked, boilerplate)
    if (prose) rememberProse(blanked, prose)
  }
  return { prepared: prepareArticle(blanked, { glossary }), tree }
}

// The extensions `lintFile` reads as something other than Markdown (its `formatByExtension`).
const notMarkdown = new Set(['.txt', '.text', '.xlf', '.xliff', '.po', '.pot'])

/** Whether `lintFile` reads the file as Markdown: by its extension, Markdown when unknown. */
function lintsAsMarkdown(file: string): boolean {
  return !notMarkdown.has(extname(file).toLowerCase())
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
