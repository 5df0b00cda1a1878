import { lemmatize } from '@fonte/lexicon'
import { translatedLemmas } from './lexicon-memo.js'
import type { Dictionary } from './resources.js'
import { remembered } from './remembered.js'
import { isPlainWord, numberKeys, withoutAccents } from './words.js'

/**
 * Function words, which carry no evidence and are not counted as words to be matched.
 * Source: the closed classes (articles, prepositions and their contractions, conjunctions,
 * pronouns, auxiliaries) of Italian and English grammars, written out by hand.
 */
const stopWords = {
  it: new Set(
    (
      'il lo la i gli le l un uno una un di a da in con su per tra fra e ed o od ma che non si del dello della dei ' +
      'degli delle dell al allo alla ai agli alle all dal dallo dalla dai dagli dalle dall nel nello nella nei ' +
      'negli nelle nell sul sullo sulla sui sugli sulle sull col coi è e sono ha hanno ho hai abbiamo era erano ' +
      'sia siano stato stata stati state essere avere come anche più questo questa questi queste quello quella ' +
      'quelli quelle loro suo sua suoi sue mio mia miei mie tuo tua nostro nostra nostri nostre vostro ci ne vi ' +
      'mi ti lui lei noi voi io tu esso essa cui chi se perché quando dove così già ancora molto poi solo c d s ' +
      'n m t v'
    )
      .split(' ')
      // Words are compared without their accents (`plainOf`): `più` is looked up as `piu`.
      .map(withoutAccents),
  ),
  en: new Set(
    (
      'the a an of to in on at by for with from as and or but not no nor that this these those it its is are ' +
      'was were be been being has have had do does did will would shall should can could may might must ' +
      'he she they we you i me him her them us my your his our their who whom which what when where why how ' +
      'if than then so also there here about into over up out just only very s t d ll re ve m ' +
      'didn doesn don isn wasn aren weren won can couldn wouldn shouldn hasn haven hadn'
    ).split(' '),
  ),
}

/** A word with what it can share with a word of the other language. */
export interface Word {
  /** UTF-16 offsets into the text it was read from. */
  start: number
  end: number
  /** Lower case, without accents. */
  plain: string
  /** A skeleton for spotting cognates (`nazione` and `nation` give `nazion`). */
  skeleton: string
  /** The number it writes, when it is one (`17,500` → `17500`). */
  number: string | null
  /** Whether it is capitalised (a name, mostly). */
  capital: boolean
  /**
   * English lemmas it can stand for: its own for English, its translations' for Italian (left
   * unread, empty, for an English function word: see `lemmasOfWord`).
   */
  lemmas: ReadonlySet<string>
  /** Whether it is a function word. */
  stop: boolean
}

const plainCache = new Map<string, string>()
function plainOf(word: string): string {
  let plain = plainCache.get(word)
  if (plain === undefined) {
    plain = withoutAccents(word).toLowerCase()
    plainCache.set(word, plain)
  }
  return plain
}

/**
 * A spelling skeleton in which regular Italian–English correspondences meet: `-zione`/`-tion`,
 * `ph`/`f`, `ct`/`tt`, `x`/`ss`, `y`/`i`, `k`/`c`, doubled letters, a final vowel.
 */
function skeletonOf(plain: string, language: 'it' | 'en'): string {
  return skeletons[language](plain)
}

const cachedSkeletons = 200_000
// Skeletons by spelling, per language: a text repeats its words.
const skeletons = {
  it: remembered(cachedSkeletons, (plain) => spellSkeleton(plain, 'it')),
  en: remembered(cachedSkeletons, (plain) => spellSkeleton(plain, 'en')),
}

function spellSkeleton(plain: string, language: 'it' | 'en'): string {
  let word = plain
  if (language === 'en') {
    word = word
      .replace(/tion(s?)$/, 'zion')
      .replace(/ph/g, 'f')
      .replace(/th/g, 't')
      .replace(/ct/g, 'tt')
      .replace(/x/g, 'ss')
      .replace(/y/g, 'i')
      .replace(/k/g, 'c')
      .replace(/(?:ies|es|s|ed|ing|e)$/, '')
  } else {
    word = word
      .replace(/zion[ei]$/, 'zion')
      .replace(/j/g, 'i')
      .replace(/[aeiou]$/, '')
  }
  return word.replace(/(.)\1+/g, '$1')
}

