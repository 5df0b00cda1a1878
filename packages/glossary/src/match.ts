import { assertOneOf, assertOptions, assertString, assertTerm, assertTermBase } from './validate.js'
import { maskCode } from './code.js'
import type { Features } from './conjugate.js'
import { determiners } from './gender.js'
import { wordForms, type GrammaticalNumber } from './inflect.js'
import {
  analyseWord,
  candidateKeys,
  compileTerm,
  needsClassifying,
  type TermParadigm,
  type WordClass,
} from './morphology.js'
import { keyOf, separators, tokenize, visibleOf, WordTable, type Token } from './tokens.js'
import { isForbidden, type Concept, type Term, type TermBase } from './types.js'

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
  /**
   * The readings of the occurrence's inflecting word (a verb's conjugated word, an adjective), as
   * UD features (`{VerbForm: 'Part', Tense: 'Past', Gender: 'Masc', Number: 'Plur'}` for
   * `settati`); empty where the term does not inflect that way.
   */
  features: Features[]
  /** How the term inflects: as a verb, an adjective, or in number only. */
  wordClass: WordClass
  /**
   * Whether the occurrence may be another word spelt the same: a verb form that is also an
   * adjective (`angoli attivi`, `è già attivo`). It still renders its concept for `missing-term`,
   * but is not reported as a forbidden or inconsistent term.
   */
  uncertain?: boolean | undefined
  /**
   * Which rendering of its concept the occurrence is: terms of one concept that are forms of one
   * another (`impostare`, `impostato`) share it, so they count as one for `inconsistent-term`.
   */
  rendering: string
}

/** Options of `TermMatcher`. */
export interface MatcherOptions {
  /**
   * The language whose terms are matched, as a BCP 47 tag (default: `'it'`); a term matches
   * when its language has the same primary subtag (`it-IT` terms are matched for `it`).
   */
  language?: string | null | undefined
}

/**
 * A term of the matcher. Its paradigm is compiled when first asked for: a term that needs the
 * lexicon's analysis to be classed is indexed by the keys of all forms it could have, and only
 * a term some text word could be a form of pays for the analysis.
 */
class CompiledTerm {
  /** The separator before each word, as an index into `separators` (0 for the first). */
  readonly befores: number[]
  /** How many words the term has. */
  readonly size: number
  /** The key of its first word as written. */
  readonly firstKey: string
  /** The key of each word as written: every form of the word in its paradigm includes it. */
  readonly keys: string[]
  private compiled: TermParadigm | undefined
  private exactForms: Array<Set<string>> | undefined

  constructor(
    readonly concept: Concept,
    readonly term: Term,
    public rendering: string,
    tokens: Token[],
  ) {
    this.befores = tokens.map((token, index) =>
      index === 0 ? 0 : separators.indexOf(token.before),
    )
    this.size = tokens.length
    // As `compileTerm` keys the written word, so that it is in the paradigm by the same key.
    this.keys = tokens.map((token) => keyOf(token.text))
    this.firstKey = tokens[0]?.key ?? ''
  }

  get paradigm(): TermParadigm {
    return (this.compiled ??= compileTerm(this.term, false))
  }

  /** Exact forms of each word, for case-sensitive terms. */
  get exact(): Array<Set<string>> | undefined {
    if (!this.term.caseSensitive) return undefined
    return (this.exactForms ??= this.paradigm.words.map(
      (word) => new Set([...word.forms.keys()].map((form) => caseLike(form, word.text))),
    ))
  }
}

/** A term matched as a string: a literal term, or one with punctuation (`C++`, `Node.js`). */
interface LiteralTerm {
  concept: Concept
  term: Term
  needle: string
  caseSensitive: boolean
  rendering: string
}

const sentenceEnd = /[.!?…:;\n]\s*[«“"‘'(]*$/
// Characters a term may hold and still be matched word by word: letters, marks, digits, spaces,
// apostrophes and hyphens.
const wordLikeChar = /^[\p{L}\p{M}\p{N}\s'’ʼ‐‑-]$/u
const typographic = new Set([0x2019, 0x02bc, 0x2010, 0x2011])

/** Whether a UTF-16 code unit is an ASCII letter, digit, space, apostrophe or hyphen. */
function isAsciiWordLike(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x20 ||
    code === 0x27 ||
    code === 0x2d
  )
}

/**
 * Whether every character of `text` is word-like (and there is one). The ASCII ones and the
 * typographic apostrophes and hyphens of Italian terms are told by their code; only the others
 * meet the regular expression, one at a time: V8 compiles it again the first time it meets a
 * string with a character past U+00FF, ~4 ms for these classes (issue #14), which every term
 * base with `l’arma` paid on every start-up.
 */
function isWordLike(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isAsciiWordLike(code) || typographic.has(code)) continue
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1
    if (!wordLikeChar.test(text.slice(index, index + width))) return false
    index += width - 1
  }
  return text !== ''
}

