import { lemmatize, translate } from '@fonte/lexicon'
import { translatedLemmas } from './lexicon-memo.js'
import { checkOption, checkOptions, isDictionary } from './arguments.js'
import type { Dictionary } from './resources.js'
import { remembered } from './remembered.js'
import { numberKeys, plainWords, withoutAccents } from './words.js'

/**
 * Lexical keys that an English sentence and its Italian translation share, whatever the
 * language of each: numbers (`#2024`), names (`=pyongyang`), five-letter prefixes that cognates
 * and dictionary translations meet on (`~parla` for `parliament` and `parlamento`, `~guerr` for
 * `war` through its translation `guerra`), and English lemmas (`@treaty`, from the English word
 * or from an Italian lemma's translation `trattato` → `treaty`).
 *
 * Keys are computed once per word and kept: a news pool repeats its words, and the lexicon's
 * look-ups cost more than the comparison.
 */
export interface LexicalKeyer {
  /** The keys of an English sentence, each once. */
  english(sentence: string): string[]
  /** The keys of an Italian sentence, each once. */
  italian(sentence: string): string[]
  /** The content words of an English sentence, in order, each as its keys. */
  englishWords(sentence: string): string[][]
  /** The content words of an Italian sentence, in order, each as its keys. */
  italianWords(sentence: string): string[][]
  /**
   * Where each of `italianWords`'s words starts in the sentence (UTF-16 offsets, in order): the
   * words of a part of the sentence, without keying the part again.
   */
  italianWordStarts(sentence: string): number[]
  /** The keys of one Italian word, lower case and without accents (not its name key). */
  italianWord(plain: string): readonly string[]
  /** `englishWords` as key ids (see `keyId`), with the sentence's set of ids; kept per sentence. */
  englishSentence(sentence: string): KeyedSentence
  /** `italianWords` as key ids (see `keyId`), with the sentence's set of ids; kept per sentence. */
  italianSentence(sentence: string): KeyedSentence
}

/** A sentence's content words as key ids, and the set of all its ids. */
export interface KeyedSentence {
  words: readonly Int32Array[]
  keys: ReadonlySet<number>
  /** The ids of `keys`, in its order: what the coverage scorer marks and compares. */
  ids: Int32Array
}

const keyIds = new Map<string, number>()

/**
 * A key's number, the same for the process's lifetime, so that sentences keyed once compare as
 * numbers everywhere (the table grows with the vocabulary read, a few keys per word).
 */
export function keyId(key: string): number {
  let id = keyIds.get(key)
  if (id === undefined) keyIds.set(key, (id = keyIds.size))
  return id
}

/** Options of `lexicalKeyer`. */
export interface KeyerOptions {
  /** English words → Italian translations (FreeDict, say), as more `~` keys (optional). */
  dictionary?: Dictionary | null | undefined
  /**
   * Whether to ask `@fonte/lexicon` for lemmas and translations (default: whether it has data,
   * see `lexiconHasData`).
   */
  lexicon?: boolean | null | undefined
}

const prefixLength = 5
// Translations beyond the first few are rarer senses: they add matches more than evidence.
const translationsPerLemma = 4

// Function words carry no evidence and make the longest postings lists. Closed-class words of
// each language (articles, prepositions, pronouns, auxiliaries, conjunctions), written from the
// grammars, not counted from any corpus.
const englishStopWords = new Set(
  (
    'a an the of to in on at by for from with about as into over after before than and or but nor ' +
    'so if then that this these those there here it its it’s he she they them their his her him we us ' +
    'our you your i me my who whom whose which what when where why how is are was were be been being ' +
    'has have had having do does did will would shall should can could may might must not no also ' +
    'said says say just more most very up out all any some such other one'
  ).split(' '),
)
const italianStopWords = new Set(
  (
    'il lo la i gli le un uno una di a da in con su per tra fra e ed o ma che non si ne ci del dello ' +
    'della dei degli delle al allo alla ai agli alle dal dallo dalla dai dagli dalle nel nello nella ' +
    'nei negli nelle sul sullo sulla sui sugli sulle col è sono ha hanno era erano essere stato stata ' +
    'stati state come anche più questo questa questi queste quello quella quelli quelle loro suo sua ' +
    'suoi sue lui lei cui chi quale quali dove quando perché se già poi ancora molto tutto ' +
    'detto ha detto secondo'
  )
    .split(' ')
    // Words are compared without their accents (`plainWords`): `più` is looked up as `piu`.
    .map(withoutAccents),
)

