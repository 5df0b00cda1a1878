import {
  argumentError,
  checkOption,
  checkOptions,
  described,
  isBoolean,
  isConceptFinder,
  isDictionary,
  isNumber,
} from './arguments.js'
import type { ConceptFinder, Dictionary } from './resources.js'
import { crossHits } from './cross-hits.js'
import { PairKeySets } from './key-sets.js'
import { type KeyedSentence, keyId, lexicalKeyer } from './keys.js'
import { capitalisedWords, numberKeys, plainWords } from './words.js'

/**
 * Scores a bead: source sentences `[sourceStart, sourceEnd)` against target sentences
 * `[targetStart, targetEnd)`. Four numbers rather than an object: the search asks millions of times.
 */
export type BeadScore = (
  sourceStart: number,
  sourceEnd: number,
  targetStart: number,
  targetEnd: number,
) => number | null

/** What a scorer is told about the document pair. */
export interface ScorerContext {
  sourceLanguage: string
  targetLanguage: string
  /**
   * Target characters per source character, measured on the confident anchor pairs when there
   * are enough of them (whole-document totals mislead when one side has extra material).
   */
  lengthRatio?: number | undefined
  /**
   * The confident 1-1 pairs `[source, target]` found before the search, in increasing order on
   * both sides (optional): where the documents run in parallel, which the diagonal is not when one
   * side has material the other lacks.
   */
  anchors?: ReadonlyArray<readonly [number, number]> | undefined
}

/**
 * A piece of evidence that a bead is a translation, in [0, 1].
 *
 * A scorer is prepared once per document pair and then asked about many beads. A `probability`
 * scorer (the length model) adds `-weight × ln(floor + score)` to a bead's cost; an `evidence`
 * scorer (shared numbers, names, dictionary translations) subtracts `weight × ln(1 + score /
 * floor)`, a bonus that is 0 where it finds nothing, so a lack of evidence never favours fewer,
 * larger beads; a `contrast` scorer adds `weight × (1 - 2 × score)`: a bonus above 0.5 (the bead
 * is more alike than unrelated sentences are), a cost below, so that a pair that does not
 * translate is worse than leaving both sentences unpaired; a contrast score below 0 costs more
 * still, for a bead the evidence rules out. Write your own, an embedding model for instance, by
 * returning a similarity in [0, 1].
 */
export interface Scorer {
  /** Shown in explanations and benchmarks. */
  name: string
  /** `probability`, `evidence` or `contrast` (default: `'evidence'`). */
  kind?: 'probability' | 'evidence' | 'contrast' | undefined
  /** How much the scorer counts (default: 1). */
  weight?: number | undefined
  /** How the score is turned into a cost (see above; default: 0.1). */
  floor?: number | undefined
  /**
   * Prepare for one document pair.
   *
   * @returns A function that scores a bead, in [0, 1], or `null` when it has nothing to say
   *   about it (no numbers on either side, say): such a bead is judged on the other scorers.
   */
  prepare: (
    source: readonly string[],
    target: readonly string[],
    context: ScorerContext,
  ) => BeadScore
}

// Gale & Church (1993): target length ≈ c × source length, variance s² per source character.
const galeChurchVariance = 6.8

/**
 * Sentence length, after Gale & Church (1993): the probability that the target's characters are
 * as many as a translation of the source's would be, with the length ratio `c` measured on the
 * anchor pairs (see `ScorerContext.lengthRatio`), or on the whole document pair, with a floor
 * of 0.005 for the translations whose length strays from the model. Beads with one empty side score
 * 1 (the bead type's prior decides them).
 */
