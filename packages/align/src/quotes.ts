import type { Glossary, TermMatch } from '@fonte/glossary'
import { markdownProse, type Prose } from '@fonte/markdown'
import { extractQuotes, splitSentences } from '@fonte/split-it'
import { split as splitEnglish } from 'sentence-splitter'
import type { Dictionary } from './scorers.js'
import { numberKeys, plainWords } from './words.js'

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
  /** A glossary whose concepts count as evidence (default: none). */
  glossary?: Glossary | null | undefined
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
 * A logistic model from a match's raw evidence score `e` (the share of the quotation's words with
 * a counterpart, weighed by the share of the English span accounted for) to the probability that
 * the match is right: `1 / (1 + exp(-(intercept + slope × e)))`.
 */
export interface QuoteCalibration {
  intercept: number
  slope: number
}

/**
 * The calibration `alignQuotes` uses by default, fitted by `packages/align/bench/calibrate.mjs`
 * on the sentence pairs of corpus-it (`corpus-it/<id>/pairs.json`): each Italian sentence matched
 * against all the corpus's English sources, once with its original among them and once without.
 */
export const defaultQuoteCalibration: QuoteCalibration = { intercept: -5.752, slope: 12.077 }

/**
 * The calibration `alignQuotes` uses by default when it is given a dictionary, fitted the same
 * way with FreeDict's English–Italian dictionary (`dict-freedict-eng-ita`) as evidence: a
 * dictionary finds more words in common, right or wrong, so the same evidence is worth less.
 * Refit it for another dictionary.
 */
export const dictionaryQuoteCalibration: QuoteCalibration = { intercept: -5.598, slope: 10.588 }

const noOptions: QuoteOptions = {}

function calibrate(evidence: number, settings: QuoteOptions): number {
  if (settings.calibration === null) return evidence
  const { intercept, slope } =
    settings.calibration ??
    (settings.dictionary ? dictionaryQuoteCalibration : defaultQuoteCalibration)
  return 1 / (1 + Math.exp(-(intercept + slope * evidence)))
}

interface EnglishSentence {
  file: string
  /** Offsets into the source as given. */
  start: number
  end: number
  words: EnglishWord[]
  /** The glossary's English terms in it, offsets relative to `start`; found once, used per quote. */
  terms: TermMatch[]
}

