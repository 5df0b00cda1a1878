import {
  argumentError,
  checkOption,
  checkOptions,
  checkSources,
  described,
  isBoolean,
  isConceptFinder,
  isDictionary,
  isNumber,
  isObject,
} from './arguments.js'
import { markdownProse, plainProse, type Prose } from '@fonte/markdown'
import { extractQuotes, splitSentences } from '@fonte/split-it'
import type { Bead } from './align.js'
import type { EnglishDocument } from './english-source.js'
import { italianKeys, type ItalianKeys } from './evidence.js'
import type { ConceptFinder, Dictionary } from './resources.js'
import {
  features,
  findPartners,
  pickStories,
  poolFor,
  searchPool,
  traceQuote,
  withConcepts,
  type CandidateIndex,
  type EnglishPool,
  type ItalianSentence,
  type Partner,
  type PoolSentence,
  type TraceCandidate,
} from './trace.js'

/** An English text a quotation may come from. */
export interface EnglishSource {
  /** A name for it in results (a file path, an outlet). */
  file: string
  /** The text, plain or Markdown, as read. */
  text: string
}

/** Where a quotation or sentence was found to come from. */
export interface QuoteMatch {
  /** The English source's `file`. */
  file: string
  /** The English words it translates, exactly `text.slice(start, end)` of that source. */
  text: string
  /** UTF-16 offsets into the English source as given. */
  start: number
  end: number
  /**
   * The probability that this is the quotation's original, in [0, 1] (see `QuoteCalibration`);
   * matches below `options.threshold` are not returned.
   */
  score: number
}

/** An Italian quotation or sentence with the English words it translates, or `null`. */
export interface AlignedQuote {
  /** The Italian text: for a direct quotation, the text inside the quotation marks. */
  text: string
  /** UTF-16 offsets into the Italian article as given. */
  start: number
  end: number
  /** `direct` for a quotation in quotation marks, `indirect` for reported speech. */
  kind: 'direct' | 'indirect'
  match: QuoteMatch | null
}

/** Options of `alignQuotes`. */
export interface QuoteOptions {
  /** A bilingual English–Italian dictionary (default: none). */
  dictionary?: Dictionary | null | undefined
  /** A term base whose concepts count as evidence, such as `@fonte/glossary`'s `Glossary` (default: none). */
  glossary?: ConceptFinder | null | undefined
  /**
   * The lowest score a match is returned with (default: 0.5, a match more likely right than
   * wrong); below it the quote has none.
   */
  threshold?: number | null | undefined
  /**
   * How evidence becomes a probability (default: `defaultQuoteCalibration`, or
   * `dictionaryQuoteCalibration` with a dictionary; both fitted on corpus-it). Refit it on your
   * own newsroom's pairs; `null` gives the raw evidence score.
   */
  calibration?: QuoteCalibration | null | undefined
  /** Whether the article is Markdown (default: `true`; plain text is Markdown too). */
  markdown?: boolean | null | undefined
  /**
   * Where candidate English sentences are looked up when a sentence has no aligned partner and
   * when picking the stories an article draws from (default: an in-memory index of `sources`).
   */
  index?: CandidateIndex | null | undefined
  /**
   * Whether to trace the direct quotations alone (default: `false`): `quotes` holds only them and
   * `sentences` is empty, and the sentences with no quotation are aligned but not traced. Their
   * traces are the same as with every sentence traced.
   */
  directOnly?: boolean | null | undefined
}

/** The result of `alignQuotes`: quotations, and every sentence, each with its English original. */
export interface QuoteAlignment {
  quotes: AlignedQuote[]
  sentences: AlignedQuote[]
}

/**
 * Verbs and phrases that introduce reported speech in Italian news, as data.
 * Source: compiled by hand from the attributions in corpus-it and Italian agency copy.
 */
