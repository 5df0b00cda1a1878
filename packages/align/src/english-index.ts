import { segmentedEnglish } from './english-source.js'
import type { Word } from './evidence.js'
import type { CandidateIndex } from './trace.js'
import {
  type IndexStore,
  type IndexedDocument,
  MemoryIndexStore,
  readIndexStore,
  serialiseIndexStore,
} from './index-store.js'
import { type KeyerOptions, type LexicalKeyer, lexicalKeyer, lexiconHasData } from './keys.js'
import { checkOption, checkOptions, checkSource, checkString, checkStrings } from './arguments.js'

/** A range of a text: UTF-16 offsets, `end` exclusive. */
export interface TextRange {
  start: number
  end: number
}

/** Options of `createEnglishIndex` and `loadEnglishIndex`. */
export interface EnglishIndexOptions extends KeyerOptions {
  /** Where to keep the index (default: a new `MemoryIndexStore`). */
  store?: IndexStore | null | undefined
  /**
   * How to cut an English text into sentences (default: the sentences of `alignQuotes`'s English
   * reading, so that sentence ids are the same as its pool's for the same sources in the same
   * order).
   */
  segment?: ((text: string, file: string) => TextRange[]) | null | undefined
}

/** One English sentence found for an Italian sentence. */
export interface SentenceHit {
  /** The sentence's id in the index. */
  id: number
  /** The document's id in the index. */
  document: number
  /** The file the sentence was read from. */
  file: string
  /** The sentence, exactly `text.slice(start, end)` of its document. */
  text: string
  /** UTF-16 offsets in the document's text as read. */
  start: number
  end: number
  /** IDF-weighted cosine of the shared keys, in [0, 1]. */
  score: number
}

/** A run of neighbouring sentences of one document that an article draws on. */
export interface Passage {
  /** Sentence ids `[first, end)`. */
  first: number
  end: number
  /** UTF-16 offsets in the document's text. */
  start: number
  stop: number
}

/** A source document an article draws from, with the passages it draws on. */
export interface DocumentHit {
  /** The document's id in the index. */
  document: number
  /** Its file. */
  file: string
  /** The sum over the article's sentences of their best sentence score in this document. */
  score: number
  /** How many of the article's sentences found their best match in this document. */
  sentences: number
  /** The passages matched, in document order. */
  passages: Passage[]
}

/** Options of `EnglishIndex#sentencesFor`. */
export interface SentenceQueryOptions {
  /** How many sentences to return (default: 5). */
  k?: number | null | undefined
  /** The lowest score returned (default: 0, anything sharing a key). */
  minScore?: number | null | undefined
  /** Only sentences of these documents (default: all). */
  documents?: ReadonlySet<number> | null | undefined
}

/** Options of `EnglishIndex#documentsFor`. */
export interface DocumentQueryOptions {
  /** How many documents to return (default: 5). */
  k?: number | null | undefined
  /** Sentences within this many of each other form one passage (default: 2). */
  passageGap?: number | null | undefined
}

// Keys in more than this share of the sentences (function words the stop lists missed, a
// story's main name in a one-story pool) are skipped at query time: they say little about which
// sentence, and their postings are the ones that grow with the pool.
const commonShare = 0.1
const commonFloor = 64
// A sentence counts for a document (and its passage) when it scores this share of the best.
const passageShare = 0.5
// Only sentences scoring this share of the query's best count toward a document.
const minimumHitScore = 0.08

const noOptions: EnglishIndexOptions = {}

/**
 * An inverted index of English sentences by lexical key (English lemmas, Italian translations'
 * and cognates' five-letter prefixes, names, numbers), IDF-weighted, queried with Italian
 * sentences: the candidates for a sentence come from the postings of its keys, so the cost of a
 * query grows with what matches, not with the pool.
 */
