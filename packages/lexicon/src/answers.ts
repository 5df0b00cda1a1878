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
import type { Language, Translation } from './types.js'

/**
 * Word answers as kept between processes: per call and language, `[word, answer]` pairs, least
 * recently used first. A `translate` answer is kept flat, `[lemma, weight, lemma, weight, …]`,
 * highest weight first: fewer arrays for `JSON.parse` to make.
 */
export interface WordAnswers {
  /** `lemmatize(word, 'it')`: `[word, lemmas]` pairs (optional). */
  'lemmatize.it'?: Array<[word: string, lemmas: string[]]> | undefined
  /** `lemmatize(word, 'en')`: `[word, lemmas]` pairs (optional). */
  'lemmatize.en'?: Array<[word: string, lemmas: string[]]> | undefined
  /** `translate(lemma, 'it', 'en')`: `[lemma, translations]` pairs, flat (optional). */
  'translate.it.en'?: Array<[lemma: string, translations: Array<string | number>]> | undefined
  /** `translate(lemma, 'en', 'it')`: `[lemma, translations]` pairs, flat (optional). */
  'translate.en.it'?: Array<[lemma: string, translations: Array<string | number>]> | undefined
}

type TableName = keyof WordAnswers

/** One call's answers, and the words asked this run (in the order first asked). */
interface Table {
  answers: Map<string, unknown>
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

/** Whether a value is an array of strings. */
function isStrings(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false
  for (let index = 0; index < value.length; index++) {
    if (typeof value[index] !== 'string') return false
  }
  return true
}

/** Whether a value is a flat translate answer: lemma, weight in (0, 1], …. */
function isFlatTranslations(value: unknown): value is Array<string | number> {
  if (!Array.isArray(value) || value.length % 2 !== 0) return false
  for (let index = 0; index < value.length; index += 2) {
    const weight: unknown = value[index + 1]
    if (typeof value[index] !== 'string' || typeof weight !== 'number') return false
    if (!(weight > 0 && weight <= 1)) return false
  }
  return true
}

/** The kept answer to `word` in `table`, when it holds one of the right shape (else forgets it). */
function kept<T>(
  table: Table,
  word: string,
  isShaped: (value: unknown) => value is T,
): T | undefined {
  const answer = table.answers.get(word)
  if (answer === undefined) return undefined
  if (!isShaped(answer)) {
    table.answers.delete(word)
    return undefined
  }
  table.asked.add(word)
  return answer
}

/** Keep a computed answer, unless the table is full; whether it was kept. */
function keep(table: Table, word: string, answer: unknown): boolean {
  if (table.answers.size >= mostKept) return false
  table.answers.set(word, answer)
  table.asked.add(word)
  added++
  return true
}

/**
 * The memo's lemmas of `word` (a copy), when the memo is on and holds them.
 *
 * @internal For `lemmatize`.
 */
export function knownLemmas(word: string, language: Language): string[] | undefined {
  if (tables === undefined) return undefined
  const table = language === 'it' ? tables['lemmatize.it'] : tables['lemmatize.en']
  return kept(table, word, isStrings)?.slice()
}

/**
 * Keep `lemmatize(word, language)`'s answer, when the memo is on; whether it was kept. `lemmas`
 * is kept as it is: the caller hands it over, and returns a copy when it was kept.
 *
 * @internal For `lemmatize`.
 */
export function keepLemmas(word: string, language: Language, lemmas: string[]): boolean {
  if (tables === undefined) return false
  return keep(language === 'it' ? tables['lemmatize.it'] : tables['lemmatize.en'], word, lemmas)
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
  const flat = kept(table, lemma, isFlatTranslations)
  if (flat === undefined) return undefined
  const found: Translation[] = []
  for (let index = 0; index < flat.length; index += 2) {
    found.push({ lemma: flat[index] as string, weight: flat[index + 1] as number })
  }
  return found
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
  const flat: Array<string | number> = []
  for (const { lemma: translated, weight } of found) flat.push(translated, weight)
  keep(table, lemma, flat)
}

/** Whether a value is a `[word, answer]` pair. */
function isPair(entry: unknown): entry is [string, unknown] {
  return Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string'
}

/**
 * Turn the memo of `lemmatize` (called without options) and `translate` on, holding `known`:
 * answers an earlier process gave, as {@link wordAnswers} returned them, for the same lexicon
 * code and data (the caller's promise). What is not a `[word, answer]` pair is left out, and an
 * answer not in the shape this module keeps is computed again when asked: a damaged seed costs
 * time only. Calling it again starts again from `known`.
 *
 * @param known - Answers of an earlier process (default: none).
 * @throws {TypeError} When `known` is not an object.
 * @example useWordAnswers(JSON.parse(readFileSync(file, 'utf8')))
 */
export function useWordAnswers(known: WordAnswers = {}): void {
  if (typeof known !== 'object' || known === null || Array.isArray(known))
    throw new TypeError(
      '`useWordAnswers` expects known answers as an object, as `wordAnswers` returns',
    )
  const seeded = {} as Record<TableName, Table>
  for (const name of tableNames) {
    const answers = new Map<string, unknown>()
    const pairs: unknown = known[name]
    if (Array.isArray(pairs)) {
      for (const pair of pairs as unknown[]) if (isPair(pair)) answers.set(pair[0], pair[1])
    }
    seeded[name] = { answers, asked: new Set() }
  }
  tables = seeded
  added = 0
}

/** Turn the memo off and forget its answers: the calls are the plain ones again. */
export function dropWordAnswers(): void {
  tables = undefined
  added = 0
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
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit > 0)))
    throw new TypeError(`\`wordAnswers\` expects a positive integer limit, got ${String(limit)}`)
  if (tables === undefined || added === 0) return undefined
  const answers: Record<string, Array<[string, unknown]>> = {}
  for (const name of tableNames) {
    const { answers: table, asked } = tables[name]
    const pairs: Array<[string, unknown]> = []
    for (const [word, answer] of table) if (!asked.has(word)) pairs.push([word, answer])
    for (const word of asked) {
      const answer = table.get(word)
      if (answer !== undefined) pairs.push([word, answer])
    }
    answers[name] = pairs.length > limit ? pairs.slice(-limit) : pairs
  }
  return answers as WordAnswers
}