export const reportingPhrases: readonly string[] = [
  'ha detto',
  'hanno detto',
  'ha affermato',
  'hanno affermato',
  'ha dichiarato',
  'hanno dichiarato',
  'ha riferito',
  'hanno riferito',
  'ha aggiunto',
  'ha spiegato',
  'ha sottolineato',
  'ha avvertito',
  'ha annunciato',
  'hanno annunciato',
  'ha promesso',
  'ha condannato',
  'ha ribadito',
  'ha ringraziato',
  'afferma',
  'affermano',
  'dichiara',
  'secondo',
  'riferisce',
  'riferiscono',
]

/**
 * A logistic model from a traced span's evidence to the probability that it is the quotation's
 * original: `1 / (1 + exp(-(intercept + Σ weights[i] × features[i])))`, the features being, in
 * order, how well the quotation and the span cover each other (0–1), how well the quotation's
 * sentence and its English partner cover each other (0–1), whether the span is an English
 * quotation, whether it is the English quotation in the same place (the k-th of n), whether
 * the partner comes from the sentence alignment rather than a search of the pool, and whether
 * that partner is mutual (the quotation's sentence is its best match among its neighbours), and
 * the first two again for a span found by searching the pool (0 for an aligned one), so that
 * coverage outside an alignment is weighed apart. A calibration with fewer weights (six, as
 * before these two) leaves the features it has no weight for out. Without `weights`, the model
 * is `intercept + slope × e` on the first feature alone.
 */
export interface QuoteCalibration {
  intercept: number
  slope: number
  weights?: readonly number[] | undefined
}

/**
 * The calibration `alignQuotes` uses by default, fitted by `packages/align/bench/calibrate.mjs`
 * on corpus-it (`corpus-it/<id>/pairs.json`) alone: the articles' quotations, each paired
 * sentence and clause put in quotation marks, and each clause and first three words as a
 * standalone quoted fragment out of order (found only by searching the pool, as wire quotations
 * torn from their sentence are), traced against the corpus's English sources with their
 * originals present and blanked out.
 */
export const defaultQuoteCalibration: QuoteCalibration = {
  intercept: -2.788,
  slope: 1.938,
  weights: [1.938, 2.915, 0.079, 0.547, 0.231, 1.003, 0.499, 0.485],
}

/**
 * The calibration `alignQuotes` uses with a dictionary (FreeDict's English–Italian, as
 * `dict-freedict-eng-ita`); fitted the same way, refit it for another dictionary.
 */
export const dictionaryQuoteCalibration: QuoteCalibration = {
  intercept: -2.845,
  slope: 1.798,
  weights: [1.798, 2.794, 0.147, 0.382, 0.408, 1.168, 0.464, 0.571],
}

const noOptions: QuoteOptions = {}

function calibrate(candidate: TraceCandidate, settings: QuoteOptions): number {
  if (settings.calibration === null) return candidate.quote
  const model =
    settings.calibration ??
    (settings.dictionary ? dictionaryQuoteCalibration : defaultQuoteCalibration)
  const values = features(candidate)
  const linear = model.weights
    ? model.weights.reduce(
        (sum, weight, index) => sum + weight * (values[index] ?? 0),
        model.intercept,
      )
    : model.intercept + model.slope * candidate.quote
  return 1 / (1 + Math.exp(-linear))
}

/**
 * Find every quotation of an Italian article, direct (« », “ ”, " ") and reported (a sentence
 * with an attribution such as *ha affermato*), and for each the English words it translates
 * among the given sources, narrowed to the words that correspond (`tutti i mezzi a sua
 * disposizione senza indugio` ↔ `all means at its disposal without delay`), with a score; a
 * quotation whose original is not in the sources gets `null`, since a wrong match is worse than
 * none. Every sentence of the article gets the same treatment, in `sentences`.
 *
 * Evidence is what the two languages share: numbers, names and cognates, dictionary
 * translations and glossary concepts. The score is the share of the quotation's words that find a
 * counterpart in the English span, weighed by how many of the span's words are accounted for.
 *
 * @param italian - The Italian article (Markdown or plain text, front matter allowed), or as
 *   `prepareArticle` returned it.
 * @param sources - The English texts to search.
 * @param options - Dictionary, glossary and threshold (optional).
 * @returns The quotations and sentences with their matches, offsets into the texts as given.
 * @throws {TypeError} When `italian` is not a string or a prepared article, or `sources` not a
 *   list of `{file, text}`.
 */