export class EnglishIndex {
  /** Where the documents, sentences and postings are kept. */
  readonly store: IndexStore
  private readonly keyer: LexicalKeyer
  private readonly segment: (text: string, file: string) => TextRange[]
  private readonly settings: Record<string, unknown>
  private norms: Float64Array = new Float64Array(0)
  private normsFor = -1

  /**
   * @param options - Store, segmenter, dictionary and lexicon (optional).
   */
  constructor(options?: EnglishIndexOptions | null) {
    const settings = options ?? noOptions
    this.store = settings.store ?? new MemoryIndexStore()
    this.keyer = lexicalKeyer(settings)
    this.segment = settings.segment ?? englishSentences
    this.settings = {
      lexicon: settings.lexicon ?? lexiconHasData(),
      dictionary: Boolean(settings.dictionary),
    }
  }

  /**
   * Add an English text, cut into sentences.
   *
   * @param source - The file it was read from and its text.
   * @returns The document's id.
   * @throws {TypeError} When `source` has no string `file` and `text`.
   */
  add(source: IndexedDocument): number {
    checkSource('EnglishIndex#add', 'source', source)
    return this.addSegmented(source, this.segment(source.text, source.file))
  }

  /**
   * Add an English text already cut into sentences.
   *
   * @param source - The file and its text.
   * @param sentences - The sentences, as ranges of `source.text`, in order.
   * @returns The document's id.
   */
  addSegmented(source: IndexedDocument, sentences: readonly TextRange[]): number {
    const keyed = sentences.map(({ start, end }) => ({
      start,
      end,
      keys: this.keyer.english(source.text.slice(start, end)),
    }))
    return this.store.add(source, keyed)
  }

  /** The sentence with this id, as a hit with no score. */
  sentence(id: number): SentenceHit {
    const sentence = this.store.sentence(id)
    const document = this.store.document(sentence.document)
    return {
      id,
      document: sentence.document,
      file: document.file,
      text: document.text.slice(sentence.start, sentence.end),
      start: sentence.start,
      end: sentence.end,
      score: 0,
    }
  }

  /**
   * Every document, in the order added, as `{file, text}`: pass them as `alignQuotes`'s
   * `sources` with `options.index = index.candidateIndex()` (first, or alone, so that sentence
   * ids agree).
   */
  sources(): IndexedDocument[] {
    return Array.from({ length: this.store.documentCount }, (_, id) => {
      const { file, text } = this.store.document(id)
      return { file, text }
    })
  }

  /** The sentences of a document, in order. */
  documentSentences(document: number): SentenceHit[] {
    const [first, end] = this.store.documentSentences(document)
    const hits: SentenceHit[] = []
    for (let id = first; id < end; id++) hits.push(this.sentence(id))
    return hits
  }

  /**
   * The English sentences that share the most (IDF-weighted) keys with an Italian sentence.
   *
   * @param italian - The Italian sentence (or quotation).
   * @param options - How many, the lowest score, which documents (optional).
   * @returns The best `k` sentences, best first.
   */
  sentencesFor(italian: string, options?: SentenceQueryOptions | null): SentenceHit[] {
    checkString('EnglishIndex#sentencesFor', 'italian', italian)
    checkOptions('EnglishIndex#sentencesFor', 'options', options)
    const k = options?.k ?? 5
    const minScore = options?.minScore ?? 0
    const scores = this.scoreSentences(this.keyer.italian(italian), options?.documents)
    const ranked = [...scores]
      .filter(([, score]) => score > minScore)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
    return ranked.map(([id, score]) => ({ ...this.sentence(id), score: round(score) }))
  }