export function lengthScorer(): Scorer {
  return {
    name: 'length',
    kind: 'probability',
    weight: 1,
    // Gale–Church's normal tails make a sentence the outlet expanded ("The euro was a mistake."
    // becoming a clause longer) cost more than leaving it unpaired and merging its neighbour; the
    // floor mixes in a small chance that a translation's length is unrelated to its source's. Chosen
    // on the Text+Berg dev document (textberg-de-fr-dev), where 0.004–0.007 score alike.
    floor: 0.005,
    prepare(source, target, context) {
      const sourceLengths = prefixSums(source.map((sentence) => sentence.length))
      const targetLengths = prefixSums(target.map((sentence) => sentence.length))
      const ratio =
        context.lengthRatio ??
        ((targetLengths.at(-1) ?? 1) / Math.max(1, sourceLengths.at(-1) ?? 1) || 1)
      return (s0, s1, t0, t1) => {
        if (s0 === s1 || t0 === t1) return 1
        const sourceLength = (sourceLengths[s1] as number) - (sourceLengths[s0] as number)
        const targetLength = (targetLengths[t1] as number) - (targetLengths[t0] as number)
        const mean = (sourceLength + targetLength / ratio) / 2
        const delta =
          (targetLength - sourceLength * ratio) / Math.sqrt(Math.max(1, mean) * galeChurchVariance)
        return 2 * (1 - normalCdf(Math.abs(delta)))
      }
    },
  }
}

/**
 * Evidence from keys both sides share, measured by the Dice coefficient of the bead's keys
 * (`null` when neither side has any). `keysOf` gives each sentence's keys on its side.
 */
export function sharedKeysScorer(
  name: string,
  keysOf: (
    sentence: string,
    side: 'source' | 'target',
    context: ScorerContext,
  ) => readonly string[],
  options?: { weight?: number; floor?: number },
): Scorer {
  return keySetScorer(
    name,
    () => {
      // Keys become numbers, and each sentence a sorted set of them, so that comparing two beads
      // is a merge of sorted arrays rather than a map built per comparison.
      const ids = new Map<string, number>()
      return (sentence, side, context) =>
        sortedIds(keysOf(sentence, side, context), (key) => {
          let id = ids.get(key)
          if (id === undefined) ids.set(key, (id = ids.size))
          return id
        })
    },
    options,
  )
}

/** A sentence's keys as a sorted set of ids. */
function sortedIds(keys: readonly string[], idOf: (key: string) => number): Int32Array {
  const set = new Set<number>()
  for (let at = 0; at < keys.length; at++) set.add(idOf(keys[at] as string))
  return Int32Array.from(set).sort()
}

/**
 * `sharedKeysScorer` over sentences' sorted key-id sets: `setsFor` gives, per document pair,
 * how a sentence's set is made.
 */
function keySetScorer(
  name: string,
  setsFor: () => (
    sentence: string,
    side: 'source' | 'target',
    context: ScorerContext,
  ) => Int32Array,
  options?: { weight?: number; floor?: number },
): Scorer {
  return {
    name,
    weight: options?.weight ?? 1,
    floor: options?.floor ?? 0.1,
    prepare(source, target, context) {
      const setOf = setsFor()
      const sets = new PairKeySets(
        source.map((sentence) => setOf(sentence, 'source', context)),
        target.map((sentence) => setOf(sentence, 'target', context)),
      )
      return (s0, s1, t0, t1) => {
        if (s0 === s1 || t0 === t1) return null
        return sets.dice(s0, s1, t0, t1)
      }
    },
  }
}

// Sets of keys that depend on the sentence alone (numbers, names and cognates), kept by sentence
// with process-wide key ids: a report aligns each article with several stories, and a story with
// several articles. A cache that reaches `cachedSets` sentences starts again.
const cachedSets = 50_000
const sentenceSets = new Map<(sentence: string) => readonly string[], Map<string, Int32Array>>()