export function alignQuotes(
  italian: string | PreparedArticle,
  sources: readonly EnglishSource[],
  options?: QuoteOptions | null,
): QuoteAlignment {
  checkTraceArguments('alignQuotes', italian, sources, options)
  const settings = options ?? noOptions
  const threshold = settings.threshold ?? 0.5
  const traced = traceArticle(italian, sources, settings)
  const toMatch = (candidate: TraceCandidate | null): QuoteMatch | null => {
    if (!candidate) return null
    const score = calibrate(candidate, settings)
    if (score < threshold) return null
    const source = sources[candidate.doc] as EnglishSource
    return {
      file: source.file,
      text: source.text.slice(candidate.start, candidate.end),
      start: candidate.start,
      end: candidate.end,
      score: Math.round(score * 1000) / 1000,
    }
  }
  const entry = ({ candidate, ...quote }: TracedQuote): AlignedQuote => ({
    ...quote,
    match: toMatch(candidate),
  })
  return { quotes: traced.quotes.map(entry), sentences: traced.sentences.map(entry) }
}

/**
 * Read English sources ahead of `alignQuotes`: their sentences, words and default index are kept
 * for this `sources` array (held weakly), so that every article then traced against the same
 * array, dictionary and glossary skips reading them. `alignQuotes` does the same on its first
 * call; this only moves the cost.
 *
 * @param sources - The English sources, the array later passed to `alignQuotes`.
 * @param options - The dictionary and glossary later passed to `alignQuotes` (optional).
 * @returns The same `sources`.
 * @throws {TypeError} When `sources` is not a list of `{file, text}`.
 */
export function prepareSources<T extends readonly EnglishSource[]>(
  sources: T,
  options?: Pick<QuoteOptions, 'dictionary' | 'glossary'> | null,
): T {
  checkSources('prepareSources', 'sources', sources)
  checkQuoteOptions('prepareSources', options)
  poolFor(sources, options?.dictionary ?? null, options?.glossary ?? null).memoryIndex()
  return sources
}

/** Checks the arguments of `alignQuotes` or `traceArticle`. */
function checkTraceArguments(
  fn: string,
  italian: unknown,
  sources: unknown,
  options: unknown,
): void {
  checkArticle(fn, italian, true)
  checkSources(fn, 'sources', sources)
  checkQuoteOptions(fn, options)
}

/** Checks the options of `alignQuotes` and its kin, naming the one that is wrong. */
function checkQuoteOptions(fn: string, options: unknown): void {
  checkOptions(fn, 'options', options)
  if (!options) return
  const settings = options as Record<keyof QuoteOptions, unknown>
  const check = (
    name: keyof QuoteOptions,
    expected: string,
    accepts: (value: unknown) => boolean,
  ) => checkOption(fn, `options.${name}`, settings[name], expected, accepts)
  check('dictionary', 'a Map', isDictionary)
  check('glossary', 'a ConceptFinder', isConceptFinder)
  check('threshold', 'a number', isNumber)
  check('calibration', 'a QuoteCalibration', isObject)
  check('markdown', 'a boolean', isBoolean)
  check('index', 'a CandidateIndex', isCandidateIndex)
  check('directOnly', 'a boolean', isBoolean)
}

function isCandidateIndex(value: unknown): boolean {
  return typeof (value as { candidates?: unknown } | null)?.candidates === 'function'
}

/** A quotation or sentence with its best English candidate, before calibration. */
export interface TracedQuote extends Omit<AlignedQuote, 'match'> {
  candidate: TraceCandidate | null
}

