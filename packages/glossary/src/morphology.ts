import type { Analysis, PartOfSpeech } from '@fonte/lexicon'
import * as lexicon from './lexicon-answers.js'
import {
  englishFeaturedForms,
  italianAdjectiveForms,
  italianVerbForms,
  looksLikeInfinitive,
  type Features,
  type FeaturedForm,
} from './conjugate.js'
import { italianForms, invariableWords } from './inflect.js'
import { keyOf, tokenize, type Token } from './tokens.js'
import type { Term } from './types.js'

/** What kind of word a term is, as far as inflection goes. */
export type WordClass = 'verb' | 'adjective' | 'noun' | 'other'

/** One word of a term, compiled: its forms (lower case) with every reading of each. */
export interface WordParadigm {
  /** The word as the term base writes it. */
  text: string
  /** Lower-case form → its readings (UD features; an empty list when the lexicon gave no features). */
  forms: Map<string, Features[]>
  /** Whether this word is the one that inflects for the term as a whole (a verb's head). */
  head: boolean
}

/** A term compiled for matching and generation. */
export interface TermParadigm {
  wordClass: WordClass
  words: WordParadigm[]
  tokens: Token[]
}

const posNames: Record<string, WordClass> = {
  verb: 'verb',
  v: 'verb',
  adjective: 'adjective',
  adj: 'adjective',
  a: 'adjective',
  noun: 'noun',
  n: 'noun',
  propn: 'noun',
  propernoun: 'noun',
  'proper noun': 'noun',
}

/** A term base's part of speech (`verb`, `VERB`, `adjective`, `adj`, `noun`…) as a word class. */
export function wordClassOf(partOfSpeech: string | undefined): WordClass | undefined {
  if (partOfSpeech === undefined) return undefined
  return posNames[partOfSpeech.trim().toLowerCase()] ?? 'other'
}

// Participial and common adjective endings: a single-word term so ending, with no part of speech
// given, varies in gender too (`predefinito` → `predefinita`). Source: Serianni, V (suffixes).
const adjectiveEnding = /(?:[aiu]to|ivo|oso|ico|abile|ibile)$/

let lexiconReady: boolean | undefined
/**
 * Whether `@fonte/lexicon` answers: it reads a regular participle as a `VERB` (from its data
 * package, or its own ending rules). A lexicon that does not (its first, stub release) is left
 * out, and the rules of `conjugate.ts` stand in alone.
 */
export function hasLexicon(): boolean {
  if (lexiconReady === undefined) {
    try {
      lexiconReady = lexicon.analyse('impostato', 'it').some((reading) => reading.pos === 'VERB')
    } catch {
      lexiconReady = false
    }
  }
  return lexiconReady
}

function lexLanguage(language: string): 'it' | 'en' | undefined {
  const primary = language.toLowerCase().split('-', 1)[0]
  return primary === 'it' || primary === 'en' ? primary : undefined
}

// The lexicon's answers, kept: matching asks about the same few words again and again.
const analyses = new Map<string, Analysis[]>()
const inflections = new Map<string, string[]>()
const cacheLimit = 50_000

function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const known = cache.get(key)
  if (known !== undefined) return known
  const value = compute()
  if (cache.size >= cacheLimit) cache.clear()
  cache.set(key, value)
  return value
}

/** The lexicon's readings of a word, or none when it has no data. */
export function analyseWord(word: string, language: string): Analysis[] {
  const lang = lexLanguage(language)
  if (!lang || !hasLexicon()) return []
  return remember(analyses, `${lang}\u0000${word}`, () => {
    try {
      return lexicon.analyse(word, lang)
    } catch {
      return []
    }
  })
}

function lexiconForms(lemma: string, language: string, pos: PartOfSpeech): string[] {
  const lang = lexLanguage(language)
  if (!lang || !hasLexicon()) return []
  return remember(inflections, `${lang}\u0000${pos}\u0000${lemma}`, () => {
    try {
      return lexicon.inflect(lemma, lang, pos)
    } catch {
      return []
    }
  })
}