let lexiconProbe: boolean | undefined

interface WordCaches {
  english: Map<string, readonly string[]>
  italian: Map<string, readonly string[]>
  englishSentences: Map<string, KeyedSentence>
  italianSentences: Map<string, KeyedSentence>
}

// Words' keys are kept across keyers (one per aligned document pair) with the same dictionary
// and lexicon setting: the lexicon's look-ups are the costly part, and news repeats its words.
// A cache that reaches `cachedWords` words starts again rather than growing without bound.
const cachedWords = 200_000
const cachedSentences = 50_000
const dictionaryCaches = new WeakMap<Dictionary, [WordCaches, WordCaches]>()
const plainCaches: [WordCaches, WordCaches] = [newCaches(), newCaches()]

function newCaches(): WordCaches {
  return {
    english: new Map(),
    italian: new Map(),
    englishSentences: new Map(),
    italianSentences: new Map(),
  }
}

function wordCaches(dictionary: Dictionary | undefined, lexicon: boolean): WordCaches {
  let caches = plainCaches
  if (dictionary) {
    caches = dictionaryCaches.get(dictionary) ?? [newCaches(), newCaches()]
    dictionaryCaches.set(dictionary, caches)
  }
  return caches[lexicon ? 1 : 0]
}

/**
 * Whether `@fonte/lexicon` has its data installed: it knows a lemma and a translation of
 * common words. Without data, its functions answer as stubs and add nothing.
 */
export function lexiconHasData(): boolean {
  lexiconProbe ??=
    translate('house', 'en', 'it').length > 0 &&
    translate('casa', 'it', 'en').length > 0 &&
    lemmatize('sono', 'it').some((lemma) => lemma === 'essere')
  return lexiconProbe
}

/** What a keyer reads words with: its dictionary, whether it asks the lexicon, and its caches. */
interface KeyerSettings {
  dictionary: Dictionary | undefined
  lexicon: boolean
  caches: WordCaches
}

/**
 * A keyer for English and Italian sentences (see `LexicalKeyer`).
 *
 * @param options - A dictionary, and whether to use the lexicon (optional).
 */
export function lexicalKeyer(options?: KeyerOptions | null): LexicalKeyer {
  checkOptions('lexicalKeyer', 'options', options)
  const dictionary = options?.dictionary ?? undefined
  checkOption('lexicalKeyer', 'options.dictionary', dictionary, 'a Map', isDictionary)
  const lexicon = options?.lexicon ?? lexiconHasData()
  const caches = wordCaches(dictionary, lexicon)
  const settings: KeyerSettings = { dictionary, lexicon, caches }
  const englishKeys = (word: string) => englishWord(settings, word)
  const italianKeys = (word: string) => italianWord(settings, word)
  const englishOf = (sentence: string) => wordsOf(sentence, englishStopWords, englishKeys)
  const italianOf = (sentence: string) => wordsOf(sentence, italianStopWords, italianKeys)
  return {
    englishWords: englishOf,
    italianWords: italianOf,
    english: (sentence) => union(englishOf(sentence)),
    italian: (sentence) => union(italianOf(sentence)),
    italianWordStarts: (sentence) => wordStartsOf(sentence, italianStopWords, italianKeys),
    italianWord: italianKeys,
    englishSentence: (sentence) =>
      keyed(caches.englishSentences, sentence, englishStopWords, englishKeys),
    italianSentence: (sentence) =>
      keyed(caches.italianSentences, sentence, italianStopWords, italianKeys),
  }
}