/**
 * An Italian article read once for tracing (see `prepareArticle`): pass it to `alignQuotes` or
 * `traceArticle` in place of the text to trace it against several sets of sources without
 * reading it again.
 */
export interface PreparedArticle {
  /** The article as given. */
  readonly text: string
}

/** What tracing needs of an article, whatever the sources: read once per `PreparedArticle`. */
interface ItalianSide {
  markdown: boolean
  glossary: ConceptFinder | null
  prose: Prose
  sentences: ItalianSentence[]
  /** Direct quotations, each with its sentence (`-1`: none), rank among its siblings and keys. */
  direct: Array<{
    start: number
    end: number
    at: number
    rank: { index: number; count: number }
    keys: ItalianKeys
  }>
  /** The sentences of reported speech, by index. */
  reported: number[]
  /** The sentence alignment of the article with each English story it was traced against. */
  beads: Map<EnglishDocument, Bead[]>
}

const preparedSides = new WeakMap<PreparedArticle, ItalianSide>()

/**
 * Read an Italian article ahead of `alignQuotes`: its prose, sentences, quotations and their
 * words, and, as it is traced, its sentence alignment with each English story. Tracing the
 * prepared article against several sets of sources (its own, then a newsroom's whole pool) does
 * that work once; the results are those of tracing the text.
 *
 * @param italian - The Italian article (Markdown or plain text, front matter allowed).
 * @param options - The glossary and `markdown` later passed to `alignQuotes` (optional; an
 *   article traced with others is read again).
 * @returns The prepared article, to pass to `alignQuotes` or `traceArticle` as `italian`.
 * @throws {TypeError} When `italian` is not a string.
 */
export function prepareArticle(
  italian: string,
  options?: Pick<QuoteOptions, 'glossary' | 'markdown'> | null,
): PreparedArticle {
  checkArticle('prepareArticle', italian, false)
  checkQuoteOptions('prepareArticle', options)
  const article: PreparedArticle = { text: italian }
  preparedSides.set(article, readItalian(italian, options ?? noOptions))
  return article
}

/** Checks that `italian` is an article's text or, where `prepared` allows it, a prepared article. */
function checkArticle(fn: string, italian: unknown, prepared: boolean): void {
  if (typeof italian === 'string') return
  if (prepared && preparedSides.has(italian as PreparedArticle)) return
  const expected = prepared ? 'a string or as `prepareArticle` returned it' : 'a string'
  throw argumentError(fn, 'italian', expected, described(italian))
}

/** The text of an article given as text or prepared. */
function textOf(italian: string | PreparedArticle): string {
  return typeof italian === 'string' ? italian : italian.text
}

/** The Italian side of `italian` for these settings: the prepared one when it matches. */
function italianSide(italian: string | PreparedArticle, settings: QuoteOptions): ItalianSide {
  if (typeof italian === 'string') return readItalian(italian, settings)
  const side = preparedSides.get(italian) as ItalianSide
  if (
    side.markdown === (settings.markdown !== false) &&
    side.glossary === (settings.glossary ?? null)
  )
    return side
  return readItalian(italian.text, settings)
}

