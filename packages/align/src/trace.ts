import { alignSentences, type Bead } from './align.js'
import { segmentedEnglish, type EnglishDocument, type SourceSentence } from './english-source.js'
import {
  coverage,
  Idf,
  lemmaList,
  lemmasOfWord,
  pairWords,
  readPlains,
  readWords,
  type ItalianKeys,
  type Word,
} from './evidence.js'
import type { ConceptFinder, Dictionary } from './resources.js'

/** An English sentence of the pool, with its words read once. */
export interface PoolSentence {
  /** Index of its document among the sources. */
  doc: number
  /** Index among its document's sentences. */
  index: number
  start: number
  end: number
  words: Word[]
}

/** The English side, read once: documents, every sentence with its words, IDF over them. */
export interface EnglishPool {
  documents: EnglishDocument[]
  sentences: PoolSentence[]
  /** For each document, the pool index of its first sentence. */
  firstSentence: number[]
  idf: Idf
  /** Words of each document's quotations, read when first asked for. */
  quoteWords: Map<string, Word[]>
  dictionary: Dictionary | null
}

/**
 * Read English sources into a pool: segmentation and IDF now, each sentence's words and their
 * keys when first asked for. With an index of the English side given, a tracer reads the
 * sentences of the stories the article draws from and of the candidates it looks at, not the
 * whole wire: the lexicon's look-ups of every word cost most of reading a pool.
 */
export function readPool(
  sources: ReadonlyArray<{ file: string; text: string }>,
  dictionary: Dictionary | null = null,
  glossary: ConceptFinder | null = null,
): EnglishPool {
  const read = sources.map((source) => readDocument(source, dictionary, glossary))
  const documents = read.map((entry) => entry.document)
  const sentences: PoolSentence[] = []
  const firstSentence: number[] = []
  const idf = new Idf()
  read.forEach((entry, doc) => {
    firstSentence.push(sentences.length)
    entry.document.sentences.forEach((sentence, index) => {
      idf.addPlains(entry.plains[index] as string[])
      sentences.push(new DocumentSentence(entry, doc, index, sentence.start, sentence.end))
    })
  })
  return { documents, sentences, firstSentence, idf, quoteWords: new Map(), dictionary }
}

/** A sentence of a pool, whose words are read when first asked for. */
class DocumentSentence implements PoolSentence {
  #words: Word[] | undefined

  constructor(
    private readonly read: ReadDocument,
    readonly doc: number,
    readonly index: number,
    readonly start: number,
    readonly end: number,
  ) {}