// Lemma sets are shared and never changed: every form of a word with one translated lemma
// (`dice`, `dicono`, `detto` → `dire`) gets that lemma's one set, a word with none the empty
// set, so that a run's memo holds a set per lemma rather than per form.
const noLemmas: ReadonlySet<string> = new Set<string>()
const partsSets = new WeakMap<readonly string[], ReadonlySet<string>>()
const lexiconCache = {
  it: new Map<string, ReadonlySet<string>>(),
  en: new Map<string, ReadonlySet<string>>(),
}

/**
 * English lemmas an Italian word can stand for (its translations), or an English word's own.
 * The lexicon is asked with the word's accents (`più`, `pubblicità`); matching is without them.
 */
function lemmasOf(
  lower: string,
  plain: string,
  language: 'it' | 'en',
  dictionary: Dictionary | null,
): ReadonlySet<string> {
  // Italian words' lemmas do not depend on the EN→IT dictionary.
  const cached = !dictionary || language === 'it'
  const cache = lexiconCache[language]
  let lemmas = cached ? cache.get(lower) : undefined
  if (lemmas) return lemmas
  lemmas = language === 'it' ? italianLemmas(lower) : englishLemmas(lower, plain, dictionary)
  if (cached) cache.set(lower, lemmas)
  return lemmas
}

/** An Italian word's lemmas: its own and its lemmas' translations' parts, in their order. */
function italianLemmas(lower: string): ReadonlySet<string> {
  let single: readonly string[] | null = null
  let union: Set<string> | null = null
  for (const lemma of new Set([lower, ...lemmatize(lower, 'it')])) {
    const parts = translatedParts(lemma)
    if (parts.length === 0) continue
    if (single === null && union === null) single = parts
    else {
      union ??= new Set(single)
      single = null
      for (const part of parts) union.add(part)
    }
  }
  if (union) return union
  if (!single) return noLemmas
  let shared = partsSets.get(single)
  if (!shared) partsSets.set(single, (shared = new Set(single)))
  return shared
}

// Whether any English word has had a dictionary's `it:` lemma: until one has, no lemma set holds
// one, and `correspondence` makes no `it:` string per pair of words to look for it.
let dictionaryLemmas = false

/** An English word's lemmas: itself, its lexicon lemmas, and the dictionary's translations. */
function englishLemmas(
  lower: string,
  plain: string,
  dictionary: Dictionary | null,
): ReadonlySet<string> {
  const lemmas = new Set<string>([plain])
  for (const lemma of lemmatize(lower, 'en')) lemmas.add(plainOf(lemma))
  // A dictd dictionary goes from English headwords to Italian: the lemma's own entry.
  for (const translation of dictionary?.get(plain) ?? []) {
    lemmas.add(`it:${plainOf(translation)}`)
    dictionaryLemmas = true
  }
  return lemmas
}

const noParts: readonly string[] = []

// The content words of each English translation lemma (`carry out` → `carry`), kept: every
// Italian word read asks for its lemmas' translations, and news repeats them.
/** The plain words of an English lemma that are not function words, remembered. */
const englishParts = remembered<readonly string[]>(cachedSkeletons, (lemma) => {
  // Most lemmas are one plain word: no accents to drop, nothing to split at.
  if (isPlainWord(lemma)) return stopWords.en.has(lemma) ? noParts : [lemma]
  return plainOf(lemma)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part && !stopWords.en.has(part))
})

// An Italian lemma's translations' content words, kept per lemma: the forms of a word (`detto`,
// `dice`, `dicono`) share their lemma, whose dozens of translations are otherwise walked for each.
/** The `englishParts` of an Italian lemma's translations, each once, in their order, remembered. */
const translatedParts = remembered<readonly string[]>(cachedSkeletons, (lemma) => {
  const translated = translatedLemmas(lemma, 'it', 'en')
  // Most forms asked about are no lemma of the translation tables: one empty list for them all.
  if (translated.length === 0) return noParts
  const parts = new Set<string>()
  for (const translation of translated) {
    // A plain word is its own one part (as `englishParts` answers): no look-up in its memo.
    if (isPlainWord(translation)) {
      if (!stopWords.en.has(translation)) parts.add(translation)
    } else for (const part of englishParts(translation)) parts.add(part)
  }
  return [...parts]
})