/** The keys of an English word: prefix, skeleton, dictionary translations, lemmas and theirs. */
function englishWord(
  { dictionary, lexicon, caches }: KeyerSettings,
  word: string,
): readonly string[] {
  let keys = caches.english.get(word)
  if (keys) return keys
  if (caches.english.size >= cachedWords) caches.english.clear()
  const found = new Set<string>()
  if (word.length >= prefixLength) found.add(`~${word.slice(0, prefixLength)}`)
  const spelling = skeleton(word)
  if (spelling) found.add(`%${spelling}`)
  for (const translation of dictionary?.get(word) ?? []) {
    for (const part of plainPartsOf(translation)) {
      if (part.length >= 3 && !italianStopWords.has(part)) found.add(`~${cut(part)}`)
    }
  }
  if (lexicon) {
    for (const lemma of lemmatize(word, 'en').slice(0, 2)) {
      found.add(`@${lemma.toLowerCase()}`)
      for (const italian of translatedLemmas(lemma, 'en', 'it').slice(0, translationsPerLemma)) {
        for (const part of plainPartsOf(italian)) if (part.length >= 3) found.add(`~${cut(part)}`)
      }
    }
  }
  keys = [...found]
  caches.english.set(word, keys)
  return keys
}

/** The keys of an Italian word: prefix, skeleton, lemmas and their English translations. */
function italianWord({ lexicon, caches }: KeyerSettings, word: string): readonly string[] {
  let keys = caches.italian.get(word)
  if (keys) return keys
  if (caches.italian.size >= cachedWords) caches.italian.clear()
  const found = new Set<string>()
  if (word.length >= 3) found.add(`~${cut(word)}`)
  const spelling = skeleton(word)
  if (spelling) found.add(`%${spelling}`)
  if (lexicon) {
    for (const lemma of lemmatize(word, 'it').slice(0, 2)) {
      const plain = lemma.toLowerCase()
      if (plain.length >= 3) found.add(`~${cut(plain)}`)
      for (const english of translatedLemmas(plain, 'it', 'en').slice(0, translationsPerLemma)) {
        for (const part of plainPartsOf(english)) {
          if (!englishStopWords.has(part)) found.add(`@${part}`)
        }
      }
    }
  }
  keys = [...found]
  caches.italian.set(word, keys)
  return keys
}

/**
 * Visits a sentence's content words, in order, each with its keys: numbers as `#` keys, function
 * words left out unless capitalised inside the sentence; a name (capitalised inside the
 * sentence) comes with its `=` key apart, so that the word's own keys stay the cached array.
 */
function eachWord(
  sentence: string,
  stopWords: ReadonlySet<string>,
  wordKeys: (word: string) => readonly string[],
  visit: (keys: readonly string[], name: string | null, start: number) => void,
): void {
  const pattern = /[\p{L}\p{N}]+/gu
  let match: RegExpExecArray | null
  let first = true
  while ((match = pattern.exec(sentence))) {
    const word = match[0]
    const capital = !first && /^\p{Lu}/u.test(word)
    first = false
    const parts = plainPartsOf(word)
    for (let part = 0; part < parts.length; part++) {
      const plain = parts[part] as string
      if (/^\p{N}+$/u.test(plain)) {
        visit(
          numberKeys(plain).map((number) => `#${number}`),
          null,
          match.index,
        )
        continue
      }
      if (stopWords.has(plain) && !capital) continue
      const keys = wordKeys(plain)
      const name = capital && plain.length >= 2 ? `=${plain}` : null
      if (keys.length > 0 || name !== null) visit(keys, name, match.index)
    }
  }
}

// Each written word's plain parts (`Schäuble` → `schauble`), and each translation's, kept: every
// sentence of every article runs its words through `normalize`, and news repeats its words.
/** `plainWords` of one written word, remembered (the answer must not be changed). */
const plainPartsOf = remembered<readonly string[]>(cachedWords, plainWords)

