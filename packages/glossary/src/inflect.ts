import { assertString } from './validate.js'
/** Grammatical number of a word form, where it can be told. */
export type GrammaticalNumber = 'singular' | 'plural' | 'any'

/** One written form of a word. */
export interface WordForm {
  form: string
  number: GrammaticalNumber
}

// Function words and articulated prepositions never inflect inside a term.
export const invariableWords: ReadonlySet<string> = new Set(
  (
    'a ad al allo alla all ai agli alle con da dal dallo dalla dall dai dagli dalle di del dello della ' +
    'dell dei degli delle e ed in nel nello nella nell nei negli nelle o od per su sul sullo sulla sull ' +
    'sui sugli sulle tra fra il lo la l i gli le un uno una'
  ).split(' '),
)
/**
 * Number inflection of Italian nouns and adjectives, by ending: the ending, the endings of the
 * other number, and the number of the given form. The first ending that fits is used.
 * Source: the regular plurals of Italian grammars (Serianni, *Grammatica italiana*, III),
 * including both plurals where usage varies (`-co` → `-chi`/`-ci`, `-cia` → `-ce`/`-cie`) and the
 * masculine and irregular nouns in `-a` (`il giornalista` / `i giornalisti`, `l'arma` / `le armi`).
 */
const italianNumberEndings: ReadonlyArray<
  [ending: string, others: string[], number: GrammaticalNumber]
> = [
  // Both plurals match; the first is the one suggested (`strategico` → `strategici`).
  ['ico', ['ici', 'ichi'], 'singular'],
  ['co', ['chi', 'ci'], 'singular'],
  ['logo', ['logi', 'loghi'], 'singular'],
  ['go', ['ghi', 'gi'], 'singular'],
  ['io', ['i', 'ii'], 'singular'],
  ['o', ['i'], 'singular'],
  ['cia', ['ce', 'cie'], 'singular'],
  ['gia', ['ge', 'gie'], 'singular'],
  ['ca', ['che'], 'singular'],
  ['ga', ['ghe'], 'singular'],
  ['ista', ['iste', 'isti'], 'singular'],
  ['ma', ['me', 'mi'], 'singular'],
  ['ta', ['te', 'ti'], 'singular'],
  ['a', ['e'], 'singular'],
  ['e', ['i'], 'singular'],
  // A term base that gives a plural: accept the singulars it may come from.
  ['i', ['o', 'e'], 'plural'],
]
/**
 * English nouns that Italian uses unadapted, so invariable (`il file`, `i file`), though their
 * spelling ends like an Italian noun. Source: Treccani, *prestiti non adattati*; the software
 * vocabulary of the Italian translations of GNOME, KDE and Debian.
 */
export const unadaptedLoans: ReadonlySet<string> = new Set(
  (
    'file cache cookie database software hardware firmware middleware malware device template online offline ' +
    'mouse release routine pipe update pipeline framework tablespace namespace workspace interface ' +
    'byte smartphone style side core engine node repository directory policy proxy query'
  ).split(' '),
)
const accentedEnd = /[àèéìíòóùú]$/i
const vowelEnd = /[aeiou]$/i
const upperStart = /^\p{Lu}/u

/**
 * The forms of an Italian word in both numbers, in the term's own gender: Italian nouns have a
 * fixed gender and the adjectives of a term agree with its noun, so within one term only the
 * number changes (`partenariato strategico globale` / `partenariati strategici globali`,
 * `difesa reciproca` / `difese reciproche`).
 *
 * Proper names (a capital first letter), acronyms, words ending in an accented vowel (`città`) or
 * a consonant (`bar`), and function words are invariable.
 *
 * @param word - The word in its citation form, as the term base writes it.
 * @returns The forms, the given one first, each with its number.
 */
export function italianForms(word: string): WordForm[] {
  assertString('italianForms', 'word', word)
  const lower = word.toLowerCase()
  if (
    word.length <= 2 ||
    upperStart.test(word) ||
    accentedEnd.test(word) ||
    !vowelEnd.test(word) ||
    invariableWords.has(lower) ||
    unadaptedLoans.has(lower)
  ) {
    return [{ form: word, number: 'any' }]
  }
  const forms: WordForm[] = []
  const add = (form: string, number: GrammaticalNumber) => {
    if (!forms.some((existing) => existing.form === form)) forms.push({ form, number })
  }
  const rule = italianNumberEndings.find(([ending]) => lower.endsWith(ending))
  if (!rule) return [{ form: word, number: 'any' }]
  const [ending, others, number] = rule
  add(word, number)
  const stem = word.slice(0, word.length - ending.length)
  const otherNumber: GrammaticalNumber = number === 'singular' ? 'plural' : 'singular'
  for (const other of others) add(stem + other, otherNumber)
  return forms
}

/**
 * The forms of an English word: the word and its regular plural (`agreement` / `agreements`,
 * `treaty` / `treaties`, `pledge` / `pledges`). Irregular plurals belong in the term base.
 */
export function englishForms(word: string): WordForm[] {
  assertString('englishForms', 'word', word)
  const forms: WordForm[] = [{ form: word, number: 'singular' }]
  if (word.length <= 2 || /^\p{Lu}+$/u.test(word)) return [{ form: word, number: 'any' }]
  if (/[^aeiou]y$/i.test(word)) forms.push({ form: `${word.slice(0, -1)}ies`, number: 'plural' })
  else if (/(?:s|x|z|ch|sh)$/i.test(word)) forms.push({ form: `${word}es`, number: 'plural' })
  else forms.push({ form: `${word}s`, number: 'plural' })
  return forms
}

/**
 * The forms of a word in a language: Italian and English inflect, any other language matches
 * the word as written.
 *
 * @param word - The word as the term base writes it.
 * @param language - A BCP 47 tag; only its primary subtag is read (`it-IT` is Italian).
 */
export function wordForms(word: string, language: string): WordForm[] {
  assertString('wordForms', 'word', word)
  assertString('wordForms', 'language', language)
  const primary = language.toLowerCase().split('-', 1)[0]
  if (primary === 'it') return italianForms(word)
  if (primary === 'en') return englishForms(word)
  return [{ form: word, number: 'any' }]
}

/**
 * The key a word form is looked up by: the form without its inflectional ending, so that all
 * regular forms of one word share it, in Italian and English alike (`reciproca`, `reciproche`,
 * `reciproci` → `reciproc`; `treaty`, `treaties` → `treat`). Matches are then confirmed against
 * the word's own forms, so the key only narrows the search and never decides a match.
 *
 * @param lowerCaseForm - A word form, in lower case.
 */
export function lookupKey(lowerCaseForm: string): string {
  return lowerCaseForm.slice(0, lookupKeyEnd(lowerCaseForm, 0, lowerCaseForm.length))
}

/**
 * Where the lookup key of the lower-case word `text.slice(start, end)` ends, so that a caller
 * holding the lower-cased text can slice the key directly.
 */
export function lookupKeyEnd(text: string, start: number, end: number): number {
  let stop = end
  if (stop - start > 3 && text.charCodeAt(stop - 1) === 115) stop-- // s
  while (stop - start > 2 && isKeyVowel(text.charCodeAt(stop - 1))) stop--
  if (stop - start > 2 && text.charCodeAt(stop - 1) === 104) {
    const before = text.charCodeAt(stop - 2)
    if (before === 99 || before === 103) stop-- // ch, gh
  }
  return stop
}

function isKeyVowel(code: number): boolean {
  // a e i o u y
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121
}