/** A scorer of keys that depend on the sentence alone, its sets kept across document pairs. */
function sentenceKeysScorer(
  name: string,
  keysOf: (sentence: string) => readonly string[],
  options: { weight: number },
): Scorer {
  let cache = sentenceSets.get(keysOf)
  if (!cache) sentenceSets.set(keysOf, (cache = new Map()))
  const sets = cache
  return keySetScorer(
    name,
    () => (sentence) => {
      let set = sets.get(sentence)
      if (!set) {
        if (sets.size >= cachedSets) sets.clear()
        set = sortedIds(keysOf(sentence), keyId)
        sets.set(sentence, set)
      }
      return set
    },
    options,
  )
}

/** Numbers in any notation: `1,5` and `1.5`, `17.500` and `17,500`, years and dates. */
export function numbersScorer(options?: { weight?: number }): Scorer {
  checkWeight('numbersScorer', options)
  return sentenceKeysScorer('numbers', numbersOf, { weight: options?.weight ?? 1.5 })
}

function numbersOf(sentence: string): string[] {
  return numberKeys(sentence)
}

/**
 * Names and cognates: capitalised words compared whole (`Pyongyang`, `Kharkiv`, `NATO`), and
 * words of four letters or more by their first four (`parliament` / `parlamento`, `euro` / `euro`).
 */
export function cognatesScorer(options?: { weight?: number }): Scorer {
  checkWeight('cognatesScorer', options)
  return sentenceKeysScorer('cognates', cognatesOf, { weight: options?.weight ?? 1.5 })
}

function cognatesOf(sentence: string): string[] {
  return [
    ...capitalisedWords(sentence).flatMap((word) => plainWords(word).map((plain) => `=${plain}`)),
    ...plainWords(sentence)
      .filter((word) => word.length >= 4 && !/^\d/.test(word))
      .map((word) => word.slice(0, 4)),
  ]
}

/**
 * Dictionary translations: the source sentence's words, translated, against the target's words,
 * compared by their first four letters (so inflected forms meet).
 */
export function dictionaryScorer(dictionary: Dictionary, options?: { weight?: number }): Scorer {
  if (!isDictionary(dictionary)) {
    throw argumentError('dictionaryScorer', 'dictionary', 'a Map', described(dictionary))
  }
  checkWeight('dictionaryScorer', options)
  const prefix = (word: string) => word.slice(0, 4)
  return sharedKeysScorer(
    'dictionary',
    (sentence, side) => {
      const words = plainWords(sentence)
      if (side === 'target') return words.filter((word) => word.length >= 3).map(prefix)
      const keys: string[] = []
      for (const word of words) {
        for (const translation of dictionary.get(word) ?? []) {
          for (const part of plainWords(translation)) if (part.length >= 3) keys.push(prefix(part))
        }
      }
      return keys
    },
    { weight: options?.weight ?? 1.5 },
  )
}

/** Glossary concepts found on both sides (`mutual defence` / `mutua difesa`). */
export function glossaryScorer(glossary: ConceptFinder, options?: { weight?: number }): Scorer {
  if (!isConceptFinder(glossary)) {
    throw argumentError('glossaryScorer', 'glossary', 'a ConceptFinder', described(glossary))
  }
  checkWeight('glossaryScorer', options)
  return sharedKeysScorer(
    'glossary',
    (sentence, side) =>
      (side === 'source' ? glossary.source : glossary.target)
        .match(sentence)
        .map((match) => match.concept.id),
    { weight: options?.weight ?? 2 },
  )
}

/** Checks a scorer's options object and its `weight`. */
function checkWeight(fn: string, options: unknown): void {
  checkOptions(fn, 'options', options)
  const weight = (options as { weight?: unknown } | null | undefined)?.weight
  checkOption(fn, 'options.weight', weight, 'a number', isNumber)
}