/** Whether a term is matched literally: marked `literal`, or holding punctuation. */
export function isLiteralTerm(term: Term): boolean {
  assertTerm('isLiteralTerm', 'term', term)
  return term.literal === true || !isWordLike(term.text)
}

/**
 * Finds the terms of a term base in text, in one pass over its words.
 *
 * Every form of every term's first word (see `compileTerm`: conjugations, genders, numbers,
 * enclitic forms) is indexed by its lower-case key; a text word that is such a form starts a
 * candidate, confirmed word by word against the term's forms and the separators between its
 * words (space, hyphen, apostrophe), so `Kim Jong-un` and `Kim Jong Un` are different terms and
 * `reciproca` alone, `autodifesa reciproca` or `la difesa che è reciproca` never match `difesa
 * reciproca`. No term text becomes a regular expression, and no input makes matching
 * super-linear. Case is ignored unless the term is case-sensitive; a case-sensitive term still
 * matches with a capital first letter at the start of a sentence. Code-like tokens
 * (`default_tablespace`, `--user`, `%s`, `{count}`, tags, paths, URLs) are not words. Literal
 * terms and terms with punctuation match as written. Where terms overlap, the longest wins, and
 * one concept is reported once per occurrence.
 */
export class TermMatcher {
  // Terms by every form of their first word, then one-word terms apart and longer ones by every
  // form of their second word: a word opens few candidates to confirm.
  private readonly first = new Map<
    string,
    { single: CompiledTerm[]; next?: Map<string, CompiledTerm[]> }
  >()
  private readonly literals: LiteralTerm[] = []
  // A bitmap of the hashes of every first-word key: most words of a text start no term, and the
  // bitmap turns them away before a key string is cut out and looked up.
  private readonly firstWords = new Uint8Array(1 << 16)
  /** How many terms were compiled. */
  readonly size: number

  /**
   * @param termBase - The term base whose terms are matched.
   * @param options - Which language's terms to match (optional).
   */
  constructor(termBase: TermBase, options?: MatcherOptions | null) {
    assertTermBase('TermMatcher', 'termBase', termBase)
    assertOptions('TermMatcher', options)
    const language = (options?.language ?? 'it').toLowerCase().split('-', 1)[0] as string
    let size = 0
    for (const concept of termBase.concepts) {
      const compiled: CompiledTerm[] = []
      const keys: Array<Array<Set<string>>> = []
      for (const term of concept.terms) {
        if (term.language.toLowerCase().split('-', 1)[0] !== language) continue
        const rendering = `${concept.id}\u0000${term.text}`
        if (isLiteralTerm(term)) {
          if (term.text.trim() === '') continue
          this.literals.push({
            concept,
            term,
            needle: term.text,
            caseSensitive: term.caseSensitive || term.literal === true,
            rendering,
          })
          size++
          continue
        }
        const indexed = this.compile(concept, term, rendering)
        if (indexed) {
          const [entry, entryKeys] = indexed
          compiled.push(entry)
          keys.push(entryKeys)
          size++
          const object = lightVerbObject(entry)
          if (object) this.compile(concept, object, rendering)
        }
      }
      joinRenderings(compiled, keys)
    }
    this.size = size
  }

  /**
   * Index a term by the keys of its first two words: those of its compiled forms, or, for a term
   * that needs classing, the keys of every form it could have (see `candidateKeys`); candidates
   * are confirmed against the compiled forms, so the wider index finds the same occurrences.
   */
  private compile(
    concept: Concept,
    term: Term,
    rendering: string,
  ): [CompiledTerm, Array<Set<string>>] | undefined {
    const tokens = tokenize(term.text)
    if (tokens.length === 0) return undefined
    const entry = new CompiledTerm(concept, term, rendering, tokens)
    const keys = needsClassifying(term)
      ? candidateKeys(term)
      : entry.paradigm.words.map((word) => new Set(word.forms.keys()))
    const second = keys[1]
    for (const key of keys[0] ?? []) {
      this.firstWords[keyHash(key, 0, key.length)] = 1
      let bucket = this.first.get(key)
      if (!bucket) {
        bucket = { single: [] }
        this.first.set(key, bucket)
      }
      if (!second) {
        bucket.single.push(entry)
        continue
      }
      const next = (bucket.next ??= new Map())
      for (const nextKey of second) {
        const list = next.get(nextKey)
        if (list) list.push(entry)
        else next.set(nextKey, [entry])
      }
    }
    return [entry, keys]
  }