  /**
   * The documents an article draws from, best first, with the passages it draws on: each
   * Italian sentence votes for the documents of its best-scoring English sentences.
   *
   * @param italian - The article's sentences, in order.
   * @param options - How many documents, and the gap that splits passages (optional).
   */
  documentsFor(italian: readonly string[], options?: DocumentQueryOptions | null): DocumentHit[] {
    checkStrings('EnglishIndex#documentsFor', 'italian', italian)
    checkOptions('EnglishIndex#documentsFor', 'options', options)
    const k = options?.k ?? 5
    const gap = options?.passageGap ?? 2
    const totals = new Map<number, { score: number; sentences: number; hits: Set<number> }>()
    for (const sentence of italian) {
      const scores = this.scoreSentences(this.keyer.italian(sentence), null)
      let best = 0
      for (const score of scores.values()) if (score > best) best = score
      if (best < minimumHitScore) continue
      const bestPerDocument = new Map<number, number>()
      for (const [id, score] of scores) {
        if (score < passageShare * best) continue
        const document = this.store.sentence(id).document
        const total = totals.get(document) ?? { score: 0, sentences: 0, hits: new Set() }
        totals.set(document, total)
        total.hits.add(id)
        bestPerDocument.set(document, Math.max(bestPerDocument.get(document) ?? 0, score))
      }
      for (const [document, score] of bestPerDocument) {
        const total = totals.get(document) as { score: number; sentences: number }
        total.score += score
        if (score === best) total.sentences++
      }
    }
    return [...totals]
      .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
      .slice(0, k)
      .map(([document, total]) => ({
        document,
        file: this.store.document(document).file,
        score: round(total.score),
        sentences: total.sentences,
        passages: this.passages(
          [...total.hits].sort((a, b) => a - b),
          gap,
        ),
      }))
  }

  /**
   * The index as `alignQuotes`'s candidate lookup (`QuoteOptions.index`): the sentences sharing
   * the most IDF-weighted keys with an Italian text's words, by sentence id. The ids are those of
   * `alignQuotes`'s pool when the index holds the same sources, in the same order, cut by the
   * default segmenter.
   */
  candidateIndex(): CandidateIndex {
    return {
      candidates: (words: readonly Word[], limit: number) => {
        const keys = new Set<string>()
        for (const word of words) {
          if (word.stop) continue
          if (word.number !== null) {
            keys.add(`#${word.number}`)
            continue
          }
          for (const key of this.keyer.italianWord(word.plain)) keys.add(key)
          if (word.capital) keys.add(`=${word.plain}`)
          for (const lemma of word.lemmas) keys.add(`@${lemma}`)
        }
        return [...this.scoreSentences([...keys], null)]
          .sort((a, b) => b[1] - a[1] || a[0] - b[0])
          .slice(0, limit)
          .map(([sentence, score]) => ({ sentence, score }))
      },
    }
  }

  /**
   * Whether the index cuts each story into the sentences `alignQuotes` reads (`segmentEnglish`):
   * only then are its sentence ids those of `alignQuotes`'s pool for the same sources, and
   * `candidateIndex()` its candidate look-up. An index made with another `segment`, or by a
   * version of fonte that cut sentences otherwise, answers false.
   */
  cutsAsTracer(): boolean {
    const { store } = this
    for (let document = 0; document < store.documentCount; document++) {
      const { file, text } = store.document(document)
      const [first, end] = store.documentSentences(document)
      const expected = segmentedEnglish(file, text).sentences
      if (expected.length !== end - first) return false
      for (let id = first; id < end; id++) {
        const sentence = store.sentence(id)
        const other = expected[id - first]
        if (other?.start !== sentence.start || other.end !== sentence.end) return false
      }
    }
    return true
  }

  /**
   * The index as text, to write to a file and read back with `loadEnglishIndex`: a version
   * header line, then JSON (see `serialiseIndexStore`).
   */
  serialise(): string {
    return serialiseIndexStore(this.store, this.settings)
  }