/** Options of `coverageScorer`. */
export interface CoverageOptions {
  /** English words → Italian translations (FreeDict, say) as more evidence (optional). */
  dictionary?: Dictionary | null | undefined
  /** Whether to use `@fonte/lexicon`'s lemmas and translations (default: when it has data). */
  lexicon?: boolean | null | undefined
  /** How much the scorer counts (default: 2). */
  weight?: number | undefined
  /**
   * Whether a bead that accounts for less than unrelated sentences do costs at most `weight`
   * more than a neutral one, however many words it leaves unexplained (default: false, where two
   * long sentences sharing no word cost more than leaving both unpaired). A quote tracer that
   * weighs every partner itself keeps weak pairs to weigh.
   */
  weakPairs?: boolean | null | undefined
}

/**
 * How much of each side a bead's other side accounts for, English–Italian: the share of the
 * content words (weighted by their rarity in the document) that have a counterpart on the other
 * side, through numbers, names, cognates, the lexicon's lemmas and translations and the
 * dictionary, as the harmonic mean of both sides' shares. In a bead of several sentences, each
 * sentence must be accounted for too: a short sentence the outlet dropped (`"They're just being
 * playful.`) does not hide in its neighbour's bead.
 *
 * A `contrast` scorer: the score is 0.5 where the bead is as alike as unrelated sentences of the
 * same documents are (sentences three to seven places off the path through the anchors), rising to 1 for a bead
 * that accounts for everything, so that pairing sentences that do not translate each other costs
 * more than leaving them unpaired, which is how rewritten news (sentences dropped, added, merged)
 * comes out right. Weight, the rule for merged beads and the background were chosen on the
 * rewritten-news development stories of `pnpm eval` and checked on ParTUT; fonte uses it by
 * default for English to Italian.
 */
export function coverageScorer(options?: CoverageOptions | null): Scorer {
  checkWeight('coverageScorer', options)
  checkOption('coverageScorer', 'options.weakPairs', options?.weakPairs, 'a boolean', isBoolean)
  const keyer = lexicalKeyer({ dictionary: options?.dictionary, lexicon: options?.lexicon })
  return {
    name: 'coverage',
    kind: 'contrast',
    weight: options?.weight ?? 2,
    prepare(source, target, context) {
      const english = new WordSides(source.map((sentence) => keyer.englishSentence(sentence)))
      const italian = new WordSides(target.map((sentence) => keyer.italianSentence(sentence)))
      const pairs = new PairCache(source.length, target.length, sharedWeights(english, italian))
      const similarity = (s0: number, s1: number, t0: number, t1: number): number | null =>
        beadCoverage(english, italian, pairs, s0, s1, t0, t1)
      const background = offPath(source.length, target.length, context.anchors, similarity)
      const weight = options?.weight ?? 2
      const weakPairs = options?.weakPairs === true
      return (s0, s1, t0, t1) => {
        if (s0 === s1 || t0 === t1) return null
        const value = similarity(s0, s1, t0, t1)
        if (value === null) return null
        if (value >= background) return 0.5 + (0.5 * (value - background)) / (1 - background)
        const below = (0.5 * value) / background
        if (weakPairs) return below
        // Below 0, for long sentences: see `unexplainedCost`.
        const words = Math.max(0, unexplainedWords - unexplainedFree)
        return below - (unexplainedCost * words * (1 - value / background)) / (2 * weight)
      }
    },
  }
}

// A bead whose coverage is below the background is dearer the more content words it leaves
// unexplained: a translation accounts for a fair share of its words, so two long sentences that
// share none are not one, and cost more than leaving both unpaired (an outlet's own sentence beside
// a dropped one). Per unexplained content word beyond the first four (short sentences and sentence
// fragments say little): ln(1 / (1 - 0.4)) ≈ 0.5, for a translation that accounts for at least
// 40 % of its words. On the rewritten-news development stories, 0.5 to 1.5 per word score alike;
// with two free words or a higher cost, a corpus-it article's quoted fragments ("invincibility and
// durability") pair differently when its last sentences are cut (corpus.test.ts).
const unexplainedCost = 0.5
const unexplainedFree = 4
// The content words of the last bead `beadCoverage` scored that its coverage leaves unexplained: the
// smaller side's, or its least accounted-for sentence's (a global rather than an object per bead).
let unexplainedWords = 0
// A multi-sentence bead is no better than twice the share of its least accounted-for sentence.
const mergedSentenceFactor = 2
// Offsets from the path through the anchors at which sentences are taken to be unrelated, for the background.
const unrelatedOffsets = [-7, -5, -3, 3, 5, 7]
// The background never reaches 0, nor 1: a document pair with nothing in common scores on length.
const backgroundRange = [0.02, 0.9] as const