/**
 * The words of `text` between `start` and `end`, with their keys, offsets into `text`.
 *
 * @param text - The text the words are read from.
 * @param language - Its language.
 * @param dictionary - A dictd EN→IT dictionary, extra evidence (optional).
 */
export function readWords(
  text: string,
  language: 'it' | 'en',
  start = 0,
  end = text.length,
  dictionary: Dictionary | null = null,
): Word[] {
  return wordsBetween(text, language, start, end, dictionary, false)
}

/**
 * The spellings (`Word.plain`) of the words `readWords` reads in `text[start, end)`, in order,
 * without their lemmas: what the IDF counts, read without asking the lexicon.
 */
export function readPlains(text: string, start = 0, end = text.length): string[] {
  const plains: string[] = []
  const pattern = wordPattern()
  pattern.lastIndex = start
  let found: RegExpExecArray | null
  while ((found = pattern.exec(text)) && found.index < end) plains.push(plainOf(found[0]))
  return plains
}

/** A written word, as `readWords` and `readPlains` find them (a fresh pattern: it is global). */
function wordPattern(): RegExp {
  return /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu
}

/** All of a `Word` but its offsets: what a written word is wherever it stands. */
type Shape = Omit<Word, 'start' | 'end'>

// Each written word's shape, per language (and per dictionary for English, whose lemmas take
// its translations): news repeats its words, and a word's keys cost a dozen look-ups and
// strings, its occurrences one object each. A table that reaches `cachedSkeletons` starts again.
const shapeTables = { it: new Map<string, Shape>(), en: new Map<string, Shape>() }
const dictionaryShapes = new WeakMap<Dictionary, Map<string, Shape>>()

function shapeTable(language: 'it' | 'en', dictionary: Dictionary | null): Map<string, Shape> {
  if (!dictionary || language === 'it') return shapeTables[language]
  let table = dictionaryShapes.get(dictionary)
  if (!table) dictionaryShapes.set(dictionary, (table = new Map()))
  return table
}

/**
 * `readWords`, leaving function words out when `content` (they are never asked the lexicon
 * for: their keys are not read).
 */
function wordsBetween(
  text: string,
  language: 'it' | 'en',
  start: number,
  end: number,
  dictionary: Dictionary | null,
  content: boolean,
): Word[] {
  const table = shapeTable(language, dictionary)
  const stops = stopWords[language]
  const words: Word[] = []
  const pattern = wordPattern()
  pattern.lastIndex = start
  let found: RegExpExecArray | null
  while ((found = pattern.exec(text)) && found.index < end) {
    const raw = found[0]
    let shape = table.get(raw)
    if (!shape) {
      if (content && stops.has(plainOf(raw))) continue
      if (table.size >= cachedSkeletons) table.clear()
      table.set(raw, (shape = shapeOf(raw, language, dictionary)))
    }
    if (content && shape.stop) continue
    words.push({
      start: found.index,
      end: found.index + raw.length,
      plain: shape.plain,
      skeleton: shape.skeleton,
      number: shape.number,
      capital: shape.capital,
      lemmas: shape.lemmas,
      stop: shape.stop,
    })
  }
  return words
}

/** A written word's shape: its spelling, number, lemmas and whether it is a function word. */
function shapeOf(raw: string, language: 'it' | 'en', dictionary: Dictionary | null): Shape {
  const plain = plainOf(raw)
  const isNumber = /^\p{N}/u.test(raw)
  const stop = stopWords[language].has(plain)
  return {
    plain,
    skeleton: isNumber ? plain : skeletonOf(plain, language),
    number: isNumber ? numberKeys(raw).join('') : null,
    capital: /^\p{Lu}/u.test(raw),
    lemmas: isNumber
      ? noLemmas
      : language === 'en' && stop
        ? unreadLemmas
        : lemmasOf(raw.toLowerCase(), plain, language, dictionary),
    stop,
  }
}

// An English function word's lemmas are read only when a glossary term makes it evidence
// (`withConcepts`): they are never compared otherwise, and asking the lexicon for a hundred
// function words costs tens of milliseconds a run.
const unreadLemmas: ReadonlySet<string> = new Set<string>()