  /**
   * Every occurrence of a term in `text`, in order, not overlapping (except where one word is
   * a term of two concepts, `archivio` for *file* and for *archive*: both are returned).
   *
   * @param text - The text to search.
   * @returns The occurrences, with offsets into `text`.
   */
  match(text: string): TermMatch[] {
    assertString('TermMatcher#match', 'text', text)
    const words = new WordTable(maskCode(text))
    // In text that is not all capitals, a word in capitals that the term base writes in lower
    // case is a keyword or a placeholder (`SET`, `DEFAULT`, `FILE...`), not the term.
    const shouting = !/\p{Ll}/u.test(text)
    const lower = words.lowerText
    const matches: TermMatch[] = []
    const firstWords = this.firstWords
    let index = 0
    while (index < words.length) {
      if (lower !== undefined) {
        const start = words.starts[index] as number
        if (firstWords[keyHash(lower, start, words.ends[index] as number)] === 0) {
          index++
          continue
        }
      }
      const bucket = this.first.get(words.keyAt(index))
      if (!bucket) {
        index++
        continue
      }
      let found: CompiledTerm[] = []
      let length = 0
      const longer =
        bucket.next && index + 1 < words.length
          ? bucket.next.get(words.keyAt(index + 1))
          : undefined
      const candidates = longer
        ? bucket.single.length > 0
          ? [...longer, ...bucket.single]
          : longer
        : bucket.single
      for (const candidate of candidates) {
        const size = candidate.size
        if (
          size < length ||
          index + size > words.length ||
          !confirms(candidate, words, index, text)
        )
          continue
        const capitals = !shouting && !candidate.exact && isCapitals(words.textAt(index))
        if (capitals && !isCapitals(candidate.paradigm.words[0]?.text ?? '')) continue
        if (size > length) found = []
        length = size
        found.push(candidate)
      }
      if (found.length === 0) {
        index++
        continue
      }
      const start = words.starts[index] as number
      const end = words.ends[index + length - 1] as number
      const concepts = found.length > 1 ? new Set<string>() : undefined
      for (const candidate of found.length > 1 ? preferExact(found, words.keyAt(index)) : found) {
        // Two listed forms of one concept (`settare`, `settato`) matching one word are one finding.
        if (concepts?.has(candidate.concept.id)) continue
        concepts?.add(candidate.concept.id)
        const match = toMatch(candidate, words, index, text, start, end)
        if (candidate.paradigm.wordClass === 'verb' && adjectiveAlias(candidate, words, index))
          match.uncertain = true
        matches.push(match)
      }
      index += length
    }
    return this.literals.length > 0 ? mergeLiterals(matches, this.matchLiterals(text)) : matches
  }

  private matchLiterals(text: string): TermMatch[] {
    const matches: TermMatch[] = []
    let lower: string | undefined
    for (const literal of this.literals) {
      const haystack = literal.caseSensitive ? text : (lower ??= text.toLowerCase())
      if (!literal.caseSensitive && haystack.length !== text.length) continue
      const needle = literal.caseSensitive ? literal.needle : literal.needle.toLowerCase()
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
        const end = at + needle.length
        if (isWordAt(text, at - 1) && isWordAt(text, at)) continue
        if (isWordAt(text, end) && isWordAt(text, end - 1)) continue
        matches.push({
          concept: literal.concept,
          term: literal.term,
          start: at,
          end,
          text: text.slice(at, end),
          number: 'any',
          features: [],
          wordClass: 'other',
          rendering: literal.rendering,
        })
      }
    }
    return matches
  }
}

// Verbs that take their meaning from their object (`fare clic`, `dare conferma`): the object alone
// (`doppio clic`, `il clic`) renders the same concept as a noun.
const lightVerbs = new Set(['fare', 'dare'])