function readItalian(italian: string, settings: QuoteOptions): ItalianSide {
  const glossary = settings.glossary ?? null
  const markdown = settings.markdown !== false
  const prose = markdown ? markdownProse(italian) : plainProse(italian)
  const keysOf = (start: number, end: number): ItalianKeys => {
    const keys = italianKeys(prose.text.slice(start, end))
    if (!glossary) return keys
    const words = withConcepts(
      keys.words,
      glossary,
      prose.text.slice(start, end),
      0,
      end - start,
      'it',
    )
    return { ...keys, words }
  }
  const sentences: ItalianSentence[] = splitSentences(prose.text, { quotes: 'keep' })
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence.text))
    .map((sentence) => ({
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      keys: keysOf(sentence.start, sentence.end),
    }))
  const sentenceOf = (offset: number) =>
    sentences.findIndex((sentence) => sentence.start <= offset && offset < sentence.end)
  const quotes = extractQuotes(prose.text).filter(
    (quote) => quote.depth === 0 && /\p{L}/u.test(quote.text),
  )
  const places = quotes.map((quote) => sentenceOf(quote.start))
  const direct = quotes.map((quote, index) => {
    const at = places[index] as number
    const siblings = quotes.filter((_, other) => places[other] === at)
    return {
      start: quote.start,
      end: quote.end,
      at,
      rank: { index: siblings.indexOf(quote), count: siblings.length },
      keys: keysOf(quote.start, quote.end),
    }
  })
  const reported: number[] = []
  sentences.forEach((sentence, at) => {
    const inside = quotes.filter(
      (quote) => quote.start >= sentence.start && quote.end <= sentence.end,
    )
    const quoted = inside.reduce((sum, quote) => sum + quote.end - quote.start, 0)
    // Reported speech: an attribution, and most of the sentence outside quotation marks.
    if (quoted < (sentence.end - sentence.start) / 2 && reports(sentence.text)) reported.push(at)
  })
  return { markdown, glossary, prose, sentences, direct, reported, beads: new Map() }
}

/** A quotation or sentence with its best English candidate, before calibration. */
export interface TracedQuote extends Omit<AlignedQuote, 'match'> {
  candidate: TraceCandidate | null
}

/**
 * `alignQuotes` before its threshold and calibration: each quotation and sentence with the
 * best English span found for it and the evidence for it (for fitting a calibration).
 *
 * @param italian - The Italian article, or as `prepareArticle` returned it.
 * @param sources - The English sources.
 * @param options - As for `alignQuotes`; `threshold` and `calibration` are not used.
 * @returns Quotations and sentences, each with its candidate or `null`.
 * @throws {TypeError} When `italian` is not a string or a prepared article, or `sources` not a
 *   list of `{file, text}`.
 */
export function traceArticle(
  italian: string | PreparedArticle,
  sources: readonly EnglishSource[],
  options?: QuoteOptions | null,
): { quotes: TracedQuote[]; sentences: TracedQuote[] } {
  checkTraceArguments('traceArticle', italian, sources, options)
  const settings = options ?? noOptions
  const side = italianSide(italian, settings)
  const text = textOf(italian)
  const { prose, sentences } = side
  const prepared = poolFor(sources, settings.dictionary ?? null, settings.glossary ?? null)
  const pool = prepared.pool
  // The pool's default index is made when first asked for: tracing no quotation asks nothing.
  const index: CandidateIndex = settings.index ?? {
    candidates: (words, limit) => prepared.memoryIndex().candidates(words, limit),
  }

  const directOnly = settings.directOnly === true
  const partners = partnersOf(side, pool, index, directOnly)

  const toItalian = (
    start: number,
    end: number,
    kind: AlignedQuote['kind'],
    candidate: TraceCandidate | null,
  ): TracedQuote => {
    const [from, to] = prose.toSourceRange(start, end)
    return { text: text.slice(from, to), start: from, end: to, kind, candidate }
  }
  // The partner's candidate, unless the place is unconfirmed and the words weak: then the best
  // of it and the pool's candidates for the quotation's own words, by probability. A quotation
  // of one content word outside an alignment is searched for too, and traced only where few
  // sentences hold its word (see `loneWordRivals`).
  const orSearch = (
    traced: TraceCandidate | null,
    keys: ItalianKeys,
    at: number,
  ): TraceCandidate | null => {
    const lone = keys.words.length === 1
    if (traced && (traced.inPlace || traced.quote >= 0.5) && (traced.aligned || !lone))
      return traced
    const sentence = at === -1 ? keys : (sentences[at] as ItalianSentence).keys
    const found = searchPool(keys, sentence, pool, index)
    let best = traced
    for (const candidate of found) {
      if (!best || calibrate(candidate, settings) > calibrate(best, settings)) best = candidate
    }
    if (best && lone && !best.aligned && rivalsOf(best, found) >= loneWordRivals) return null
    return best
  }

  const quotes: TracedQuote[] = side.direct.map((quote) => {
    const partner = quote.at === -1 ? null : partners[quote.at]
    const traced = partner ? traceQuote(quote.keys, quote.rank, partner, pool) : null
    return toItalian(quote.start, quote.end, 'direct', orSearch(traced, quote.keys, quote.at))
  })
  for (const at of directOnly ? [] : side.reported) {
    const sentence = sentences[at] as ItalianSentence
    const partner = partners[at]
    const traced = partner ? traceQuote(sentence.keys, null, partner, pool) : null
    const candidate = orSearch(traced, sentence.keys, at)
    quotes.push(toItalian(sentence.start, sentence.end, 'indirect', candidate))
  }
  quotes.sort((a, b) => a.start - b.start)
  if (directOnly) return { quotes, sentences: [] }
  return {
    quotes,
    sentences: sentences.map((sentence, at) =>
      toItalian(sentence.start, sentence.end, 'indirect', sentenceCandidate(partners[at], pool)),
    ),
  }
}

