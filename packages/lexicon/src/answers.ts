// A memo of the lexicon's word answers (`lemmatize` without options, `translate`) that a caller
// can seed and read back: the fonte CLI keeps it in a file between runs, so that a report of
// today's news asks the tables only about words no earlier run asked (news vocabulary repeats from
// day to day), and often never opens them. The answers depend on the lexicon's code and data
// alone; the caller keys what it keeps by them. Off until a caller turns it on: a library user
// gets the plain calls.
//
// Seeding is cheap (a map of the kept pairs): an answer is checked for its shape when a call first
// asks for it, and one that is not in the shape this module keeps is computed again and replaced,
// so a damaged seed costs time, never a wrong answer of the wrong shape.
import { argumentChecks, isObject } from '@fonte/arguments'
import type { Language, Translation } from './types.js'

/**
 * Word answers as kept between processes: per call and language, a flat list `[word, answer,
 * word, answer, …]`, least recently asked first. An answer is a string, its items separated by
 * tabs: lemmas (`''` for none), or translations as lemma and weight, highest weight first, a
 * weight in thousandths when it is a whole number of them (`house\t998\thome\t996`: writing a
 * whole number is ~20 times cheaper than a fraction's shortest digits), else as a fraction.
 * Strings, not arrays: `JSON.parse` of a file of 20,000 answers takes half the time, and an answer
 * is split only when a call asks for it.
 */
export interface WordAnswers {
  /** `lemmatize(word, 'it')` (optional). */
  'lemmatize.it'?: string[] | undefined
  /** `lemmatize(word, 'en')` (optional). */
  'lemmatize.en'?: string[] | undefined
  /** `translate(lemma, 'it', 'en')` (optional). */
  'translate.it.en'?: string[] | undefined
  /** `translate(lemma, 'en', 'it')` (optional). */
  'translate.en.it'?: string[] | undefined
}

type TableName = keyof WordAnswers

/**
 * One call's answers as kept (text), those read this process (a call's answer is read once: a
 * translate answer of dozens of pairs takes ~15 µs to split and parse, its copy ~0.5 µs), and the
 * words asked this process (in the order first asked).
 */
interface Table {
  answers: Map<string, string>
  read: Map<string, readonly unknown[]>
  asked: Set<string>
}

const tableNames: readonly TableName[] = [
  'lemmatize.it',
  'lemmatize.en',
  'translate.it.en',
  'translate.en.it',
]

/** A process asks ~10,000 words of 40 articles; past this many a table keeps no new answer. */
const mostKept = 200_000

let tables: Record<TableName, Table> | undefined
let added = 0

// A wrong argument is a `TypeError` in @fonte/arguments' words, as `translate`'s.
const check = argumentChecks()

/** Lemmas from a kept answer, or undefined when it is not one (an empty lemma, say). */
function lemmasFrom(text: string): string[] | undefined {
  if (text === '') return []
  const lemmas = text.split('\t')
  return lemmas.includes('') ? undefined : lemmas
}

/** Translations from a kept answer, or undefined when it is not one. */
function translationsFrom(text: string): Translation[] | undefined {
  if (text === '') return []
  const parts = text.split('\t')
  if (parts.length % 2 !== 0) return undefined
  const found: Translation[] = []
  for (let index = 0; index < parts.length; index += 2) {
    const lemma = parts[index]!
    const written = parts[index + 1]!
    const weight = /[.e]/.test(written) ? Number(written) : Number(written) / 1000
    if (lemma === '' || !(weight > 0 && weight <= 1)) return undefined
    found.push({ lemma, weight })
  }
  return found
}

/**
 * The kept answer to `word` in `table` (the caller copies it), read from its text by `read` the
 * first time, when it holds one it can read (else it forgets it, to be computed again).
 */
function kept<T>(
  table: Table,
  word: string,
  read: (text: string) => T[] | undefined,
): readonly T[] | undefined {
  let answer = table.read.get(word) as readonly T[] | undefined
  if (answer === undefined) {
    const text = table.answers.get(word)
    if (text === undefined) return undefined
    answer = read(text)
    if (answer === undefined) {
      table.answers.delete(word)
      return undefined
    }
    table.read.set(word, answer)
  }
  table.asked.add(word)
  return answer
}

/**
 * Keep an answer's text, unless the table is full. It is read when a call asks for it: the
 * aligner remembers what it asked, and seldom asks the same again in a process.
 */
function keep(table: Table, word: string, text: string): void {
  if (table.answers.size >= mostKept) return
  table.answers.set(word, text)
  table.asked.add(word)
  added++
}

/** Whether an item would not read back as it is from an answer's text: empty, or with a tab. */
function unwritable(item: string): boolean {
  return item === '' || item.includes('\t')
}

/**
 * The memo's lemmas of `word` (a copy), when the memo is on and holds them.
 *
 * @internal For `lemmatize`.
 */
export function knownLemmas(word: string, language: Language): string[] | undefined {
  if (tables === undefined) return undefined
  const table = language === 'it' ? tables['lemmatize.it'] : tables['lemmatize.en']
  return kept(table, word, lemmasFrom)?.slice()
}