/**
 * A word's lemmas, read now if they were left unread (an English function word's).
 *
 * @param text - The text the word was read from (its offsets are into it).
 * @param dictionary - The dictionary it was read with (optional).
 */
export function lemmasOfWord(
  word: Word,
  text: string,
  language: 'it' | 'en',
  dictionary: Dictionary | null = null,
): ReadonlySet<string> {
  if (word.lemmas !== unreadLemmas) return word.lemmas
  const raw = text.slice(word.start, word.end)
  return lemmasOf(raw.toLowerCase(), word.plain, language, dictionary)
}

function commonPrefix(a: string, b: string): number {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length++
  return length
}

// The two rows of `distance`, grown as needed.
let previousRow = new Int32Array(32)
let currentRow = new Int32Array(32)

/** Levenshtein distance, stopping early above `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length * 2 + 1)
    currentRow = new Int32Array(b.length * 2 + 1)
  }
  let previous = previousRow
  let current = currentRow
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      current[j] = value
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > limit) return limit + 1
    const swap = previous
    previous = current
    current = swap
  }
  return previous[b.length] as number
}

/**
 * How strongly an Italian word and an English word correspond, in [0, 1]: the same number or
 * name, a lexicon translation, or a cognate (by spelling skeleton and edit distance; the shorter
 * the words, the less a shared spelling proves).
 */
export function correspondence(italian: Word, english: Word): number {
  let shared = false
  for (const lemma of english.lemmas) {
    if (italian.lemmas.has(lemma)) {
      shared = true
      break
    }
  }
  return pairStrength(italian, english, shared)
}

/**
 * `correspondence`, told whether the two words share a lemma (`pairWords` knows it from its
 * buckets, without walking the English word's lemmas for each pair).
 */
function pairStrength(italian: Word, english: Word, sharesLemma: boolean): number {
  if (italian.number !== null || english.number !== null) {
    return italian.number !== null && italian.number === english.number ? 1 : 0
  }
  if (italian.plain === english.plain && italian.plain.length >= 2) {
    return italian.capital || italian.plain.length >= 4 ? 1 : 0.5
  }
  if (english.lemmas.size > 0) {
    if (sharesLemma) return 0.9
    if (dictionaryLemmas && english.lemmas.has(`it:${italian.plain}`)) return 0.9
  }
  const a = italian.skeleton
  const b = english.skeleton
  const shorter = Math.min(a.length, b.length)
  if (shorter < 4 || a[0] !== b[0]) return 0
  if (a === b) return shorter >= 6 ? 0.85 : 0.6
  const prefix = commonPrefix(a, b)
  if (prefix >= 6 || (prefix >= 5 && prefix >= shorter - 1)) return 0.7
  const longer = Math.max(a.length, b.length)
  const limit = Math.floor(longer / 4)
  if (shorter >= 6 && distance(a, b, limit) <= limit) return 0.6
  if (prefix >= 4 && shorter >= 5 && prefix >= shorter - 2) return 0.4
  return 0
}

/** An Italian text's content words, read once and scored against many English spans. */
export interface ItalianKeys {
  words: Word[]
  /** Each word's weight: names and numbers count more, since they are translated as they are. */
  weights: number[]
  total: number
}

/** The content words of an Italian text, with weights; compute once per quotation or sentence. */
export function italianKeys(text: string, dictionary: Dictionary | null = null): ItalianKeys {
  void dictionary
  const words = wordsBetween(text, 'it', 0, text.length, null, true)
  const weights = words.map((word) => (word.number !== null || word.capital ? 1.5 : 1))
  return { words, weights, total: weights.reduce((sum, weight) => sum + weight, 0) }
}

/** An English span's words, with weights from how rare each is in the pool (IDF). */
export interface EnglishKeys {
  words: Word[]
  weights: number[]
}

/** Inverse document frequencies over a pool of English sentences. */
export class Idf {
  readonly #counts = new Map<string, number>()
  // Weights by spelling, as computed since the last sentence was counted: every coverage asks
  // for each English word's weight, and two logarithms cost more than a look-up.
  readonly #weights = new Map<string, number>()
  #documents = 0