  /** Sentence id → IDF-weighted cosine with the query keys, over the postings of those keys. */
  private scoreSentences(
    keys: readonly string[],
    documents: ReadonlySet<number> | null | undefined,
  ): Map<number, number> {
    const store = this.store
    const total = store.sentenceCount
    const norms = this.sentenceNorms()
    const common = Math.max(commonFloor, commonShare * total)
    const shared = new Map<number, number>()
    let queryNorm = 0
    for (const key of keys) {
      const keyId = store.keyId(key)
      // A key no English sentence has still counts in the query's norm: an Italian sentence
      // half of whose words have no English counterpart is a weaker match.
      const postings = keyId === undefined ? undefined : store.postings(keyId)
      const frequency = postings?.length ?? 0
      const weight = idf(total, frequency)
      queryNorm += weight * weight
      if (!postings || frequency === 0 || frequency > common) continue
      for (let index = 0; index < postings.length; index++) {
        const id = postings[index] as number
        shared.set(id, (shared.get(id) ?? 0) + weight * weight)
      }
    }
    const scores = new Map<number, number>()
    if (queryNorm === 0) return scores
    const root = Math.sqrt(queryNorm)
    for (const [id, dot] of shared) {
      if (documents && !documents.has(store.sentence(id).document)) continue
      scores.set(id, dot / (root * (norms[id] as number)))
    }
    return scores
  }

  /** Each sentence's norm over its keys' IDF, recomputed when sentences were added. */
  private sentenceNorms(): Float64Array {
    const store = this.store
    if (this.normsFor === store.sentenceCount) return this.norms
    const total = store.sentenceCount
    const weights = new Float64Array(store.keyCount)
    for (let keyId = 0; keyId < store.keyCount; keyId++) {
      weights[keyId] = idf(total, store.postings(keyId).length)
    }
    const norms = new Float64Array(total)
    for (let id = 0; id < total; id++) {
      let sum = 0
      for (const keyId of store.sentence(id).keys) sum += (weights[keyId] as number) ** 2
      norms[id] = Math.sqrt(sum) || 1
    }
    this.norms = norms
    this.normsFor = total
    return norms
  }

  /** Runs of sentence ids no more than `gap` apart, within one document, as passages. */
  private passages(ids: readonly number[], gap: number): Passage[] {
    const passages: Passage[] = []
    for (const id of ids) {
      const sentence = this.store.sentence(id)
      const last = passages.at(-1)
      if (last && id - last.end < gap + 1) {
        last.end = id + 1
        last.stop = sentence.end
      } else {
        passages.push({ first: id, end: id + 1, start: sentence.start, stop: sentence.end })
      }
    }
    return passages
  }
}

/**
 * An index of English texts (see `EnglishIndex`).
 *
 * @param sources - The texts to add, each `{file, text}` (optional).
 * @param options - Store, segmenter, dictionary and lexicon (optional).
 */
export function createEnglishIndex(
  sources?: readonly IndexedDocument[] | null,
  options?: EnglishIndexOptions | null,
): EnglishIndex {
  checkOption('createEnglishIndex', 'sources', sources, 'an array of {file, text}', Array.isArray)
  checkOptions('createEnglishIndex', 'options', options)
  const index = new EnglishIndex(options)
  for (const source of sources ?? []) index.add(source)
  return index
}

/**
 * Read an index that `EnglishIndex#serialise` (or `fonte index`) wrote.
 *
 * @param text - The serialised index.
 * @param options - The segmenter, dictionary and lexicon for texts added later and for the
 *   Italian side of queries (optional; the store is the one read).
 * @throws {IndexFormatError} When the text is not an index this version reads.
 */
export function loadEnglishIndex(
  text: string,
  options?: Omit<EnglishIndexOptions, 'store'> | null,
): EnglishIndex {
  checkString('loadEnglishIndex', 'text', text)
  checkOptions('loadEnglishIndex', 'options', options)
  const { store } = readIndexStore(text)
  return new EnglishIndex({ ...options, store })
}

/** The sentences of an English text as `alignQuotes` reads them. */
function englishSentences(text: string, file: string): TextRange[] {
  return segmentedEnglish(file, text).sentences.map(({ start, end }) => ({ start, end }))
}

function idf(total: number, frequency: number): number {
  return Math.log(1 + total / Math.max(1, frequency))
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
