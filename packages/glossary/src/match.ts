import { lookupKey, lookupKeyEnd, wordForms, type GrammaticalNumber } from './inflect.js'
import { keyOf, separators, tokenize, WordTable } from './tokens.js'
import type { Concept, Term, TermBase } from './types.js'

/** One occurrence of a term in a text. */
export interface TermMatch {
  concept: Concept
  term: Term
  /** Offset of the first character of the occurrence. */
  start: number
  /** Offset just past the occurrence. */
  end: number
  /** The occurrence as written, `text.slice(start, end)`. */
  text: string
  /** Grammatical number of the occurrence, where its words tell (`partenariati` is plural). */
  number: GrammaticalNumber
}

/** Options of `TermMatcher`. */
export interface MatcherOptions {
  /**
   * The language whose terms are matched, as a BCP 47 tag (default: `'it'`); a term matches
   * when its language has the same primary subtag (`it-IT` terms are matched for `it`).
   */
  language?: string | null | undefined
}

/** One word of a compiled term: the forms it may take. */
interface CompiledWord {
  /** Lower-case forms, for case-insensitive terms, with their number. */
  forms: Map<string, GrammaticalNumber>
}

interface CompiledTerm {
  concept: Concept
  term: Term
  words: CompiledWord[]
  /** Exact forms of each word, for case-sensitive terms. */
  exact?: Array<Set<string>>
}

interface TrieNode {
  /** The next words, by the index of the separator before them (see `separators`). */
  children: Array<Map<string, TrieNode> | undefined>
  terms: CompiledTerm[]
}