interface EnglishWord {
  start: number
  end: number
  /** The keys it can share with Italian words: its number, its prefix, its translations' prefixes. */
  keys: string[]
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
 * @param italian - The Italian article (Markdown or plain text, front matter allowed).
 * @param sources - The English texts to search.
 * @param options - Dictionary, glossary and threshold (optional).
 * @returns The quotations and sentences with their matches, offsets into the texts as given.
 * @throws {TypeError} When `italian` is not a string or `sources` not a list of `{file, text}`.
 */
export function alignQuotes(
  italian: string,
  sources: readonly EnglishSource[],
  options?: QuoteOptions | null,
): QuoteAlignment {
  if (typeof italian !== 'string')
    throw new TypeError('`alignQuotes` expects the Italian article as a string')
  if (!Array.isArray(sources) || sources.some((source) => typeof source?.text !== 'string')) {
    throw new TypeError('`alignQuotes` expects `sources` as a list of `{file, text}`')
  }
  const settings = options ?? noOptions
  const threshold = settings.threshold ?? 0.5
  const prose = settings.markdown === false ? plainProse(italian) : markdownProse(italian)
  const english = sources.flatMap((source) => englishSentences(source, settings))

  const find = (start: number, end: number): QuoteMatch | null => {
    const text = prose.text.slice(start, end)
    const match = bestMatch(text, english, sources, settings)
    return match && match.score >= threshold ? match : null
  }
  const toItalian = (start: number, end: number, kind: AlignedQuote['kind']): AlignedQuote => {
    const [from, to] = prose.toSourceRange(start, end)
    return { text: italian.slice(from, to), start: from, end: to, kind, match: find(start, end) }
  }

  const direct = extractQuotes(prose.text).filter(
    (quote) => quote.depth === 0 && /\p{L}/u.test(quote.text),
  )
  const sentences = splitSentences(prose.text, { quotes: 'keep' })
  const quotes: AlignedQuote[] = direct.map((quote) => toItalian(quote.start, quote.end, 'direct'))
  for (const sentence of sentences) {
    const inside = direct.filter(
      (quote) => quote.start >= sentence.start && quote.end <= sentence.end,
    )
    const quoted = inside.reduce((sum, quote) => sum + quote.end - quote.start, 0)
    // Reported speech: an attribution, and most of the sentence outside quotation marks.
    if (quoted < (sentence.end - sentence.start) / 2 && reports(sentence.text)) {
      quotes.push(toItalian(sentence.start, sentence.end, 'indirect'))
    }
  }
  quotes.sort((a, b) => a.start - b.start)
  return {
    quotes,
    sentences: sentences.map((sentence) => toItalian(sentence.start, sentence.end, 'indirect')),
  }
}

const reportingPattern = new RegExp(
  `(?:^|[^\\p{L}])(?:${reportingPhrases.join('|')})(?:[^\\p{L}]|$)`,
  'iu',
)

function reports(sentence: string): boolean {
  return reportingPattern.test(sentence)
}

function plainProse(text: string): Prose {
  return {
    text,
    toSource: (offset) => offset,
    toSourceRange: (start, end) => [start, end],
    blocks: [],
  }
}

/** The sentences of an English source, each word with the keys it can share with Italian. */
function englishSentences(source: EnglishSource, settings: QuoteOptions): EnglishSentence[] {
  const prose = markdownProse(source.text)
  const sentences: EnglishSentence[] = []
  // Block by block, so that no sentence runs across blocks; headings and bare links name where
  // a passage was read, they are not the passage.
  const passages = prose.blocks.filter(
    (block) =>
      block.type !== 'heading' &&
      !/^\s*\S+:\/\/\S+\s*$/.test(prose.text.slice(block.start, block.end)),
  )
  const nodes = passages.flatMap((block) =>
    splitEnglish(prose.text.slice(block.start, block.end)).map((node) => ({
      ...node,
      range: [node.range[0] + block.start, node.range[1] + block.start] as const,
    })),
  )
  for (const node of nodes) {
    if (node.type !== 'Sentence') continue
    const [start, end] = node.range
    const words: EnglishWord[] = []
    const pattern = /[\p{L}\p{N}]+/gu
    let found: RegExpExecArray | null
    while ((found = pattern.exec(node.raw))) {
      const wordStart = start + found.index
      const [from, to] = prose.toSourceRange(wordStart, wordStart + found[0].length)
      words.push({ start: from, end: to, keys: englishKeys(found[0], settings) })
    }
    const [from, to] = prose.toSourceRange(start, end)
    const terms = settings.glossary?.source.match(source.text.slice(from, to)) ?? []
    sentences.push({ file: source.file, start: from, end: to, words, terms })
  }
  return sentences
}

function englishKeys(word: string, settings: QuoteOptions): string[] {
  const [plain = ''] = plainWords(word)
  const keys: string[] = []
  if (/^\p{N}+$/u.test(plain)) return numberKeys(word).map((number) => `#${number}`)
  if (plain.length >= 5) keys.push(plain.slice(0, 4))
  if (/^\p{Lu}/u.test(word) && plain.length >= 3) keys.push(`=${plain}`)
  for (const translation of settings.dictionary?.get(plain) ?? []) {
    for (const part of plainWords(translation)) if (part.length >= 3) keys.push(part.slice(0, 4))
  }
  return keys
}

function italianKeys(word: string): string[] {
  const [plain = ''] = plainWords(word)
  if (/^\p{N}+$/u.test(plain)) return numberKeys(word).map((number) => `#${number}`)
  const keys: string[] = []
  if (plain.length >= 3) keys.push(plain.slice(0, 4))
  if (/^\p{Lu}/u.test(word) && plain.length >= 3) keys.push(`=${plain}`)
  return keys
}

// Italian function words carry no evidence and are not counted as words to be matched.
const italianStopWords = new Set(
  (
    'il lo la i gli le un uno una di a da in con su per tra fra e o ma che non si del dello della dei degli ' +
    'delle al allo alla ai agli alle dal dalla dai dagli dalle nel nello nella nei negli nelle sul sulla sui ' +
    'sugli sulle è sono ha hanno era come anche più questo questa quello quella loro suo sua suoi sue'
  ).split(' '),
)

/**
 * The English span that best accounts for an Italian text: the sentence sharing the most
 * evidence with it, narrowed to the shortest run of words that keeps that evidence. Glossary
 * concepts found on both sides count as evidence for every word of their terms, so a quotation
 * with no cognate at all (`tutti i mezzi` ↔ `all means`) is found through the term base.
 */
function bestMatch(
  italian: string,
  english: readonly EnglishSentence[],
  sources: readonly EnglishSource[],
  settings: QuoteOptions,
): QuoteMatch | null {
  const words = [...italian.matchAll(/[\p{L}\p{N}]+/gu)]
    .filter((found) => !italianStopWords.has(found[0].toLowerCase()))
    .map((found) => ({ text: found[0], start: found.index, end: found.index + found[0].length }))
  if (words.length === 0) return null
  const italianTerms = settings.glossary?.target.match(italian) ?? []
  const concepts = new Set(italianTerms.map((match) => match.concept.id))

  let best: QuoteMatch | null = null
  let bestScore = Number.NEGATIVE_INFINITY
  let bestMisfit = Number.POSITIVE_INFINITY
  for (const sentence of english) {
    const englishTerms =
      concepts.size > 0 ? sentence.terms.filter((match) => concepts.has(match.concept.id)) : []
    const sharedConcepts = new Set(englishTerms.map((match) => match.concept.id))
    // Which glossary term each word is in (-1: none). A term is one unit of meaning however many
    // words it has, so that a wordy version of a text (`all means in its possession without
    // delay`) does not look better accounted for than a terse one (`all available means`).
    const termOf = sentence.words.map((word) => {
      const offset = word.start - sentence.start
      return englishTerms.findIndex((term) => term.start <= offset && offset < term.end)
    })
    const inSharedTerm = (word: { start: number }) =>
      italianTerms.some(
        (term) =>
          sharedConcepts.has(term.concept.id) && term.start <= word.start && word.start < term.end,
      )
    // Which English words carry evidence for this Italian text: a place in a shared glossary
    // term, or a key of an Italian word outside those terms, each Italian word accounting for
    // one English word (one `stato` is not evidence for three `state`s).
    const budget = new Map<string, number>()
    for (const word of words) {
      if (inSharedTerm(word)) continue
      for (const key of italianKeys(word.text)) budget.set(key, (budget.get(key) ?? 0) + 1)
    }
    const hits = sentence.words.map((word, index) => {
      if (termOf[index] !== -1) return true
      const key = word.keys.find((candidate) => (budget.get(candidate) ?? 0) > 0)
      if (key === undefined) return false
      budget.set(key, (budget.get(key) as number) - 1)
      return true
    })
    const first = hits.indexOf(true)
    if (first === -1) continue
    const last = hits.lastIndexOf(true)
    // Narrow to the run between the first and last words with evidence; score how much of the
    // Italian it accounts for and how much of the run is accounted for.
    const span = sentence.words.slice(first, last + 1)
    const spanKeys = new Set(span.flatMap((word) => word.keys))
    let covered = 0
    for (const word of words) {
      if (inSharedTerm(word) || italianKeys(word.text).some((key) => spanKeys.has(key))) covered++
    }
    const recall = covered / words.length
    let units = 0
    let unitsWithHits = 0
    for (let index = first; index <= last; index++) {
      const term = termOf[index] as number
      if (term !== -1 && index > first && termOf[index - 1] === term) continue
      units++
      if (hits[index]) unitsWithHits++
    }
    const precision = unitsWithHits / units
    const score = Math.sqrt(recall * Math.min(1, precision * 1.5))
    // One shared word is weak evidence: enough for a one- or two-word quotation, not for a longer
    // one (`nuova pagina di instabilità nel mondo` is not `Monday`).
    if (covered < 2 && words.length > 2) continue
    const calibrated = calibrate(score, settings)
    const start = (span[0] as EnglishWord).start
    const end = (span.at(-1) as EnglishWord).end
    // Between spans with the same evidence (two outlets' versions of one text, both carrying the
    // glossary concept), the one whose length fits the Italian's is its original.
    const misfit = Math.abs(Math.log((italian.length + 1) / (end - start + 1)))
    if (calibrated > bestScore || (calibrated === bestScore && misfit < bestMisfit)) {
      bestScore = calibrated
      bestMisfit = misfit
      best = {
        file: sentence.file,
        text: sourceText(sources, sentence.file).slice(start, end),
        start,
        end,
        score: Math.round(calibrated * 1000) / 1000,
      }
    }
  }
  return best
}

function sourceText(sources: readonly EnglishSource[], file: string): string {
  return sources.find((source) => source.file === file)?.text ?? ''
}