/**
 * Keep `lemmatize(word, language)`'s answer, when the memo is on.
 *
 * @internal For `lemmatize`.
 */
export function keepLemmas(word: string, language: Language, lemmas: readonly string[]): void {
  if (tables === undefined) return
  const table = language === 'it' ? tables['lemmatize.it'] : tables['lemmatize.en']
  if (!lemmas.some(unwritable)) keep(table, word, lemmas.join('\t'))
}

/** The table of a translation direction, when the memo keeps it (`it`→`en`, `en`→`it`). */
function translations(from: unknown, to: unknown): Table | undefined {
  if (tables === undefined) return undefined
  if (from === 'it' && to === 'en') return tables['translate.it.en']
  if (from === 'en' && to === 'it') return tables['translate.en.it']
  return undefined
}

/**
 * The memo's translations of `lemma` (new objects), when the memo is on and holds them.
 *
 * @internal For `translate`.
 */
export function knownTranslations(
  lemma: unknown,
  from: unknown,
  to: unknown,
): Translation[] | undefined {
  const table = translations(from, to)
  if (table === undefined || typeof lemma !== 'string') return undefined
  const answer = kept(table, lemma, translationsFrom)
  if (answer === undefined) return undefined
  const copies: Translation[] = []
  for (let index = 0; index < answer.length; index++) {
    const { lemma: translated, weight } = answer[index]!
    copies.push({ lemma: translated, weight })
  }
  return copies
}

/**
 * Keep `translate(lemma, from, to)`'s answer, when the memo is on.
 *
 * @internal For `translate`.
 */
export function keepTranslations(
  lemma: string,
  from: Language,
  to: Language,
  found: readonly Translation[],
): void {
  const table = translations(from, to)
  if (table === undefined) return
  let text = ''
  for (let index = 0; index < found.length; index++) {
    const { lemma: translated, weight } = found[index]!
    if (unwritable(translated)) return
    const thousandths = Math.round(weight * 1000)
    const written = thousandths / 1000 === weight ? String(thousandths) : String(weight)
    text += index === 0 ? `${translated}\t${written}` : `\t${translated}\t${written}`
  }
  keep(table, lemma, text)
}

/**
 * Turn the memo of `lemmatize` (called without options) and `translate` on, holding `known`:
 * answers an earlier process gave, as {@link wordAnswers} returned them, for the same lexicon
 * code and data (the caller's promise). What is not a string in a word's place or an answer's is
 * left out, and an answer that does not read as one is computed again when asked: a damaged seed
 * costs time only. Calling it again starts again from `known`.
 *
 * @param known - Answers of an earlier process (default: none).
 * @throws {TypeError} When `known` is not an object.
 * @example useWordAnswers(JSON.parse(readFileSync(file, 'utf8')))
 */
export function useWordAnswers(known: WordAnswers = {}): void {
  check.argument('useWordAnswers', 'known', known, 'an object, as `wordAnswers` returns', isObject)
  const seeded = {} as Record<TableName, Table>
  for (const name of tableNames) {
    const answers = new Map<string, string>()
    const flat: unknown = known[name]
    if (Array.isArray(flat)) {
      for (let index = 0; index + 1 < flat.length; index += 2) {
        const word: unknown = flat[index]
        const answer: unknown = flat[index + 1]
        if (typeof word === 'string' && typeof answer === 'string') answers.set(word, answer)
      }
    }
    seeded[name] = { answers, read: new Map(), asked: new Set() }
  }
  tables = seeded
  added = 0
}

/** Turn the memo off and forget its answers: the calls are the plain ones again. */
export function dropWordAnswers(): void {
  tables = undefined
  added = 0
}

/** Whether a value is a whole number above 0, or infinity. */
function isLimit(value: unknown): boolean {
  return value === Number.POSITIVE_INFINITY || (Number.isInteger(value) && (value as number) > 0)
}

/**
 * The memo's answers, to be kept for a later {@link useWordAnswers}: at most `limit` a call and
 * language, the most recently asked kept (those this process asked, in the order it first asked
 * them, after those it did not). Undefined when the memo is off, or holds nothing new since it
 * was turned on.
 *
 * @param limit - The most answers kept per call and language (default: all).
 * @throws {TypeError} When `limit` is not a positive integer.
 */
export function wordAnswers(limit = Number.POSITIVE_INFINITY): WordAnswers | undefined {
  check.argument('wordAnswers', 'limit', limit, 'a positive integer', isLimit)
  if (tables === undefined || added === 0) return undefined
  const answers: WordAnswers = {}
  for (const name of tableNames) {
    const { answers: table, asked } = tables[name]
    const flat: string[] = []
    for (const [word, answer] of table) if (!asked.has(word)) flat.push(word, answer)
    for (const word of asked) {
      const answer = table.get(word)
      if (answer !== undefined) flat.push(word, answer)
    }
    answers[name] = flat.length > 2 * limit ? flat.slice(-2 * limit) : flat
  }
  return answers
}