/** The object of an allowed light-verb term, as a noun term of its own (`fare clic` → `clic`). */
function lightVerbObject(entry: CompiledTerm): Term | undefined {
  const { term } = entry
  // The paradigm last: asking for it compiles the term.
  if (entry.size < 2 || isForbidden(term.status) || !lightVerbs.has(entry.firstKey))
    return undefined
  const { paradigm } = entry
  if (paradigm.wordClass !== 'verb') return undefined
  const text = term.text.slice(paradigm.tokens[1]?.start ?? 0).trim()
  return { ...term, text, partOfSpeech: 'noun' }
}

/**
 * Terms of one concept whose words share forms are one rendering (`impostare`, `impostato`).
 * `keys` holds each term's index keys, a superset of its forms: where they share none at some
 * word, neither do the forms, and neither term needs compiling to tell.
 */
function joinRenderings(terms: CompiledTerm[], keys: Array<Array<Set<string>>>): void {
  const candidates = keyPartners(keys)
  const done = new Set<string>()
  for (let a = 0; a < terms.length; a++) {
    // A term written again, in the rendering it had then, meets the same partners to the same
    // effect: a concept holding one term 16,000 times took minutes.
    const again = `${terms[a]?.rendering}\u0000${termSignature(terms[a]?.term)}`
    if (done.has(again)) continue
    done.add(again)
    for (const b of candidates(a)) {
      const first = terms[a] as CompiledTerm
      const second = terms[b] as CompiledTerm
      // Already one rendering (a term written twice): joining them again would change nothing.
      if (first.size !== second.size || first.rendering === second.rendering) continue
      const firstKeys = keys[a] as Array<Set<string>>
      const secondKeys = keys[b] as Array<Set<string>>
      const disjoint = firstKeys.some((set, index) => {
        const other = secondKeys[index]
        return other === undefined || ![...set].some((key) => other.has(key))
      })
      if (disjoint) continue
      if (shareForms(first, second)) {
        const from = second.rendering
        for (const term of terms) if (term.rendering === from) term.rendering = first.rendering
      }
    }
  }
}

/**
 * Whether two terms of one size share a form at every word. Where both write a word alike, they
 * share it without being compiled (a paradigm holds its words as written): compiling classes a
 * term with the lexicon's analysis, which a one-file lint pays for only the terms its text
 * holds (issue #14: `Kim Jong Un` and `Kim Jong-un` need no analysis to be one rendering).
 */
function shareForms(first: CompiledTerm, second: CompiledTerm): boolean {
  return first.keys.every((key, index) => {
    if (second.keys[index] === key) return true
    const word = first.paradigm.words[index]
    const other = second.paradigm.words[index]
    return (
      word !== undefined &&
      other !== undefined &&
      [...word.forms.keys()].some((form) => other.forms.has(form))
    )
  })
}

/** A term's fields but its place: what its paradigm and keys are made from. */
function termSignature(term: Term | undefined): string {
  return JSON.stringify(term, (key, value: unknown) => (key === 'place' ? undefined : value))
}

/**
 * For each term, the later terms that share a key with it at one word, in order: a superset of
 * the ones `joinRenderings` can join, which share a key at every word (issue #14: comparing every
 * pair made a concept of 20,000 terms take 40 s). The word with the fewest such terms is asked,
 * so that terms sharing a first word (`ministero t1`, `ministero t2`…) are not all compared. A
 * term without keys may join any later term.
 */
function keyPartners(keys: Array<Array<Set<string>>>): (a: number) => number[] {
  const byKey = new Map<string, number[]>()
  keys.forEach((termKeys, index) => {
    termKeys.forEach((set, word) => {
      for (const key of set) {
        const list = byKey.get(`${word}\u0000${key}`)
        if (list) list.push(index)
        else byKey.set(`${word}\u0000${key}`, [index])
      }
    })
  })
  const bucketsAt = (set: Set<string>, word: number) =>
    [...set].map((key) => byKey.get(`${word}\u0000${key}`) ?? [])
  return (a) => {
    const termKeys = keys[a] ?? []
    if (termKeys.length === 0) return keys.map((_, index) => index).slice(a + 1)
    let fewest: number[][] | undefined
    let count = Infinity
    termKeys.forEach((set, word) => {
      const buckets = bucketsAt(set, word)
      const size = buckets.reduce((sum, bucket) => sum + bucket.length, 0)
      if (size < count) [fewest, count] = [buckets, size]
    })
    const later = new Set<number>()
    for (const bucket of fewest ?? []) for (const b of bucket) if (b > a) later.add(b)
    return [...later].sort((x, y) => x - y)
  }
}