// Per key id, for `rarityWeights`: how many sentences have a word whose first key it is, and the
// last sentence counted, each valid where `firstStamp` holds the current call's stamp (arrays
// shared by every call rather than a map and a set per document).
let firstCount = new Int32Array(1024)
let firstSentence = new Int32Array(1024)
let firstStamp = new Int32Array(1024)
let firstCall = 0

/**
 * Each word's weight by its rarity in the document: `ln(1 + sentences / sentences with its first
 * key)`, the first key being its number, its spelling or its name. `size` is one more than the
 * largest key id; a word with no key at all is counted under `size`.
 */
function rarityWeights(words: ReadonlyArray<readonly Int32Array[]>, size: number): Float64Array[] {
  if (firstCount.length <= size) {
    firstCount = new Int32Array(2 * size + 2)
    firstSentence = new Int32Array(2 * size + 2)
    firstStamp = new Int32Array(2 * size + 2)
    firstCall = 0
  }
  if (firstCall >= 0x7ffffff0) {
    firstStamp.fill(0)
    firstCall = 0
  }
  const call = ++firstCall
  const firstOf = (keys: Int32Array) => (keys.length > 0 ? (keys[0] as number) : size)
  words.forEach((sentence, at) => {
    for (let index = 0; index < sentence.length; index++) {
      const first = firstOf(sentence[index] as Int32Array)
      if (firstStamp[first] !== call) {
        firstStamp[first] = call
        firstCount[first] = 0
        firstSentence[first] = -1
      }
      if (firstSentence[first] === at) continue
      firstSentence[first] = at
      firstCount[first] = (firstCount[first] as number) + 1
    }
  })
  const count = Math.max(1, words.length)
  return words.map((sentence) => {
    const weights = new Float64Array(sentence.length)
    for (let index = 0; index < sentence.length; index++) {
      const first = firstOf(sentence[index] as Int32Array)
      weights[index] = Math.log(1 + count / (firstCount[first] as number))
    }
    return weights
  })
}

/** The words of one side's sentences, each as key ids, weighted by rarity within the document. */
class WordSides {
  private readonly words: ReadonlyArray<readonly Int32Array[]>
  private readonly weights: Float64Array[]
  readonly totals: Float64Array
  /** Each sentence's set of key ids, as an array. */
  readonly keys: readonly Int32Array[]
  /** One more than the largest key id. */
  readonly size: number
  /** Prefix sums of the sentences' content-word counts. */
  private readonly counts: Int32Array

  /** @param sentences - Each sentence's content words as key ids, and its set of ids. */
  constructor(sentences: readonly KeyedSentence[]) {
    this.words = sentences.map((sentence) => sentence.words)
    this.keys = sentences.map((sentence) => sentence.ids)
    let size = 0
    for (const keys of this.keys)
      for (let k = 0; k < keys.length; k++) size = Math.max(size, (keys[k] as number) + 1)
    this.size = size
    this.weights = rarityWeights(this.words, size)
    this.counts = new Int32Array(this.words.length + 1)
    this.words.forEach((words, at) => {
      this.counts[at + 1] = (this.counts[at] as number) + words.length
    })
    this.totals = new Float64Array(this.weights.length)
    this.weights.forEach((weights, at) => {
      let total = 0
      for (let index = 0; index < weights.length; index++) total += weights[index] as number
      this.totals[at] = total
    })
  }