/**
 * Forms of `lemma` with `features`, from the lexicon where it knows the lemma, else from the
 * rules; empty when neither can tell, or when they give more than one spelling.
 */
export function generateForm(
  lemma: string,
  language: string,
  wordClass: WordClass,
  features: Features,
): string | undefined {
  const lang = lexLanguage(language)
  const { Clitic: clitic, ...plain } = features
  const paradigm =
    lang === 'it'
      ? wordClass === 'verb'
        ? italianVerbForms(lemma)
        : italianAdjectiveForms(lemma)
      : []
  const ruled = [
    ...new Set(
      paradigm.filter((entry) => sameFeatures(entry.features, features)).map(({ form }) => form),
    ),
  ]
  const rule = ruled.length === 1 ? ruled[0] : undefined
  let lexical: string[] = []
  if (lang && hasLexicon()) {
    try {
      const pos = wordClass === 'verb' ? 'VERB' : wordClass === 'adjective' ? 'ADJ' : 'NOUN'
      lexical = [...new Set(lexicon.generate(lemma, lang, pos, plain))].map((form) =>
        withClitic(form, plain, clitic),
      )
    } catch {
      lexical = []
    }
  }
  // The lexicon knows irregular forms and lists the usual spelling first; the rules, where they
  // give one form the lexicon also gives, pick among its variants.
  if (lexical.length === 0) return rule
  return rule !== undefined && lexical.includes(rule) ? rule : lexical[0]
}

function withClitic(form: string, features: Features, clitic: string | undefined): string {
  if (!clitic) return form
  return (features.VerbForm === 'Inf' ? form.replace(/e$/, '') : form) + clitic
}

/** Whether two feature sets say the same (keys the paradigm does not mark are ignored). */
export function sameFeatures(a: Features, b: Features): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) if (a[key] !== b[key]) return false
  return true
}

/**
 * Compile a term: the forms of each of its words. A literal term matches only as written; a
 * verb (given as such, or an infinitive the lexicon or the spelling says is one) matches every
 * conjugated and enclitic form of its first word, the rest as written (`fare clic` → `facendo
 * clic`); an adjective every gender and number; anything else both numbers, in its own gender.
 * Where the part of speech is not given and the spelling allows both, both sets are matched.
 */
export function compileTerm(term: Term, literal: boolean): TermParadigm {
  const tokens = tokenize(term.text)
  const language = term.language.toLowerCase().split('-', 1)[0] as string
  const given = wordClassOf(term.partOfSpeech)
  const wordClass = literal ? 'other' : classify(tokens, language, given)
  const words = tokens.map((token, index): WordParadigm => {
    const forms = new Map<string, Features[]>()
    const add = ({ form, features }: FeaturedForm) => {
      const key = keyOf(form)
      const list = forms.get(key)
      if (list) list.push(features)
      else forms.set(key, [features])
    }
    add({ form: token.text, features: {} })
    const head = index === 0 && (wordClass === 'verb' || wordClass === 'adjective')
    if (!literal)
      for (const form of wordFormsIn(token.text, language, index, tokens.length, wordClass, given))
        add(form)
    return { text: token.text, forms, head }
  })
  return { wordClass, words, tokens }
}

/**
 * Whether compiling `term` asks the lexicon for its word class: an Italian term matched by its
 * forms with no part of speech given. Such a term can be indexed by `candidateKeys` and compiled
 * when a text first holds one of them.
 */
export function needsClassifying(term: Term): boolean {
  const language = term.language.toLowerCase().split('-', 1)[0]
  return language === 'it' && wordClassOf(term.partOfSpeech) === undefined
}

/**
 * The keys of every form each word of `term` could have, whatever class `compileTerm` finds for
 * it: a superset of the keys of its compiled forms, found without the lexicon's analysis of its
 * first word (the costly part of compiling, for a word the lexicon does not know).
 */