  get words(): Word[] {
    return (this.#words ??= this.read.words(this.index))
  }
}

/**
 * An English document read: its segmentation, each sentence's spellings (for the IDF) and each
 * sentence's words, read when first asked for.
 */
interface ReadDocument {
  document: EnglishDocument
  plains: string[][]
  words: (sentence: number) => Word[]
}

// Documents read, per dictionary and glossary, by file and text: the same story is often in
// several pools (a report traces each article against its own sources, then everyone's). A
// bounded number of documents is kept, the oldest dropped first.
const readDocuments = new WeakMap<object, WeakMap<object, Map<string, ReadDocument>>>()
const keptDocuments = 2000
// The key of no dictionary, no glossary: held weakly, a dictionary's documents go with it.
const none = {}

function readDocument(
  source: { file: string; text: string },
  dictionary: Dictionary | null,
  glossary: ConceptFinder | null,
): ReadDocument {
  let byGlossary = readDocuments.get(dictionary ?? none)
  if (!byGlossary) readDocuments.set(dictionary ?? none, (byGlossary = new WeakMap()))
  let cache = byGlossary.get(glossary ?? none)
  if (!cache) byGlossary.set(glossary ?? none, (cache = new Map()))
  const key = `${source.file}\u0000${source.text}`
  let entry = cache.get(key)
  if (entry) return entry
  const document = segmentedEnglish(source.file, source.text)
  const plains = document.sentences.map((sentence) =>
    readPlains(document.text, sentence.start, sentence.end),
  )
  const words: Array<Word[] | undefined> = []
  const sentenceWords = (index: number) => {
    let read = words[index]
    if (read) return read
    const { start, end } = document.sentences[index] as SourceSentence
    read = readWords(document.text, 'en', start, end, dictionary)
    if (glossary) read = withConcepts(read, glossary, document.text, start, end, 'en', dictionary)
    return (words[index] = read)
  }
  entry = { document, plains, words: sentenceWords }
  cache.set(key, entry)
  if (cache.size > keptDocuments) cache.delete(cache.keys().next().value as string)
  return entry
}

/** An English pool read for some sources, dictionary and glossary, with its default index. */
interface PreparedPool {
  files: string[]
  texts: string[]
  dictionary: Dictionary | null
  glossary: ConceptFinder | null
  pool: EnglishPool
  memory: CandidateIndex | null
}

// Pools read, per sources array: the report and a newsroom's tools trace many articles against
// the same sources, and reading them (segmentation, every word's keys) costs more than tracing
// one article. Held weakly, so a pool lives as long as its caller keeps the array.
const preparedPools = new WeakMap<readonly object[], PreparedPool[]>()

/**
 * The pool of `sources`, read once per sources array, dictionary and glossary: the same array
 * with equal files and texts gets the pool read before (an array changed in place is read
 * again).
 */
export function poolFor(
  sources: ReadonlyArray<{ file: string; text: string }>,
  dictionary: Dictionary | null = null,
  glossary: ConceptFinder | null = null,
): { pool: EnglishPool; memoryIndex: () => CandidateIndex } {
  let list = preparedPools.get(sources)
  let prepared = list?.find(
    (entry) =>
      entry.dictionary === dictionary &&
      entry.glossary === glossary &&
      entry.texts.length === sources.length &&
      sources.every(
        (source, at) => source.text === entry.texts[at] && source.file === entry.files[at],
      ),
  )
  if (!prepared) {
    prepared = {
      files: sources.map((source) => source.file),
      texts: sources.map((source) => source.text),
      dictionary,
      glossary,
      pool: readPool(sources, dictionary, glossary),
      memory: null,
    }
    // An array reused with other texts keeps only its newest pools.
    list = [...(list ?? []).slice(-3), prepared]
    preparedPools.set(sources, list)
  }
  const entry = prepared
  return {
    pool: entry.pool,
    memoryIndex: () => (entry.memory ??= memoryIndex(entry.pool)),
  }
}

/**
 * Words inside a glossary term get the term's concept as one more key, so that a concept
 * rendered without any cognate (`tutti i mezzi` ↔ `all means`) is evidence too; a function word
 * inside a term is evidence then, with its lemmas (read with `dictionary`, as the words were).
 */
export function withConcepts(
  words: Word[],
  glossary: ConceptFinder,
  text: string,
  start: number,
  end: number,
  language: 'it' | 'en',
  dictionary: Dictionary | null = null,
): Word[] {
  const matcher = language === 'en' ? glossary.source : glossary.target
  const matches = matcher.match(text.slice(start, end))
  if (matches.length === 0) return words
  return words.map((word) => {
    const at = word.start - start
    // Most words are in no term: no array is made for them.
    if (!matches.some((match) => match.start <= at && at < match.end)) return word
    const concepts = matches.filter((match) => match.start <= at && at < match.end)
    return {
      ...word,
      stop: false,
      lemmas: new Set([
        ...lemmasOfWord(word, text, language, dictionary),
        ...concepts.map((match) => `g:${match.concept.id}`),
      ]),
    }
  })
}

/** The words of one of a document's quotations. */
export function quoteWords(pool: EnglishPool, doc: number, quote: number): Word[] {
  const key = `${doc}:${quote}`
  let words = pool.quoteWords.get(key)
  if (!words) {
    const document = pool.documents[doc] as EnglishDocument
    const span = document.quotes[quote] as { start: number; end: number }
    words = readWords(document.text, 'en', span.start, span.end, pool.dictionary)
    pool.quoteWords.set(key, words)
  }
  return words
}

// --- Candidate lookup: the one place where English sentences are looked up by their words. ---

/** What an inverted index of the English side answers: sentences sharing keys with some words. */
export interface CandidateIndex {
  /** Pool sentence indices sharing keys with `words`, best first, at most `limit`. */
  candidates(words: readonly Word[], limit: number): Array<{ sentence: number; score: number }>
}

/** A word's keys by how it is written: its number, or its skeleton's first four letters or itself. */
function spellingKeys(word: Word): string[] {
  if (word.number !== null) return [`#${word.number}`]
  if (word.skeleton.length >= 4) return [`s:${word.skeleton.slice(0, 4)}`]
  if (word.capital || word.plain.length >= 3) return [`w:${word.plain}`]
  return []
}

/**
 * The postings lists of a memory index: each pool sentence under the spelling keys of its content
 * words, and under their lemmas and own spellings (the `l:` keys of an English word, a map of
 * their own so that no key string is made per lemma).
 */
interface Postings {
  spelled: Map<string, number[]>
  lemmas: Map<string, number[]>
}

/** The postings of a pool's sentences, each sentence once per key, in order. */
function indexPool(pool: EnglishPool): Postings {
  const postings: Postings = { spelled: new Map(), lemmas: new Map() }
  pool.sentences.forEach((sentence, index) => {
    for (let at = 0; at < sentence.words.length; at++) {
      const word = sentence.words[at] as Word
      if (word.stop) continue
      const keys = spellingKeys(word)
      for (let k = 0; k < keys.length; k++) post(postings.spelled, keys[k] as string, index)
      if (word.number !== null) continue
      const lemmas = lemmaList(word.lemmas)
      for (let k = 0; k < lemmas.length; k++) {
        const lemma = lemmas[k] as string
        if (lemma !== word.plain) post(postings.lemmas, lemma, index)
      }
      post(postings.lemmas, word.plain, index)
    }
  })
  return postings
}

/** Adds sentence `index` to the list of `key`, unless it is there (sentences come in order). */
function post(postings: Map<string, number[]>, key: string, index: number): void {
  const list = postings.get(key)
  if (!list) postings.set(key, [index])
  else if (list[list.length - 1] !== index) list.push(index)
}

/** A postings list of the memory index, with the weight of the key it is for. */
interface Posting {
  list: number[]
  weight: number
}

const noPostings: Posting[] = []

/**
 * A small in-memory inverted index of a pool's sentences by lexical key (spelling skeleton,
 * lemma and translation, number): the default `CandidateIndex`.
 */
export function memoryIndex(pool: EnglishPool): CandidateIndex {
  return new MemoryIndex(pool)
}

// How many candidates are kept per text looked up: the most any caller here asks for.
const keptCandidates = 5

/** The default `CandidateIndex`: a pool's postings, and scratch for scoring its sentences. */
class MemoryIndex implements CandidateIndex {
  private readonly postingsOf: (word: Word) => [Posting[], Posting[]]
  // Per sentence: its best weight for the current word and its score for the current call,
  // each valid where its stamp is the current one (no map per call or per word).
  private readonly best: Float64Array
  private readonly bestStamp: Int32Array
  private readonly score: Float64Array
  private readonly scoreStamp: Int32Array
  private stamp = 0
  private readonly touched: number[] = []
  private readonly reached: number[] = []
  private readonly found = new WeakMap<
    readonly Word[],
    { limit: number; top: Array<{ sentence: number; score: number }> }
  >()