  /** How many content words sentences [start, end) have. */
  countOf(start: number, end: number): number {
    return (this.counts[end] as number) - (this.counts[start] as number)
  }

  /**
   * For each word, the sentences of `other` that have one of its keys (see `crossHits`).
   *
   * @param size - One more than the largest key id of both sides.
   */
  hitsIn(other: WordSides, size: number): { bits: Uint32Array; stride: number } {
    return crossHits(this.words, other.keys, size)
  }

  /** The weight of a sentence's words that share a key with sentence `other` of the other side. */
  coveredBy(sentence: number, hits: { bits: Uint32Array; stride: number }, other: number): number {
    const weights = this.weights[sentence] as Float64Array
    const { bits, stride } = hits
    let at = (this.counts[sentence] as number) * stride + (other >>> 5)
    const bit = 1 << (other & 31)
    let total = 0
    for (let index = 0; index < weights.length; index++, at += stride) {
      if (((bits[at] as number) & bit) !== 0) total += weights[index] as number
    }
    return total
  }
}

/**
 * The covered weights of a sentence pair, Italian then English, written into `into`: a word is
 * covered when one of its keys is in the other sentence. Which sentences of the other side each
 * word shares a key with is found once per document pair (`crossHits`), so a pair is a bit test
 * per word, with no key walked or marked per pair.
 */
function sharedWeights(
  english: WordSides,
  italian: WordSides,
): (i: number, j: number, into: Float64Array) => void {
  const size = Math.max(english.size, italian.size)
  const italianHits = italian.hitsIn(english, size)
  const englishHits = english.hitsIn(italian, size)
  return (i, j, into) => {
    into[0] = italian.coveredBy(j, italianHits, i)
    into[1] = english.coveredBy(i, englishHits, j)
  }
}

// Up to this many sentence pairs, the pair cache is a flat array; beyond, a map of the pairs
// the search asks about (a band around the diagonal).
const flatPairs = 1 << 20

/** Each sentence pair's covered weights, Italian and English, computed once when first asked. */
class PairCache {
  private readonly italianFlat: Float64Array | undefined
  private readonly englishFlat: Float64Array | undefined
  private readonly known: Uint8Array | undefined
  private readonly italianMap = new Map<number, number>()
  private readonly englishMap = new Map<number, number>()
  private readonly pair = new Float64Array(2)

  /**
   * @param n - Source sentences.
   * @param m - Target sentences.
   * @param weigh - Writes the weight of target sentence j's words that source sentence i
   *   accounts for, then that of source sentence i's words that target sentence j accounts for.
   */
  constructor(
    n: number,
    private readonly m: number,
    private readonly weigh: (i: number, j: number, into: Float64Array) => void,
  ) {
    if (n * m <= flatPairs) {
      // Zeroed memory is cheap until touched: only the pairs asked about cost anything.
      this.italianFlat = new Float64Array(n * m)
      this.englishFlat = new Float64Array(n * m)
      this.known = new Uint8Array(n * m)
    }
  }

  italian(i: number, j: number): number {
    return this.get(i, j, true)
  }

  english(i: number, j: number): number {
    return this.get(i, j, false)
  }

  private get(i: number, j: number, italian: boolean): number {
    const key = i * this.m + j
    const pair = this.pair
    if (this.known && this.italianFlat && this.englishFlat) {
      if (this.known[key] === 0) {
        this.weigh(i, j, pair)
        this.italianFlat[key] = pair[0] as number
        this.englishFlat[key] = pair[1] as number
        this.known[key] = 1
      }
      return (italian ? this.italianFlat[key] : this.englishFlat[key]) as number
    }
    let value = this.italianMap.get(key)
    if (value === undefined) {
      this.weigh(i, j, pair)
      value = pair[0] as number
      this.italianMap.set(key, value)
      this.englishMap.set(key, pair[1] as number)
    }
    return italian ? value : (this.englishMap.get(key) as number)
  }
}