/**
 * Each sentence's English partner (see `findPartners`), for the sentences that need one: all of
 * them, or with `directOnly` those with a direct quotation. With none (direct quotations alone,
 * none inside a sentence, or none at all), the stories the article draws from and its alignments
 * with them would go unused: every sentence gets `null`.
 */
function partnersOf(
  side: ItalianSide,
  pool: EnglishPool,
  index: CandidateIndex,
  directOnly: boolean,
): Array<Partner | null> {
  const sentences = side.sentences
  const quoted = directOnly
    ? new Set(side.direct.map((quote) => quote.at).filter((at) => at !== -1))
    : null
  if (quoted?.size === 0) return sentences.map(() => null)
  return findPartners(
    sentences,
    pool,
    pickStories(sentences, pool, index),
    index,
    side.beads,
    quoted && ((at) => quoted.has(at)),
  )
}

/**
 * How many sentences of the pool may cover a one-word quotation as well as its best candidate
 * before the word no longer says which of them it comes from: with three or more (`principale`
 * in `chief`, `main` and `principal`, `vedere` in every `see`), the choice between them rests on
 * the sentence around the quotation alone, which an unaligned sentence does not give. One or two
 * leave it to the calibration (the wire's `incondizionato`, found in two sentences).
 */
const loneWordRivals = 3

/** The searched candidates that cover the quotation as well as `best` does (itself included). */
function rivalsOf(best: TraceCandidate, found: readonly TraceCandidate[]): number {
  let count = found.includes(best) ? 0 : 1
  for (const candidate of found) if (candidate.quote >= best.quote - 0.05) count++
  return count
}

// A phrase with no letter either side. Lookarounds rather than `(?:^|[^\p{L}])` and
// `(?:[^\p{L}]|$)`, which say the same (under `iu`, `[^\p{L}]` is exactly what `\p{L}` is not)
// but make V8 compile the pattern for ~10 ms of CPU on its first use, in every run.
const reportingPattern = new RegExp(`(?<!\\p{L})(?:${reportingPhrases.join('|')})(?!\\p{L})`, 'iu')

function reports(sentence: string): boolean {
  return reportingPattern.test(sentence)
}

/** A whole sentence's match: the English sentences of its partner, first to last. */
function sentenceCandidate(
  partner: Partner | null | undefined,
  pool: EnglishPool,
): TraceCandidate | null {
  if (!partner) return null
  const sentences = partner.sentences.map((at) => pool.sentences[at] as PoolSentence)
  const first = sentences[0] as PoolSentence
  const last = sentences.at(-1) as PoolSentence
  return {
    doc: first.doc,
    start: first.start,
    end: last.end,
    quote: partner.score,
    sentence: partner.score,
    quoted: false,
    inPlace: false,
    aligned: partner.aligned,
    mutual: partner.aligned && partner.mutual,
  }
}