/** Where one word is a form of two terms of one concept, the term written so comes first. */
function preferExact(found: CompiledTerm[], key: string): CompiledTerm[] {
  if (found.length < 2) return found
  return [...found].sort(
    (a, b) =>
      Number(keyOf(b.paradigm.words[0]?.text ?? '') === key) -
      Number(keyOf(a.paradigm.words[0]?.text ?? '') === key),
  )
}

function toMatch(
  candidate: CompiledTerm,
  words: WordTable,
  index: number,
  text: string,
  start: number,
  end: number,
): TermMatch {
  const head = candidate.paradigm.words[0]
  const wordClass = candidate.paradigm.wordClass
  // Readings of the inflecting word in its class: a verb's verbal forms (not the noun reading a
  // term without a part of speech also gets), an adjective's; forms the lexicon listed without
  // features add none.
  const features = head?.head
    ? (head.forms.get(words.keyAt(index)) ?? []).filter((reading) =>
        wordClass === 'verb'
          ? reading.VerbForm !== undefined || reading.Derived !== undefined
          : Object.keys(reading).length > 0,
      )
    : []
  return {
    concept: candidate.concept,
    term: candidate.term,
    start,
    end,
    text: text.slice(start, end),
    number: numberOf(candidate, words, index),
    features,
    wordClass: candidate.paradigm.wordClass,
    rendering: candidate.rendering,
  }
}

/** Word matches that a literal match overlaps give way to it; literal matches keep their order. */
function mergeLiterals(words: TermMatch[], literals: TermMatch[]): TermMatch[] {
  if (literals.length === 0) return words
  literals.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: TermMatch[] = []
  let cursor = -1
  for (const literal of literals) {
    if (literal.start < cursor) continue
    kept.push(literal)
    cursor = literal.end
  }
  const free = words.filter(
    (match) => !kept.some((literal) => match.start < literal.end && literal.start < match.end),
  )
  return [...free, ...kept].sort((a, b) => a.start - b.start)
}

/**
 * A verb form that the lexicon also reads as an adjective or noun is read as the latter where
 * it is only a 1st or 2nd person or a subjunctive (`angoli attivi`, `è già attivo`: interface
 * text rarely says `io attivo`, `tu attivi`), where it follows `essere` (`la cache è attiva`), or
 * where it follows a determiner (`un comunicato stampa` is no form of `comunicare`), unless the
 * term's paradigm reads it as the verb's action noun.
 */
function adjectiveAlias(candidate: CompiledTerm, words: WordTable, index: number): boolean {
  const head = candidate.paradigm.words[0]
  if (candidate.paradigm.wordClass !== 'verb' || !head?.head) return false
  const key = words.keyAt(index)
  if (afterDeterminer(words, index) && !(head.forms.get(key) ?? []).some(isActionNoun))
    return nounOrAdjective(key)
  const readings = (head.forms.get(key) ?? []).filter((reading) => reading.VerbForm === 'Fin')
  // The polite imperative (`attivi`, 3rd person) is a subjunctive form, no sign of a verb.
  const polite = (reading: Features) => reading.Mood === 'Imp' && reading.Person === '3'
  if (
    readings.length === 0 ||
    readings.some((reading) => reading.Mood === 'Imp' && !polite(reading))
  )
    return false
  const personal = readings.every(
    (reading) =>
      reading.Person === '1' || reading.Person === '2' || reading.Mood === 'Sub' || polite(reading),
  )
  // An article after it makes it a verb with its object (`imposto l'upstream`).
  if (index + 1 < words.length && objectStarts.has(words.keyAt(index + 1))) return false
  const afterBe = index > 0 && copulas.has(words.keyAt(index - 1))
  if (!personal && !afterBe) return false
  return nounOrAdjective(key)
}

/** Whether the lexicon reads a word as a noun or an adjective (among other readings). */
function nounOrAdjective(key: string): boolean {
  return analyseWord(key, 'it').some((reading) => reading.pos === 'ADJ' || reading.pos === 'NOUN')
}

/** A verb's action noun (`impostazioni`, `settaggi`): the verb's concept, meant to match. */
function isActionNoun(reading: Features): boolean {
  return reading.Derived !== undefined
}