/** The coverage of a bead (see `coverageScorer`), `null` when neither side has content words. */
function beadCoverage(
  english: WordSides,
  italian: WordSides,
  pairs: PairCache,
  s0: number,
  s1: number,
  t0: number,
  t1: number,
): number | null {
  let italianTotal = 0
  let italianCovered = 0
  let weakest = Number.POSITIVE_INFINITY
  let weakestWords = 0
  for (let j = t0; j < t1; j++) {
    const total = italian.totals[j] as number
    let covered = 0
    for (let i = s0; i < s1; i++) covered += pairs.italian(i, j)
    covered = Math.min(covered, total)
    italianTotal += total
    italianCovered += covered
    if (t1 - t0 > 1 && total > 0 && covered / total < weakest) {
      weakest = covered / total
      weakestWords = italian.countOf(j, j + 1)
    }
  }
  let englishTotal = 0
  let englishCovered = 0
  for (let i = s0; i < s1; i++) {
    const total = english.totals[i] as number
    let covered = 0
    for (let j = t0; j < t1; j++) covered += pairs.english(i, j)
    covered = Math.min(covered, total)
    englishTotal += total
    englishCovered += covered
    if (s1 - s0 > 1 && total > 0 && covered / total < weakest) {
      weakest = covered / total
      weakestWords = english.countOf(i, i + 1)
    }
  }
  if (italianTotal + englishTotal === 0) return null
  const p = italianTotal > 0 ? italianCovered / italianTotal : 0
  const q = englishTotal > 0 ? englishCovered / englishTotal : 0
  const harmonic = p + q > 0 ? (2 * p * q) / (p + q) : 0
  if (harmonic <= mergedSentenceFactor * weakest) {
    unexplainedWords = Math.min(english.countOf(s0, s1), italian.countOf(t0, t1))
    return harmonic
  }
  unexplainedWords = weakestWords
  return mergedSentenceFactor * weakest
}

/**
 * The mean similarity of 1-1 pairs a few sentences off the path through the anchors (the
 * diagonal when there are none): unrelated sentences. Off the diagonal alone, the pairs sampled
 * would move with material one side has and the other lacks anywhere in the documents (a credit
 * line and an author bio at an article's end shift the diagonal in its middle), and with them
 * every bead's score.
 */
function offPath(
  n: number,
  m: number,
  anchors: ReadonlyArray<readonly [number, number]> | undefined,
  similarity: (s0: number, s1: number, t0: number, t1: number) => number | null,
): number {
  const points: ReadonlyArray<readonly [number, number]> = [[0, 0], ...(anchors ?? []), [n, m]]
  let sum = 0
  let count = 0
  let segment = 0
  for (let i = 0; i < n; i++) {
    while (segment + 2 < points.length && (points[segment + 1] as [number, number])[0] <= i)
      segment++
    const [i0, j0] = points[segment] as [number, number]
    const [i1, j1] = points[segment + 1] as [number, number]
    const center = i1 === i0 ? j1 : j0 + ((i - i0) * (j1 - j0)) / (i1 - i0)
    for (const offset of unrelatedOffsets) {
      const j = Math.round(center) + offset
      if (j < 0 || j >= m) continue
      const value = similarity(i, i + 1, j, j + 1)
      if (value === null) continue
      sum += value
      count++
    }
  }
  const [low, high] = backgroundRange
  return count === 0 ? 0.1 : Math.min(high, Math.max(low, sum / count))
}

function prefixSums(values: readonly number[]): number[] {
  const sums = [0]
  for (const value of values) sums.push((sums.at(-1) as number) + value)
  return sums
}

/** Standard normal cumulative distribution (Abramowitz & Stegun 26.2.17). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x))
  const density = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)
  const tail =
    density *
    t *
    (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))
  return x >= 0 ? 1 - tail : tail
}