const sentenceEnd = /[.!?…:;\n]\s*[«“"‘'(]*$/

/**
 * Finds the terms of a term base in text, in one pass over its words.
 *
 * Terms are compiled into a trie keyed by each word's lookup key and the separator before it
 * (space, hyphen, apostrophe), so `Kim Jong-un` and `Kim Jong Un` are different terms and matching
 * costs one walk per word, bounded by the longest term: no term text is ever turned into a regular
 * expression, and no input makes matching super-linear. A walk's candidates are confirmed word by
 * word against the inflected forms of the term (see `wordForms`), so `reciproca` alone,
 * `autodifesa reciproca` or `la difesa che è reciproca` never match `difesa reciproca`.
 * Case is ignored unless the term is case-sensitive; a case-sensitive term still matches with a
 * capital first letter at the start of a sentence. Where terms overlap, the longest wins.
 */
export class TermMatcher {
  private readonly root: TrieNode = { children: [], terms: [] }
  // A bitmap of the hashes of every first-word lookup key: most words of a text start no term,
  // and the bitmap turns them away before a key string is cut out and looked up.
  private readonly firstWords = new Uint8Array(1 << 16)
  /** How many terms were compiled. */
  readonly size: number

  /**
   * @param termBase - The term base whose terms are matched.
   * @param options - Which language's terms to match (optional).
   */
  constructor(termBase: TermBase, options?: MatcherOptions | null) {
    const language = (options?.language ?? 'it').toLowerCase().split('-', 1)[0] as string
    let size = 0
    for (const concept of termBase.concepts) {
      for (const term of concept.terms) {
        if (term.language.toLowerCase().split('-', 1)[0] !== language) continue
        if (this.insert(concept, term)) size++
      }
    }
    this.size = size
  }

  private insert(concept: Concept, term: Term): boolean {
    const tokens = tokenize(term.text)
    if (tokens.length === 0) return false
    const words: CompiledWord[] = []
    const exact: Array<Set<string>> = []
    let node = this.root
    tokens.forEach((token, index) => {
      const forms = wordForms(token.text, term.language)
      const lower = new Map<string, GrammaticalNumber>()
      for (const { form, number } of forms) if (!lower.has(keyOf(form))) lower.set(keyOf(form), number)
      words.push({ forms: lower })
      exact.push(new Set(forms.map(({ form }) => form.normalize('NFC'))))
      const separator = separators.indexOf(index === 0 ? '|' : token.before)
      const edges = (node.children[separator] ??= new Map())
      const key = lookupKey(token.key)
      if (index === 0) this.firstWords[keyHash(key, 0, key.length)] = 1
      let child = edges.get(key)
      if (!child) {
        child = { children: [], terms: [] }
        edges.set(key, child)
      }
      node = child
    })
    node.terms.push(term.caseSensitive ? { concept, term, words, exact } : { concept, term, words })
    return true
  }

  /**
   * Every occurrence of a term in `text`, in order, not overlapping.
   *
   * @param text - The text to search.
   * @returns The occurrences, with offsets into `text`.
   */
  match(text: string): TermMatch[] {
    const words = new WordTable(text)
    const lower = words.lowerText
    // The lookup key of word `index`, sliced straight from the lower-cased text where it can be.
    const keyOfWord = (index: number): string => {
      if (lower === undefined) return lookupKey(words.keyAt(index))
      const start = words.starts[index] as number
      return lower.slice(start, lookupKeyEnd(lower, start, words.ends[index] as number))
    }
    const matches: TermMatch[] = []
    const roots = this.root.children[0]
    if (!roots) return matches
    let index = 0
    const firstWords = this.firstWords
    while (index < words.length) {
      if (lower !== undefined) {
        const start = words.starts[index] as number
        const end = lookupKeyEnd(lower, start, words.ends[index] as number)
        if (firstWords[keyHash(lower, start, end)] === 0) {
          index++
          continue
        }
      }
      let node = roots.get(keyOfWord(index))
      let best: { last: number; found: CompiledTerm[] } | undefined
      let next = index
      while (node) {
        if (node.terms.length > 0) {
          let found: CompiledTerm[] | undefined
          for (const candidate of node.terms) {
            if (confirms(candidate, words, index, text)) (found ??= []).push(candidate)
          }
          if (found) best = { last: next, found }
        }
        next++
        if (next >= words.length) break
        const edges = node.children[words.befores[next] as number]
        node = edges?.get(keyOfWord(next))
      }
      if (!best) {
        index++
        continue
      }
      const start = words.starts[index] as number
      const end = words.ends[best.last] as number
      for (const candidate of best.found) {
        matches.push({
          concept: candidate.concept,
          term: candidate.term,
          start,
          end,
          text: text.slice(start, end),
          number: numberOf(candidate, words, index),
        })
      }
      index = best.last + 1
    }
    return matches
  }
}

/** A 16-bit hash of `text.slice(start, end)`: its length and up to its first four code units. */
function keyHash(text: string, start: number, end: number): number {
  let hash = end - start
  for (let index = start; index < end && index < start + 4; index++) hash = (hash * 131 + text.charCodeAt(index)) | 0
  return hash & 0xffff
}

function confirms(candidate: CompiledTerm, words: WordTable, first: number, text: string): boolean {
  for (let offset = 0; offset < candidate.words.length; offset++) {
    const index = first + offset
    if (candidate.exact) {
      const forms = candidate.exact[offset] as Set<string>
      const start = words.starts[index] as number
      const written = words.textAt(index).normalize('NFC')
      if (forms.has(written)) continue
      // A case-sensitive term may open a sentence with a capital letter.
      const capitalised = offset === 0 && atSentenceStart(text, start)
      if (!capitalised || ![...forms].some((form) => capitalise(form) === written)) return false
    } else if (!(candidate.words[offset] as CompiledWord).forms.has(words.keyAt(index))) {
      return false
    }
  }
  return true
}

function numberOf(candidate: CompiledTerm, words: WordTable, first: number): GrammaticalNumber {
  let singular = 0
  let plural = 0
  candidate.words.forEach((word, offset) => {
    const number = word.forms.get(words.keyAt(first + offset))
    if (number === 'singular') singular++
    else if (number === 'plural') plural++
  })
  return plural > singular ? 'plural' : singular > plural ? 'singular' : 'any'
}

function atSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 8), offset)
  return offset === 0 || before.trim() === '' || sentenceEnd.test(before)
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/**
 * Write `term` in the given grammatical number, keeping what stands between its words:
 * `partenariato strategico globale` in the plural is `partenariati strategici globali`.
 *
 * @param term - The term to inflect, in its citation form.
 * @param number - The number wanted; `'any'` leaves the term as it is.
 * @returns The inflected term.
 */
export function inflectTerm(term: Term, number: GrammaticalNumber): string {
  if (number === 'any') return term.text
  let result = ''
  let cursor = 0
  for (const token of tokenize(term.text)) {
    const forms = wordForms(token.text, term.language)
    const form = forms.find((candidate) => candidate.number === number) ?? forms[0]
    result += term.text.slice(cursor, token.start) + (form?.form ?? token.text)
    cursor = token.end
  }
  return result + term.text.slice(cursor)
}