/**
 * Whether the word at `index` follows a determiner or articulated preposition (`un comunicato
 * stampa`, `nel comunicato`, `dell’annuncio`), or one and up to two words read as adjectives
 * (`l’ultimo comunicato`): no verb form does, so a form read as a noun too is one there. Right
 * before the word, `lo`, `la`, `le`, `gli` and `l’` do not count, as they are also pronouns before
 * a verb (`lo annuncio domani`); before an adjective they do.
 */
function afterDeterminer(words: WordTable, index: number): boolean {
  for (let at = index; at > 0 && index - at <= 2; at--) {
    const before = words.beforeAt(at)
    if (before !== ' ' && before !== "'") return false
    const key = words.keyAt(at - 1)
    if ((at === index ? nounDeterminers : determiners).has(key)) return true
    if (!analyseWord(key, 'it').some((reading) => reading.pos === 'ADJ')) return false
  }
  return false
}

const cliticLike = new Set(['lo', 'la', 'le', 'gli', 'l'])
const nounDeterminers = new Set([...determiners.keys()].filter((word) => !cliticLike.has(word)))

const objectStarts = new Set('il lo la l i gli le un uno una questo questa'.split(' '))
// Forms of `essere` after which a form read as adjective is one (`è attiva`, `sono attivi`).
const copulas = new Set(
  'è e sono era erano sarà saranno sia siano fosse fossero resta rimane risulta'.split(' '),
)

/** A word written in capitals, or starting with two (`SET`, `FILEs`). */
function isCapitals(word: string): boolean {
  return /^\p{Lu}\p{Lu}/u.test(word)
}

function isWordAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false
  return /[\p{L}\p{M}\p{N}_]/u.test(text.charAt(at))
}

/** A 16-bit hash of `text.slice(start, end)`: its length and up to its first four code units. */
function keyHash(text: string, start: number, end: number): number {
  let hash = end - start
  for (let index = start; index < end && index < start + 4; index++)
    hash = (hash * 131 + text.charCodeAt(index)) | 0
  return hash & 0xffff
}

function confirms(candidate: CompiledTerm, words: WordTable, first: number, text: string): boolean {
  for (let offset = 0; offset < candidate.paradigm.words.length; offset++) {
    const index = first + offset
    if (offset > 0 && words.befores[index] !== candidate.befores[offset]) return false
    if (!(candidate.paradigm.words[offset]?.forms.has(words.keyAt(index)) ?? false)) return false
    if (candidate.exact) {
      const forms = candidate.exact[offset] as Set<string>
      const written = visibleOf(words.textAt(index))
      if (forms.has(written)) continue
      // A case-sensitive term may open a sentence with a capital letter.
      const capitalised = offset === 0 && atSentenceStart(text, words.starts[index] as number)
      if (!capitalised || ![...forms].some((form) => capitalise(form) === written)) return false
    }
  }
  return true
}

function numberOf(candidate: CompiledTerm, words: WordTable, first: number): GrammaticalNumber {
  let singular = 0
  let plural = 0
  const paradigmWords = candidate.paradigm.words
  for (let offset = 0; offset < paradigmWords.length; offset++) {
    const readings = paradigmWords[offset]?.forms.get(words.keyAt(first + offset))
    if (!readings) continue
    // The word's number, where its readings agree on one.
    let number: string | undefined
    let agreed = true
    for (const reading of readings) {
      const value = reading.Number
      if (value === undefined) continue
      if (number === undefined) number = value
      else if (number !== value) agreed = false
    }
    if (!agreed || number === undefined) continue
    if (number === 'Sing') singular++
    else plural++
  }
  return plural > singular ? 'plural' : singular > plural ? 'singular' : 'any'
}

function atSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 8), offset)
  return offset === 0 || before.trim() === '' || sentenceEnd.test(before)
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** A lower-case form written in the case pattern of the term's word (`ONU`, `Seoul`, `iPad`). */
function caseLike(form: string, written: string): string {
  if (written === written.toLowerCase()) return form
  if (written === written.toUpperCase()) return form.toUpperCase()
  if (form === written.toLowerCase()) return written
  return capitalise(form)
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
  assertTerm('inflectTerm', 'term', term)
  assertOneOf('inflectTerm', 'number', number, ['singular', 'plural', 'any'])
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