export function candidateKeys(term: Term): Array<Set<string>> {
  const tokens = tokenize(term.text)
  const language = term.language.toLowerCase().split('-', 1)[0] as string
  const given = wordClassOf(term.partOfSpeech)
  // The class only changes the forms of the first word (the later ones get the lexicon's noun
  // forms unless the term is a verb: `other` gives them all), and `classify` finds an adjective
  // only in a one-word term.
  const firstClasses: WordClass[] = given
    ? [given]
    : tokens.length === 1
      ? ['verb', 'adjective', 'other']
      : ['verb', 'other']
  return tokens.map((token, index) => {
    const keys = new Set([keyOf(token.text)])
    for (const wordClass of index === 0 ? firstClasses : [given ?? 'other'])
      for (const { form } of wordFormsIn(
        token.text,
        language,
        index,
        tokens.length,
        wordClass,
        given,
      ))
        keys.add(keyOf(form))
    return keys
  })
}

function classify(tokens: Token[], language: string, given: WordClass | undefined): WordClass {
  if (given) return given
  const first = tokens[0]?.text ?? ''
  if (language !== 'it') return 'other'
  const lemma = first.toLowerCase()
  // Readings of the word as a lemma of its own; a word the lexicon only reads as a form of
  // something else (or not at all) is classed by its spelling.
  const readings = analyseWord(lemma, 'it').filter((reading) => reading.lemma === lemma)
  if (readings.length > 0) {
    if (
      readings.some((r) => r.pos === 'VERB' && r.lemma === lemma && r.features.VerbForm === 'Inf')
    )
      return 'verb'
    if (tokens.length === 1 && readings.some((r) => r.pos === 'ADJ' && r.lemma === lemma))
      return 'adjective'
    return 'other'
  }
  if (looksLikeInfinitive(first) && !/^\p{Lu}/u.test(first)) return 'verb'
  if (tokens.length === 1 && adjectiveEnding.test(first.toLowerCase())) return 'adjective'
  return 'other'
}

function wordFormsIn(
  word: string,
  language: string,
  index: number,
  count: number,
  wordClass: WordClass,
  given: WordClass | undefined,
): FeaturedForm[] {
  const lower = word.toLowerCase()
  if (language === 'en') {
    if (/^\p{Lu}+$/u.test(word) || word.length <= 2) return []
    const verb = given === undefined || given === 'verb' || given === 'other'
    const lexical = lexiconForms(lower, 'en', verb && given === 'verb' ? 'VERB' : 'NOUN').map(
      (form) => ({ form, features: {} }),
    )
    return [...englishFeaturedForms(lower, verb && (index === 0 || count === 1)), ...lexical]
  }
  if (language !== 'it' || invariableWords.has(lower)) return []
  const forms: FeaturedForm[] = []
  if (index === 0 && wordClass === 'verb') {
    forms.push(...italianVerbForms(lower))
    forms.push(...lexiconForms(lower, 'it', 'VERB').map((form) => ({ form, features: {} })))
  }
  if (index === 0 && wordClass === 'adjective') {
    forms.push(...italianAdjectiveForms(lower))
    forms.push(...lexiconForms(lower, 'it', 'ADJ').map((form) => ({ form, features: {} })))
  }
  // The words after a verb are its object (`fare clic`): they keep their form. Without a given
  // part of speech, a term that could be a noun phrase matches in both numbers too.
  if (given !== 'verb' && given !== 'adjective') {
    for (const { form, number } of italianForms(word)) {
      forms.push({
        form,
        features: number === 'any' ? {} : { Number: number === 'plural' ? 'Plur' : 'Sing' },
      })
    }
    if (given === 'noun' || (given === undefined && wordClass !== 'verb')) {
      forms.push(...lexiconForms(lower, 'it', 'NOUN').map((form) => ({ form, features: {} })))
    }
  }
  return forms
}
