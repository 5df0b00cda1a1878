// Argument checks and the spellings of a token worth looking up.
import type { Language, PartOfSpeech } from './types.js'

/** Longer tokens are not words of either language; they are answered with nothing at once. */
export const longestWord = 64

/** Apostrophe look-alikes; the lexicon's data spells every apostrophe straight. */
export const apostrophes = /[´ʼ‘’`]/g
const letters = /^[\p{Script=Latin}'\-.]+$/u
const hasLetter = /\p{L}/u

/** Throws a `TypeError` naming `api` unless `language` is `it` or `en`. */
export function checkLanguage(api: string, language: unknown): asserts language is Language {
  if (language !== 'it' && language !== 'en')
    throw new TypeError(`\`${api}\` expects language 'it' or 'en', got ${JSON.stringify(language)}`)
}

/** Throws a `TypeError` naming `api` unless `value` is a string and `language` is `it` or `en`. */
export function checkArguments(api: string, value: unknown, language: unknown): void {
  if (typeof value !== 'string')
    throw new TypeError(
      `\`${api}\` expects a string, got ${value === null ? 'null' : typeof value}`,
    )
  checkLanguage(api, language)
}

const partsOfSpeech: ReadonlySet<unknown> = new Set<PartOfSpeech>([
  'NOUN',
  'VERB',
  'ADJ',
  'AUX',
  'ADV',
  'PROPN',
  'DET',
  'PRON',
  'ADP',
  'OTHER',
])

/**
 * Throws a `TypeError` naming `api` and `name` unless `pos` is a part of speech the lexicon
 * knows (or undefined, where it is optional).
 */
export function checkPartOfSpeech(api: string, name: string, pos: unknown, optional = true): void {
  if (pos === undefined && optional) return
  if (!partsOfSpeech.has(pos))
    throw new TypeError(
      `\`${api}\` expects ${name} as one of ${[...partsOfSpeech].join(', ')}, got ${JSON.stringify(pos) ?? String(pos)}`,
    )
}

/**
 * The spellings of `word` to look up, in order: as written (apostrophes made straight), lower
 * case, and for an elided Italian token (`dell'anno`, `l'Europa`) the word after the apostrophe.
 * Empty for what cannot be a word: empty, too long, digits, other scripts than Latin.
 */
export function spellings(word: string, language: Language): string[] {
  const straight = word.trim().replace(apostrophes, "'")
  if (!straight || straight.length > longestWord) return []
  if (!letters.test(straight) || !hasLetter.test(straight)) return []
  const result = [straight]
  const lower = straight.toLowerCase()
  if (lower !== straight) result.push(lower)
  const apostrophe = straight.indexOf("'")
  if (language === 'it' && apostrophe > 0 && apostrophe < straight.length - 1) {
    const rest = straight.slice(apostrophe + 1)
    result.push(rest)
    if (rest.toLowerCase() !== rest) result.push(rest.toLowerCase())
  }
  return result
}