  constructor(pool: EnglishPool) {
    const total = Math.max(pool.sentences.length, 1)
    this.postingsOf = italianPostings(indexPool(pool), total)
    this.best = new Float64Array(total)
    this.bestStamp = new Int32Array(total)
    this.score = new Float64Array(total)
    this.scoreStamp = new Int32Array(total)
  }

  candidates(words: readonly Word[], limit: number): Array<{ sentence: number; score: number }> {
    // A text is looked up more than once (the stories it draws from, its partner, its
    // quotation's search), with limits of 3 and 5: the best few are kept per words array, and
    // fewer are the first of them (the order is total: score, then sentence).
    const kept = this.found.get(words)
    if (kept && kept.limit >= limit) return kept.top.slice(0, limit)
    const searched = Math.max(limit, keptCandidates)
    const top = this.search(words, searched)
    this.found.set(words, { limit: searched, top })
    return top.slice(0, limit)
  }

  /** The `limit` best sentences sharing keys with `words`, best first. */
  private search(
    words: readonly Word[],
    limit: number,
  ): Array<{ sentence: number; score: number }> {
    if (this.stamp > 0x3fffffff) {
      this.bestStamp.fill(0)
      this.scoreStamp.fill(0)
      this.stamp = 0
    }
    const call = ++this.stamp
    this.touched.length = 0
    for (let at = 0; at < words.length; at++) {
      const word = words[at] as Word
      if (word.stop) continue
      // One Italian word counts once per sentence, through its rarest key.
      const current = ++this.stamp
      this.reached.length = 0
      // Indexed, not destructured: destructuring walks an iterator, an object per step.
      const postings = this.postingsOf(word)
      this.reach(postings[0], current)
      this.reach(postings[1], current)
      this.tally(call)
    }
    return topScored(this.touched, this.score, limit)
  }