  /** Count a sentence's words. */
  add(words: readonly Word[]): void {
    this.addPlains(words.map((word) => word.plain))
  }

  /** Count a sentence's words by their spellings (`readPlains`). */
  addPlains(plains: readonly string[]): void {
    this.#weights.clear()
    this.#documents++
    for (const plain of new Set(plains)) this.#counts.set(plain, (this.#counts.get(plain) ?? 0) + 1)
  }

  /**
   * A word's weight in [0.25, 1]: 1 for a word in few sentences, less for one in many (`said`).
   * Small pools say little about rarity, so a word is never worth less than a quarter.
   */
  weight(word: Word): number {
    if (word.stop) return 0
    let weight = this.#weights.get(word.plain)
    if (weight === undefined) {
      const count = this.#counts.get(word.plain) ?? 0
      const documents = Math.max(this.#documents, 20)
      const idf = Math.log((documents + 1) / (count + 1))
      weight = Math.max(0.25, Math.min(1, idf / Math.log(documents / 2)))
      this.#weights.set(word.plain, weight)
    }
    return weight
  }
}

/** The result of matching an Italian text against an English span. */
export interface Coverage {
  /** Share of the Italian content (weighted) with an English counterpart in the span. */
  italian: number
  /** Share of the span's English content (IDF-weighted) with an Italian counterpart. */
  english: number
  /** The harmonic mean of the two. */
  score: number
}

/**
 * Per English word: its counterpart's strength and weight, and which Italian word it is. The
 * arrays may be longer than the English words: read the first `english.length` of each.
 */
export interface WordPairs {
  strength: Float64Array
  italianWeight: Float64Array
  italianIndex: Int32Array
  /** The English word's own weight (IDF, 1 without; 0 for a function word). */
  englishWeight: Float64Array
}

// Scratch for `pairWords`, grown as needed: the candidate pairs (strength, Italian index,
// English index), their order, and the Italian words already tried for an English word.
let pairValues = new Float64Array(256)
let pairItalian = new Int32Array(256)
let pairEnglish = new Int32Array(256)
let pairOrder = new Uint32Array(256)
let tried = new Int32Array(64)
// The Italian words known to share a lemma with an English word: its index, where they do.
let sharing = new Int32Array(64)
let used = new Uint8Array(64)
// What `pairWords` returns, per English word.
let strengths = new Float64Array(256)
let weightsOut = new Float64Array(256)
let indicesOut = new Int32Array(256)
let englishWeights = new Float64Array(256)
// The one result of `pairWords`, its arrays the scratch above (no views or object per call).
const wordPairs: WordPairs = {
  strength: strengths,
  italianWeight: weightsOut,
  italianIndex: indicesOut,
  englishWeight: englishWeights,
}

/**
 * For each English word, its best counterpart's strength in the Italian text, each Italian word
 * lending itself to one English word at most (one `stato` is not evidence for three `state`s),
 * stronger pairs first. Returns per English word the strength and the Italian word's weight.
 *
 * The arrays returned are overwritten by the next call: read them before calling again.
 */
export function pairWords(
  italian: ItalianKeys,
  english: readonly Word[],
  idf: Idf | null,
): WordPairs {
  const italianCount = italian.words.length
  growScratch(italianCount, english.length)
  const count = candidatePairs(italian, english, idf)
  const order = pairOrder.subarray(0, count)
  for (let k = 0; k < count; k++) order[k] = k
  order.sort(strongerPair)
  const strength = strengths.fill(0, 0, english.length)
  const italianWeight = weightsOut.fill(0, 0, english.length)
  const italianIndex = indicesOut.fill(-1, 0, english.length)
  used.fill(0, 0, italianCount)
  for (let at = 0; at < count; at++) {
    const k = order[at] as number
    const i = pairItalian[k] as number
    const e = pairEnglish[k] as number
    if (used[i] || italianIndex[e] !== -1) continue
    used[i] = 1
    strength[e] = pairValues[k] as number
    italianWeight[e] = italian.weights[i] as number
    italianIndex[e] = i
  }
  return wordPairs
}

// Each lemma set's lemmas as an array, in the set's order: the sets are shared by every word of a
// spelling, and `pairWords` walks an English word's and its buckets an Italian word's in every
// call, where a set's iterator costs an object a step until the code is optimized.
const lemmaLists = new WeakMap<ReadonlySet<string>, readonly string[]>()

/** A lemma set's lemmas, in its order (the answer must not be changed). */
export function lemmaList(lemmas: ReadonlySet<string>): readonly string[] {
  let list = lemmaLists.get(lemmas)
  if (!list) lemmaLists.set(lemmas, (list = [...lemmas]))
  return list
}

/** Grows the scratch arrays of `pairWords` for texts of these numbers of words. */
function growScratch(italianCount: number, englishCount: number): void {
  if (tried.length < italianCount) {
    tried = new Int32Array(italianCount * 2)
    sharing = new Int32Array(italianCount * 2)
    used = new Uint8Array(italianCount * 2)
  }
  if (strengths.length < englishCount) {
    strengths = new Float64Array(englishCount * 2)
    weightsOut = new Float64Array(englishCount * 2)
    indicesOut = new Int32Array(englishCount * 2)
    englishWeights = new Float64Array(englishCount * 2)
    wordPairs.strength = strengths
    wordPairs.italianWeight = weightsOut
    wordPairs.italianIndex = indicesOut
    wordPairs.englishWeight = englishWeights
  }
}

/** Stronger first; ties by English, then Italian position: one order whatever the buckets'. */
function strongerPair(a: number, b: number): number {
  return (
    (pairValues[b] as number) - (pairValues[a] as number) ||
    (pairEnglish[a] as number) - (pairEnglish[b] as number) ||
    (pairItalian[a] as number) - (pairItalian[b] as number)
  )
}

// The pairs found so far by `candidatePairs` (module state rather than a closure per call).
let pairCount = 0

/**
 * Writes every pair of an English word and an Italian word that correspond at all into the
 * scratch arrays, with its strength times the English word's weight, and each English word's
 * weight into `englishWeights`; returns how many pairs. Only the Italian words that can
 * correspond are tried: same number or spelling, a shared lemma, or a cognate's first letter.
 */
function candidatePairs(italian: ItalianKeys, english: readonly Word[], idf: Idf | null): number {
  const buckets = bucketsOf(italian)
  tried.fill(-1, 0, italian.words.length)
  sharing.fill(-1, 0, italian.words.length)
  pairCount = 0
  for (let e = 0; e < english.length; e++) {
    const word = english[e] as Word
    if (word.stop) {
      englishWeights[e] = 0
      continue
    }
    const weight = idf ? idf.weight(word) : 1
    englishWeights[e] = weight
    // The words that share a lemma with it first, each marked as such: the pairs the other
    // buckets offer then know whether they share one (a dictionary's `it:` lemmas are no
    // Italian word's lemmas: they are spellings, looked up last).
    const lemmas = lemmaList(word.lemmas)
    for (let at = 0; at < lemmas.length; at++) {
      const head = buckets.lemma.get(lemmas[at] as string)
      offerPairs(buckets, head, italian, word, e, weight, true)
    }
    offerPairs(buckets, buckets.plain.get(word.plain), italian, word, e, weight, false)
    if (word.number !== null)
      offerPairs(buckets, buckets.number.get(word.number), italian, word, e, weight, false)
    if (word.skeleton.length >= 4) {
      const head = buckets.first.get(word.skeleton[0] as string)
      offerPairs(buckets, head, italian, word, e, weight, false)
    }
    if (!dictionaryLemmas) continue
    for (const lemma of lemmas) {
      if (!lemma.startsWith('it:')) continue
      offerPairs(buckets, buckets.plain.get(lemma.slice(3)), italian, word, e, weight, false)
    }
  }
  return pairCount
}

/**
 * Adds the pairs of English word `e` with the Italian words of a bucket's chain (from node
 * `head`) not tried with it yet; a lemma bucket's (`lemma`) words are marked as sharing a lemma
 * with it.
 */
function offerPairs(
  buckets: Buckets,
  head: number | undefined,
  italian: ItalianKeys,
  word: Word,
  e: number,
  weight: number,
  lemma: boolean,
): void {
  if (head === undefined) return
  for (let node = head; node !== -1; node = buckets.next[node] as number) {
    const i = buckets.word[node] as number
    if (lemma) sharing[i] = e
    if (tried[i] === e) continue
    tried[i] = e
    const strength = pairStrength(italian.words[i] as Word, word, sharing[i] === e)
    if (strength <= 0) continue
    if (pairCount === pairValues.length) growPairs()
    pairValues[pairCount] = strength * weight
    pairItalian[pairCount] = i
    pairEnglish[pairCount] = e
    pairCount++
  }
}

function growPairs(): void {
  const size = pairValues.length * 2
  const values = new Float64Array(size)
  values.set(pairValues)
  pairValues = values
  const italianAt = new Int32Array(size)
  italianAt.set(pairItalian)
  pairItalian = italianAt
  const englishAt = new Int32Array(size)
  englishAt.set(pairEnglish)
  pairEnglish = englishAt
  pairOrder = new Uint32Array(size)
}

/**
 * An Italian text's words by what an English word can share with them: each map gives a key's
 * first node, each node an Italian word's index and the key's next node (-1: none). Chains in
 * typed arrays rather than an array per key: a sentence's lemma keys run to a thousand, and the
 * buckets live as long as the article. A chain's order does not matter: every pair found is
 * sorted (see `strongerPair`).
 */
interface Buckets {
  plain: Map<string, number>
  number: Map<string, number>
  /** By the first letter of a skeleton of four letters or more. */
  first: Map<string, number>
  lemma: Map<string, number>
  word: Int32Array
  next: Int32Array
}

const bucketCache = new WeakMap<ItalianKeys, Buckets>()

/**
 * The buckets an English word looks in, built once per text: same number or spelling, a shared
 * lemma, or a cognate's first letter.
 */
function bucketsOf(italian: ItalianKeys): Buckets {
  let buckets = bucketCache.get(italian)
  if (buckets) return buckets
  let nodes = 0
  for (let index = 0; index < italian.words.length; index++)
    nodes += 3 + (italian.words[index] as Word).lemmas.size
  buckets = {
    plain: new Map(),
    number: new Map(),
    first: new Map(),
    lemma: new Map(),
    word: new Int32Array(nodes),
    next: new Int32Array(nodes),
  }
  let node = 0
  const addTo = (bucket: Map<string, number>, key: string, index: number) => {
    ;(buckets as Buckets).word[node] = index
    ;(buckets as Buckets).next[node] = bucket.get(key) ?? -1
    bucket.set(key, node++)
  }
  for (let index = 0; index < italian.words.length; index++) {
    const word = italian.words[index] as Word
    addTo(buckets.plain, word.plain, index)
    if (word.number !== null) addTo(buckets.number, word.number, index)
    if (word.skeleton.length >= 4) addTo(buckets.first, word.skeleton[0] as string, index)
    const lemmas = lemmaList(word.lemmas)
    for (let at = 0; at < lemmas.length; at++) addTo(buckets.lemma, lemmas[at] as string, index)
  }
  bucketCache.set(italian, buckets)
  return buckets
}

/**
 * How well an Italian text and an English span account for each other: the weighted share of
 * each side's content words with a counterpart on the other. Both must be high: a long span
 * that happens to hold the quotation's words, or one shared word in a long quotation, scores low.
 */
export function coverage(
  italian: ItalianKeys,
  english: readonly Word[],
  idf: Idf | null,
): Coverage {
  if (italian.total === 0) return { italian: 0, english: 0, score: 0 }
  const { strength, italianWeight, englishWeight } = pairWords(italian, english, idf)
  let matchedItalian = 0
  let matchedEnglish = 0
  let totalEnglish = 0
  for (let index = 0; index < english.length; index++) {
    const word = english[index] as Word
    if (word.stop) continue
    const weight = englishWeight[index] as number
    totalEnglish += weight
    matchedEnglish += strength[index] as number
    matchedItalian +=
      ((strength[index] as number) / Math.max(weight, 1e-9)) * (italianWeight[index] as number)
  }
  const it = Math.min(1, matchedItalian / italian.total)
  const en = totalEnglish > 0 ? Math.min(1, matchedEnglish / totalEnglish) : 0
  return { italian: it, english: en, score: it + en > 0 ? (2 * it * en) / (it + en) : 0 }
}

/** English content words that carry no evidence of a quotation's extent. */
export function isEnglishStopWord(plain: string): boolean {
  return stopWords.en.has(plain)
}