/** A sentence's content words, in order, each as its keys (see `eachWord`). */
function wordsOf(
  sentence: string,
  stopWords: ReadonlySet<string>,
  wordKeys: (word: string) => readonly string[],
): string[][] {
  const words: string[][] = []
  eachWord(sentence, stopWords, wordKeys, (keys, name) =>
    words.push(name === null ? [...keys] : [...keys, name]),
  )
  return words
}

function wordStartsOf(
  sentence: string,
  stopWords: ReadonlySet<string>,
  wordKeys: (word: string) => readonly string[],
): number[] {
  const starts: number[] = []
  eachWord(sentence, stopWords, wordKeys, (_keys, _name, start) => starts.push(start))
  return starts
}

// Each cached key array's ids: a word's keys become numbers once, not in every sentence.
const idsOfKeys = new WeakMap<readonly string[], Int32Array>()

function idsOf(keys: readonly string[]): Int32Array {
  let ids = idsOfKeys.get(keys)
  if (!ids) idsOfKeys.set(keys, (ids = Int32Array.from(keys, keyId)))
  return ids
}

// Each cached key array's ids with its name key, for a name: a word's keys are its spelling's
// (one cached array per spelling), so its name key is the same wherever it stands.
const namedIdsOfKeys = new WeakMap<readonly string[], Int32Array>()

function namedIdsOf(keys: readonly string[], name: string): Int32Array {
  let ids = namedIdsOfKeys.get(keys)
  if (!ids || ids[ids.length - 1] !== keyId(name)) {
    ids = Int32Array.from([...keys, name], keyId)
    namedIdsOfKeys.set(keys, ids)
  }
  return ids
}

function union(words: string[][]): string[] {
  return [...new Set(words.flat())]
}

/** A sentence's words as key ids with the set of its ids, kept in `cache`. */
function keyed(
  cache: Map<string, KeyedSentence>,
  sentence: string,
  stopWords: ReadonlySet<string>,
  wordKeys: (word: string) => readonly string[],
): KeyedSentence {
  let found = cache.get(sentence)
  if (found) return found
  if (cache.size >= cachedSentences) cache.clear()
  const ids: Int32Array[] = []
  eachWord(sentence, stopWords, wordKeys, (keys, name) => {
    ids.push(name === null ? idsOf(keys) : namedIdsOf(keys, name))
  })
  const keys = new Set<number>()
  for (let at = 0; at < ids.length; at++) {
    const word = ids[at] as Int32Array
    for (let k = 0; k < word.length; k++) keys.add(word[k] as number)
  }
  found = { words: ids, keys, ids: Int32Array.from(keys) }
  cache.set(sentence, found)
  return found
}

/** A word's first five letters, or the whole word when shorter. */
function cut(word: string): string {
  return word.slice(0, prefixLength)
}

// Spellings that differ between English and Italian cognates, made the same: `ph` and `f`
// (philosophy, filosofia), `ct` and `tt` (October, ottobre), `x` and `s` (exist, esistere), `y`
// and `i`, `k` and `c`, `th` and `t`.
const spellings: ReadonlyArray<readonly [RegExp, string]> = [
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ch|ck|k|q/g, 'c'],
  [/[cp]t/g, 'tt'],
  [/x/g, 's'],
  [/y/g, 'i'],
  [/w/g, 'v'],
  [/h/g, ''],
]

/**
 * A cognate's spelling skeleton: the first letter and the next three consonants, spellings made
 * alike and doubled letters single (`parliament` and `parlamento` are both `prlm`, `October`
 * and `ottobre` both `otbr`), for words of five letters or more; `''` for shorter ones.
 */
function skeleton(word: string): string {
  if (word.length < prefixLength || /\d/.test(word)) return ''
  let spelled = word
  for (let at = 0; at < spellings.length; at++) {
    const spelling = spellings[at] as readonly [RegExp, string]
    spelled = spelled.replace(spelling[0], spelling[1])
  }
  const consonants = (spelled[0] ?? '') + spelled.slice(1).replace(/[aeiou]/g, '')
  const single = consonants.replace(/(.)\1+/g, '$1')
  return single.length >= 4 ? single.slice(0, 4) : ''
}