  /** Raises each sentence of the postings to its best weight for the current word. */
  private reach(postings: readonly Posting[], current: number): void {
    const { best, bestStamp, reached } = this
    for (let p = 0; p < postings.length; p++) {
      const { list, weight } = postings[p] as Posting
      for (let k = 0; k < list.length; k++) {
        const sentence = list[k] as number
        if (bestStamp[sentence] !== current) {
          bestStamp[sentence] = current
          best[sentence] = 0
          reached.push(sentence)
        }
        best[sentence] = Math.max(best[sentence] as number, weight)
      }
    }
  }

  /** Adds the current word's best weight to the score of each sentence it reached. */
  private tally(call: number): void {
    const { best, score, scoreStamp, reached, touched } = this
    for (let k = 0; k < reached.length; k++) {
      const sentence = reached[k] as number
      if (scoreStamp[sentence] !== call) {
        scoreStamp[sentence] = call
        score[sentence] = 0
        touched.push(sentence)
      }
      score[sentence] = (score[sentence] as number) + (best[sentence] as number)
    }
  }
}

/**
 * How an Italian word's postings lists are found in a memory index, with their weights: those of
 * its spelling, looked up once per word read, and those of its lemmas, looked up once per set of
 * lemmas (the lexicon's sets are shared by every occurrence of a word in every article, and a
 * word has dozens of translations).
 */
function italianPostings(
  postings: Postings,
  total: number,
): (word: Word) => [Posting[], Posting[]] {
  const posted = (lists: ReadonlyMap<string, number[]>, key: string, into: Posting[]) => {
    const list = lists.get(key)
    if (list) into.push({ list, weight: Math.log((total + 1) / list.length) })
  }
  const byWord = new WeakMap<Word, [Posting[], Posting[]]>()
  const byLemmas = new WeakMap<ReadonlySet<string>, Posting[]>()
  return (word) => {
    let found = byWord.get(word)
    if (found) return found
    const own: Posting[] = []
    const keys = spellingKeys(word)
    for (let k = 0; k < keys.length; k++) posted(postings.spelled, keys[k] as string, own)
    let shared = word.number === null ? byLemmas.get(word.lemmas) : noPostings
    if (!shared) {
      shared = []
      for (const lemma of word.lemmas) posted(postings.lemmas, lemma, shared)
      byLemmas.set(word.lemmas, shared)
    }
    found = [own, shared]
    byWord.set(word, found)
    return found
  }
}

/**
 * The `limit` best of the touched sentences by score (ties: the earlier sentence), best first: as
 * sorting them all would give, without sorting the hundreds a large pool touches.
 */
function topScored(
  touched: readonly number[],
  score: Float64Array,
  limit: number,
): Array<{ sentence: number; score: number }> {
  const top: Array<{ sentence: number; score: number }> = []
  for (let index = 0; index < touched.length; index++) {
    const sentence = touched[index] as number
    const value = score[sentence] as number
    const last = top[top.length - 1]
    if (top.length >= limit && last && !isBetter(value, sentence, last)) continue
    let at = top.length
    while (at > 0 && isBetter(value, sentence, top[at - 1] as { sentence: number; score: number }))
      at--
    top.splice(at, 0, { sentence, score: value })
    if (top.length > limit) top.pop()
  }
  return top
}

function isBetter(
  value: number,
  sentence: number,
  other: { sentence: number; score: number },
): boolean {
  return value > other.score || (value === other.score && sentence < other.sentence)
}

// --- Structure: which stories the article draws from, and each sentence's English partner. ---

/** An Italian sentence, read once. */
export interface ItalianSentence {
  start: number
  end: number
  text: string
  keys: ItalianKeys
}

/** The English sentences (pool indices) an Italian sentence translates, and how well they match. */
export interface Partner {
  sentences: number[]
  /** Coverage of the Italian sentence by them, both ways (see `coverage`). */
  score: number
  /** Whether it comes from the sentence alignment (else from a search of the whole pool). */
  aligned: boolean
  /**
   * Whether the Italian sentence is also its partner's best match among its neighbours (two
   * sentences either side): a sentence whose own original is missing is often aligned with a
   * neighbour's, which its neighbour covers better.
   */
  mutual: boolean
}

/**
 * The documents an article draws from: each Italian sentence votes for the documents of its best
 * candidates; a document with a fair share of the best document's votes is kept (an article may
 * mix several stories), at most `limit`.
 */
export function pickStories(
  italian: readonly ItalianSentence[],
  pool: EnglishPool,
  index: CandidateIndex,
  limit = 8,
): number[] {
  if (pool.documents.length <= 1) return pool.documents.map((_, doc) => doc)
  const votes = new Float64Array(pool.documents.length)
  for (const sentence of italian) {
    const found = index.candidates(sentence.keys.words, 3)
    const top = found[0]?.score ?? 0
    for (const { sentence: at, score } of found) {
      const doc = (pool.sentences[at] as PoolSentence).doc
      votes[doc] = (votes[doc] as number) + score / Math.max(top, 1e-9)
    }
  }
  const best = Math.max(...votes)
  return [...votes.keys()]
    .filter((doc) => (votes[doc] as number) > 0 && (votes[doc] as number) >= 0.3 * best)
    .sort((a, b) => (votes[b] as number) - (votes[a] as number))
    .slice(0, limit)
}

/**
 * The coverage (see `coverage`) that at least one sentence pair of the alignments must reach for
 * them to show that the article draws from the stories picked. The alignment pairs every
 * sentence it can (`weakPairs`), and `pickStories` picks the best stories even for a few shared
 * words, so an article with no original in the pool is aligned too; its pairs then count as
 * found by a search, not aligned. On the development data the two kinds lie far apart: the story
 * an article draws from has five or more pairs at this coverage, an unrelated story none
 * (ntrex-dev's Italian stories against corpus-it's wire, corpus-it against ntrex-dev's English;
 * at 0.3, one each for two of corpus-it's articles). An article of a sentence or two whose
 * sentences only hold a quotation of the English may fall short of it: its quotation is then
 * weighed as if searched for. Judged over all the stories picked, not one by one: a story an
 * article takes one sentence from is aligned with it as before.
 */
const crediblePairing = 0.4

/**
 * Each Italian sentence's English partner: the sentence alignment with each picked story
 * (`alignSentences`: drops, merges), the story whose aligned sentences cover it best; a sentence
 * left with no partner is searched for in the whole pool. A weak aligned partner is kept: its
 * coverage and whether it is mutual are features of the calibration, which weighs it; an
 * article whose alignments have no pair at `crediblePairing` gets partners that count as found by a
 * search.
 *
 * @param beads - The alignments of these Italian sentences with documents, kept across calls
 *   (a document read once is the same object in every pool; optional).
 * @param wanted - Which sentences need a partner (default: all); the others get `null`, though
 *   every sentence is aligned.
 */
export function findPartners(
  italian: readonly ItalianSentence[],
  pool: EnglishPool,
  stories: readonly number[],
  index: CandidateIndex,
  beads: Map<EnglishDocument, Bead[]> = new Map(),
  wanted: ((at: number) => boolean) | null = null,
): Array<Partner | null> {
  const partners: Array<Partner | null> = italian.map(() => null)
  const scoreOf = (at: number, sentences: readonly number[]) =>
    coverageScore((italian[at] as ItalianSentence).keys, wordsOf(pool, sentences), pool.idf)
  const consider = (
    at: number,
    sentences: number[],
    aligned: boolean,
    score = scoreOf(at, sentences),
  ) => {
    const current = partners[at]
    if (!current || score > current.score)
      partners[at] = { sentences, score, aligned, mutual: false }
  }
  const targets = italian.map((sentence) => sentence.text)
  const pairs: Array<{ at: number; sentences: number[]; score: number }> = []
  for (const doc of stories) {
    const document = pool.documents[doc] as EnglishDocument
    const first = pool.firstSentence[doc] as number
    let aligned = beads.get(document)
    if (!aligned) {
      aligned = alignSentences(
        document.sentences.map((sentence) => sentence.text),
        targets,
        { weakPairs: true },
      )
      beads.set(document, aligned)
    }
    for (const bead of aligned) {
      if (bead.source.length === 0) continue
      const sentences = bead.source.map((index) => first + index)
      for (const at of bead.target) pairs.push({ at, sentences, score: Number.NaN })
    }
  }
  // Every pair counts towards credibility (with `wanted` too: the stories are the same); each is
  // scored once, and only until one is credible, then as `consider` needs it.
  const scored = (pair: (typeof pairs)[number]) =>
    Number.isNaN(pair.score) ? (pair.score = scoreOf(pair.at, pair.sentences)) : pair.score
  const credible = pairs.some((pair) => scored(pair) >= crediblePairing)
  for (const pair of pairs)
    if (!wanted || wanted(pair.at)) consider(pair.at, pair.sentences, credible, scored(pair))
  italian.forEach((sentence, at) => {
    if (wanted && !wanted(at)) return
    const partner = partners[at]
    if (partner) {
      partner.mutual = isMutual(italian, at, partner, pool)
      return
    }
    for (const { sentence: found } of index.candidates(sentence.keys.words, 5)) {
      consider(at, [found], false)
    }
  })
  return partners
}

// Coverage scores asked again: a sentence's partner is scored in `consider` and again by its
// neighbours' `isMutual`, and a quotation's pool search meets sentences the alignment scored (a
// fifth of a report's calls). Kept per IDF (a pool: the same words array is in several pools),
// Italian text and English words array, all held weakly; a words array made for one call (a
// partner of several sentences) is never asked again and goes with its call.
const coverageScores = new WeakMap<Idf, WeakMap<ItalianKeys, WeakMap<readonly Word[], number>>>()

/** `coverage(italian, english, idf).score`, kept for the same three objects. */
function coverageScore(italian: ItalianKeys, english: readonly Word[], idf: Idf): number {
  let byItalian = coverageScores.get(idf)
  if (!byItalian) coverageScores.set(idf, (byItalian = new WeakMap()))
  let byEnglish = byItalian.get(italian)
  if (!byEnglish) byItalian.set(italian, (byEnglish = new WeakMap()))
  let score = byEnglish.get(english)
  if (score === undefined) byEnglish.set(english, (score = coverage(italian, english, idf).score))
  return score
}

/** The words of some pool sentences, in order (a single sentence's own array, not a copy). */
function wordsOf(pool: EnglishPool, sentences: readonly number[]): readonly Word[] {
  if (sentences.length === 1) return (pool.sentences[sentences[0] as number] as PoolSentence).words
  return sentences.flatMap((sentence) => (pool.sentences[sentence] as PoolSentence).words)
}

function isMutual(
  italian: readonly ItalianSentence[],
  at: number,
  partner: Partner,
  pool: EnglishPool,
): boolean {
  const words = wordsOf(pool, partner.sentences)
  for (let other = Math.max(0, at - 2); other <= Math.min(italian.length - 1, at + 2); other++) {
    if (other === at) continue
    const score = coverageScore((italian[other] as ItalianSentence).keys, words, pool.idf)
    if (score > partner.score) return false
  }
  return true
}

// --- Tracing a quotation inside its sentence's partner. ---

/** One way a quotation may have been traced, with what its probability is computed from. */
export interface TraceCandidate {
  doc: number
  start: number
  end: number
  /** Coverage of the quotation by the span, both ways. */
  quote: number
  /** Coverage of the quotation's sentence by its partner. */
  sentence: number
  /** Whether the span is an English quotation. */
  quoted: boolean
  /** Whether it is the English quotation in the same place (same count, same rank). */
  inPlace: boolean
  /** Whether the partner comes from the sentence alignment. */
  aligned: boolean
  /** Whether the partner is aligned and the quotation's sentence is its best match near it. */
  mutual: boolean
}

/** Features of a candidate for the calibration, in the order of `QuoteCalibration.weights`. */
export function features(candidate: TraceCandidate): number[] {
  return [
    candidate.quote,
    candidate.sentence,
    candidate.quoted ? 1 : 0,
    candidate.inPlace ? 1 : 0,
    candidate.aligned ? 1 : 0,
    candidate.mutual ? 1 : 0,
    // A pool-searched span's coverages again, so that they are weighed apart from an aligned one's.
    candidate.aligned ? 0 : candidate.quote,
    candidate.aligned ? 0 : candidate.sentence,
  ]
}

/**
 * The best English span for an Italian quotation inside its sentence's partner: one of the
 * English quotations there (preferred in the same place: the k-th of n Italian quotations is
 * the k-th of n English ones), or the sub-span of the partner that best accounts for it,
 * scored by how well both sides are covered.
 */
export function traceQuote(
  quote: ItalianKeys,
  rank: { index: number; count: number } | null,
  partner: Partner,
  pool: EnglishPool,
): TraceCandidate | null {
  if (quote.total === 0) return null
  const sentences = partner.sentences.map((at) => pool.sentences[at] as PoolSentence)
  const doc = (sentences[0] as PoolSentence).doc
  const document = pool.documents[doc] as EnglishDocument
  const quoteIds = [
    ...new Set(sentences.flatMap((sentence) => document.sentences[sentence.index]?.quotes ?? [])),
  ]
  let best: TraceCandidate | null = null
  let bestValue = Number.NEGATIVE_INFINITY
  const offer = (candidate: TraceCandidate, value: number) => {
    if (value > bestValue) {
      best = candidate
      bestValue = value
    }
  }
  quoteIds.forEach((id, order) => {
    const span = document.quotes[id] as { start: number; end: number }
    const score = coverageScore(quote, quoteWords(pool, doc, id), pool.idf)
    // A partner of several sentences pools their quotations, so the k-th of n there is the k-th
    // by a count the merge can make up (seed 003's `tutti i mezzi …`, the second of two, was the
    // first sentence's `comprehensive strategic partnership`): one sharing no word is no
    // candidate. In a one-sentence partner the place stands alone (ntrex-dev has such quotations).
    if (score === 0 && partner.sentences.length > 1) return
    // The same place is evidence only inside an aligned partner.
    const inPlace =
      partner.aligned && rank !== null && rank.count === quoteIds.length && rank.index === order
    offer(
      {
        doc,
        start: span.start,
        end: span.end,
        quote: score,
        sentence: partner.score,
        quoted: true,
        inPlace,
        aligned: partner.aligned,
        mutual: partner.aligned && partner.mutual,
      },
      score + (inPlace ? 0.3 : 0) + 0.1,
    )
  })
  const words = wordsOf(pool, partner.sentences)
  const span = bestSubSpan(quote, words, pool.idf)
  if (span) {
    const { start, end } = span.whole
      ? {
          start: Math.min(...sentences.map((sentence) => sentence.start)),
          end: Math.max(...sentences.map((sentence) => sentence.end)),
        }
      : toClauseEdges(span, words, document.text)
    offer(
      {
        doc,
        start,
        end,
        quote: span.score,
        sentence: partner.score,
        quoted: false,
        inPlace: false,
        aligned: partner.aligned,
        mutual: partner.aligned && partner.mutual,
      },
      span.score,
    )
  }
  return best
}

/** Most function words a span takes in at either edge to reach its clause's (`this is a fire`). */
const edgeWords = 3

/**
 * Punctuation and quotation marks that end a clause; a single quotation mark only against a
 * space, as `'` and `’` are apostrophes inside words (`won't`, `Kim's`); and a blank line, after a
 * headline or a paragraph that ends without a stop.
 */
const clauseBreak = /[,;:.!?"“”«»()[\]—–]|\s['‘’]|['‘’]\s|\n\s*\n/

/**
 * A partial span widened over the function words at its edges when they, and nothing else, lie
 * between it and the edge of its clause (a punctuation mark, a quotation mark or the partner's
 * edge), at most `edgeWords` a side: `not everyone is like` → `not everyone is like me` before
 * `.`, `fire that people are drawn to` → `this is a fire that people are drawn to` after `:`.
 * The span's ends are words with a counterpart, and an Italian quotation's function words have
 * none (`me`, `no`), so the clause says where the English phrase ends.
 */
function toClauseEdges(
  span: SubSpan,
  words: readonly Word[],
  text: string,
): Pick<SubSpan, 'start' | 'end'> {
  // Whether a clause breaks between two neighbouring words, in either order.
  const breaks = (a: Word, b: Word) =>
    clauseBreak.test(a.start < b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start))
  // The outermost word, from `edge` outwards by `step`, of a run of function words that ends at a
  // break or at the partner's edge; undefined when a content word or a break comes first.
  const outermost = (edge: number, step: 1 | -1): Word | undefined => {
    for (let at = edge + step; Math.abs(at - edge) <= edgeWords; at += step) {
      const word = words[at]
      if (!word?.stop || breaks(words[at - step] as Word, word)) return undefined
      const outer = words[at + step]
      if (!outer || breaks(word, outer)) return word
    }
    return undefined
  }
  return {
    start: outermost(span.first, -1)?.start ?? span.start,
    end: outermost(span.last, 1)?.end ?? span.end,
  }
}

let spanSums = new Float64Array(768)

/**
 * The run of English words that best accounts for an Italian text: among runs that start and
 * end on a word with a counterpart, the one with the best harmonic mean of the Italian content
 * covered and the English content accounted for.
 */
export function bestSubSpan(quote: ItalianKeys, words: readonly Word[], idf: Idf): SubSpan | null {
  const { strength, italianWeight, englishWeight } = pairWords(quote, words, idf)
  const n = words.length
  if (spanSums.length < 3 * (n + 1)) spanSums = new Float64Array(6 * (n + 1))
  // Prefix sums (index 0 is 0), in one reused array.
  const matchedIt = spanSums.subarray(0, n + 1)
  const matchedEn = spanSums.subarray(n + 1, 2 * (n + 1))
  const totalEn = spanSums.subarray(2 * (n + 1), 3 * (n + 1))
  matchedIt[0] = 0
  matchedEn[0] = 0
  totalEn[0] = 0
  for (let index = 0; index < n; index++) {
    const weight = englishWeight[index] as number
    const value = strength[index] as number
    matchedEn[index + 1] = (matchedEn[index] as number) + value
    totalEn[index + 1] = (totalEn[index] as number) + weight
    matchedIt[index + 1] =
      (matchedIt[index] as number) +
      (weight > 0 ? (value / weight) * (italianWeight[index] as number) : 0)
  }
  const hits: number[] = []
  for (let index = 0; index < n; index++) if ((strength[index] as number) > 0) hits.push(index)
  let best: SubSpan | null = null
  for (let a = 0; a < hits.length; a++) {
    for (let b = a; b < hits.length; b++) {
      const from = hits[a] as number
      const to = (hits[b] as number) + 1
      const it = Math.min(
        1,
        ((matchedIt[to] as number) - (matchedIt[from] as number)) / quote.total,
      )
      const total = (totalEn[to] as number) - (totalEn[from] as number)
      const en = total > 0 ? ((matchedEn[to] as number) - (matchedEn[from] as number)) / total : 0
      const score = it + en > 0 ? (2 * it * en) / (it + en) : 0
      if (!best || score > best.score + 1e-9) {
        best = {
          start: (words[from] as Word).start,
          end: (words[to - 1] as Word).end,
          score,
          first: from,
          last: to - 1,
        }
      }
    }
  }
  if (best) {
    // Nothing but function words outside it: the span is the whole text (`The 24-year-old said
    // … like me."` for a sentence of reported speech, not `24-year-old said … like`).
    best.whole =
      (totalEn[best.first] as number) === 0 &&
      (totalEn[n] as number) === (totalEn[best.last + 1] as number)
  }
  return best
}

/** A sub-span of English words, and whether only function words lie outside it. */
interface SubSpan {
  start: number
  end: number
  score: number
  /** Its first and last word, indices into the words it was chosen from. */
  first: number
  last: number
  whole?: boolean
}

/**
 * A quotation traced in the whole pool, for when its sentence's partner holds nothing like it
 * (rewritten news moves quotations between sentences, and a source may hold the quotation but
 * not the sentence around it): the candidates of the quotation's own words, each scored as if
 * its sentence were the partner.
 */
export function searchPool(
  quote: ItalianKeys,
  sentence: ItalianKeys,
  pool: EnglishPool,
  index: CandidateIndex,
  limit = 5,
): TraceCandidate[] {
  const found: TraceCandidate[] = []
  for (const { sentence: at } of index.candidates(quote.words, limit)) {
    const english = pool.sentences[at] as PoolSentence
    const partner: Partner = {
      sentences: [at],
      score: coverageScore(sentence, english.words, pool.idf),
      aligned: false,
      mutual: false,
    }
    const candidate = traceQuote(quote, null, partner, pool)
    if (candidate) found.push(candidate)
  }
  return found
}
