// Readings and forms from the data package when it is installed, from the ending rules otherwise
// (and for words the data lacks). Readings are ranked by general criteria only: how many of the
// data's sources list the lemma, a prior by part of speech and verb form, plain forms before forms
// with enclitic pronouns, and readings found in the data before readings guessed from it.
import { italianAbbreviations } from './abbreviations.js'
import { morphologyTable, tagOrders } from './load.js'
import { countWidth } from './pack.js'
import {
  englishAuxiliaries,
  englishPersonalPronouns,
  italianClitics,
  ruleParadigms,
  type RuleParadigm,
} from './rules.js'
import type { Entry, MorphologyTable, Tag } from './table.js'
import { spellings } from './text.js'
import type { Analysis, Language, PartOfSpeech } from './types.js'

/** A reading with the score it is ranked by. */
interface Scored extends Analysis {
  score: number
  /** How many Apertium dictionaries list the lemma (0: hunspell-it only), for table readings. */
  sources?: number
}

/** A form with its part of speech and features. */
export interface TaggedForm {
  form: string
  pos: PartOfSpeech
  features: Readonly<Record<string, string>>
}

/**
 * How likely a reading is before anything else is known about the sentence. Auxiliaries and
 * function words first (a form that can be one mostly is: `è`, `stato`, `was`); then verb forms
 * that are rarely anything else in running text (infinitives, gerunds, the participle of compound
 * tenses, English past tenses: `fatto`, `visto`, `found`, `thought`); then nouns, adjectives, and
 * last the finite verb forms that a noun or adjective shares (`parte`, `porta`, `pubblica`).
 */
function prior(tag: Tag, language: Language): number {
  const { features } = tag
  switch (tag.pos) {
    case 'AUX':
      return 7
    case 'ADP':
    case 'DET':
    case 'PRON':
      return 6
    case 'VERB': {
      const form = features.VerbForm
      if (form === 'Inf' || form === 'Ger') return 5
      if (form === 'Part' && language === 'en') return 5
      if (form === 'Part')
        return features.Gender === 'Fem' ? 3.9 : features.Number === 'Plur' ? 4.2 : 4.4
      if (language === 'en') return features.Tense === 'Past' ? 5 : 3
      // The third person of the indicative is the finite form of news text; the others
      // (`incontri`, `porti`) are rarely what a form a noun shares is.
      return features.Person === '3' && features.Mood === 'Ind' ? 3.7 : 2.5
    }
    case 'NOUN':
      return 4
    case 'ADJ':
      return 3.6
    case 'ADV':
      return 1
    default:
      return 0
  }
}

/**
 * Between readings of one part of speech: a noun is more often its own lemma (`people`, `figlia`),
 * an adjective a degree or agreement of another (`best` → `good`, `pubblica` → `pubblico`); an
 * Italian feminine noun belongs to a feminine lemma (`politiche` → `politica`).
 */
function tieBreak(lemma: string, form: string, tag: Tag, language: Language): number {
  let score = 0
  if (tag.pos === 'NOUN' && lemma === form) score += 0.5
  if (tag.pos === 'ADJ' && lemma !== form) score += 0.5
  if (tag.pos === 'NOUN' && tag.features.Gender === 'Fem' && lemma.endsWith('o')) score -= 0.25
  // An Italian noun lemma in the plural (`detriti`) is rarer than the singular it is plural of.
  if (language === 'it' && tag.pos === 'NOUN' && lemma === form && tag.features.Number === 'Plur')
    score -= 0.6
  return score
}

/** Penn Treebank tags by the coarser class a reading is matched with. */
const pennClasses: Readonly<Record<string, string>> = {
  NNS: 'NN',
  NNPS: 'NNP',
  JJR: 'JJ',
  JJS: 'JJ',
  RBR: 'RB',
  RBS: 'RB',
  VBP: 'VB',
  VBZ: 'VB',
  MD: 'VB',
}

/** The Penn Treebank class a tagged corpus gives a form in this reading (`VBG` for a gerund). */
function pennClass(tag: Tag): string | null {
  const { pos, features } = tag
  switch (pos) {
    case 'NOUN':
      return 'NN'
    case 'PROPN':
      return 'NNP'
    case 'ADJ':
      return 'JJ'
    case 'ADV':
      return 'RB'
    case 'VERB':
    case 'AUX':
      if (features.VerbForm === 'Ger') return 'VBG'
      if (features.VerbForm === 'Part') return features.Tense === 'Pres' ? 'VBG' : 'VBN'
      return features.Tense === 'Past' ? 'VBD' : 'VB'
    default:
      return null
  }
}

/** What the most frequent tag of a form adds to its reading of that tag: above the priors' spread. */
const usageWeight = 3

/**
 * How much more likely a reading is by how often a tagged corpus gives the form that part of
 * speech: the reading of the form's most frequent tag gains (`meeting` is mostly a noun,
 * `saying` mostly a gerund).
 */
function usage(usual: string | undefined, tag: Tag): number {
  if (usual === undefined) return 0
  return pennClass(tag) === (pennClasses[usual] ?? usual) ? usageWeight : 0
}

/** The tag a tagged corpus gives `form` most often (undefined when it does not list it). */
function usualTag(form: string, language: Language): string | undefined {
  return tagOrders(language).get(form.toLowerCase())?.[0]
}

function scoreOf(
  lemma: string,
  form: string,
  tag: Tag,
  entry: Entry,
  language: Language,
  usual: string | undefined,
): number {
  let score =
    entry.sources + prior(tag, language) + tieBreak(lemma, form, tag, language) + usage(usual, tag)
  if (tag.features.Clitic) score -= 20
  if (tag.pos === 'PROPN' && form === form.toLowerCase()) score -= 40
  return score
}

/** The UD lemma of an English personal pronoun (Apertium's lemma for them all is `prpers`). */
function pronounLemma({ features }: Tag): string {
  const { Person = '', Number = '', Gender = '' } = features
  return (
    englishPersonalPronouns[`${Person}|${Number}|${Gender}`] ??
    englishPersonalPronouns[`${Person}|${Number}|`] ??
    'prpers'
  )
}

/** Readings of `form` in the table, scored. */
function tableReadings(table: MorphologyTable, form: string, language: Language): Scored[] {
  const found = table.analyse(form)
  // Looked up once for all the readings (the same for each), and only when there are some.
  const usual = found.length > 0 ? usualTag(form, language) : undefined
  const readings: Scored[] = []
  for (let index = 0; index < found.length; index++) {
    const { lemma, tag, entry } = found[index]!
    readings.push({
      lemma: lemma === 'prpers' && language === 'en' ? pronounLemma(tag) : lemma,
      ...tag,
      score: scoreOf(lemma, form, tag, entry, language, usual),
      sources: entry.sources,
    })
  }
  return readings
}

/**
 * Pushes the items of `items` onto `target` (a loop: a spread `push(...items)` takes an
 * iterator step, and an allocation, per item in code V8 has not optimised yet: a fresh
 * process's first words).
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (let index = 0; index < items.length; index++) target.push(items[index]!)
}

/**
 * Italian forms the data may lack for a verb it has: a pronoun attached to an infinitive, gerund
 * or imperative (`affacciarsi`, `dicendolo`), a truncated infinitive (`sottopor`), a present
 * participle (`derivanti`).
 */
function verbFormReadings(table: MorphologyTable, form: string): Scored[] {
  const readings: Scored[] = []
  const verbs = (candidate: string, keep: (tag: Tag) => boolean) =>
    tableReadings(table, candidate, 'it').filter(
      (reading) => (reading.pos === 'VERB' || reading.pos === 'AUX') && keep(reading),
    )
  const infinitive = (tag: Tag) => tag.features.VerbForm === 'Inf'
  const host = (tag: Tag) =>
    infinitive(tag) || tag.features.VerbForm === 'Ger' || tag.features.Mood === 'Imp'
  for (let index = 0; index < italianClitics.length; index++) {
    const clitic = italianClitics[index]!
    if (!form.endsWith(clitic) || form.length < clitic.length + 3) continue
    const stem = form.slice(0, form.length - clitic.length)
    for (const reading of [
      ...verbs(`${stem}e`, infinitive),
      ...verbs(`${stem}re`, infinitive),
      ...verbs(stem, host),
    ])
      readings.push({ ...reading, features: { ...reading.features, Clitic: clitic }, score: 1 })
  }
  if (/[aeio]r$/.test(form))
    for (const reading of [...verbs(`${form}e`, infinitive), ...verbs(`${form}re`, infinitive)])
      readings.push({ ...reading, score: 1 })
  const participle = /^(.+?)(i?)(ant|ent)([ei])$/.exec(form)
  if (participle) {
    const [, stem, i, ending, number] = participle
    const lemmas = ending === 'ant' ? [`${stem}${i}are`] : [`${stem}${i}ere`, `${stem}${i}ire`]
    if (i) lemmas.push(`${stem}ire`)
    const Number = number === 'e' ? 'Sing' : 'Plur'
    const verbs = lemmas.filter((lemma) => table.has(lemma))
    // A present participle is mostly an adjective or noun of its own (`rassicurante`,
    // `contanti`), its verb's form less often.
    if (verbs.length > 0)
      readings.push({
        lemma: `${stem}${i}${ending}e`,
        pos: 'ADJ',
        features: { Number },
        score: 0.5,
      })
    for (const lemma of verbs)
      readings.push({
        lemma,
        pos: 'VERB',
        features: { Number, Tense: 'Pres', VerbForm: 'Part' },
        score: 0,
      })
  }
  return readings
}

/**
 * Readings of an Italian word shortened by its final vowel, which the data lists in full:
 * truncation after l, m, n or r (`vien`, `ingegner`, `sol`) and elision before an apostrophe
 * (`mezz'`, `quell'`). Slightly below the same readings of the full form.
 */
function shortenedReadings(table: MorphologyTable, form: string): Scored[] {
  const elided = /^(.*[^aeiouàèéìòù'])'$/.exec(form)
  const full = elided
    ? ['o', 'a', 'e', 'i'].map((vowel) => elided[1] + vowel)
    : /[aeiouàèéìòù][lmnr]$/.test(form)
      ? [`${form}e`, `${form}o`]
      : []
  return full.flatMap((spelling) =>
    tableReadings(table, spelling, 'it')
      .filter((reading) => !reading.features.Clitic)
      .map((reading) => ({ ...reading, score: reading.score - 0.5 })),
  )
}

/**
 * Participles serve as adjectives and nouns, with lemmas of their own (`tentato`, `chiusa`,
 * `interested`): each participle reading brings those readings, after the verb's. Feminine
 * nouns bring their feminine lemma.
 */
function participleReadings(
  table: MorphologyTable,
  readings: readonly Scored[],
  form: string,
  language: Language,
): Scored[] {
  const derived: Scored[] = []
  for (let index = 0; index < readings.length; index++) {
    const reading = readings[index]!
    const { VerbForm, Tense, Gender, Number } = reading.features
    // A feminine noun of a masculine lemma (`figlia` of `figlio`) is a lemma of its own in
    // many dictionaries and in UD: the next candidate.
    if (reading.pos === 'NOUN' && Gender === 'Fem' && reading.lemma.endsWith('o')) {
      const feminine = table.firstFormWith(reading.lemma, { Gender: 'Fem', Number: 'Sing' })
      if (feminine) derived.push({ ...reading, lemma: feminine, score: reading.score - 0.1 })
      continue
    }
    if (reading.pos !== 'VERB' || (VerbForm !== 'Part' && VerbForm !== 'Ger')) continue
    if (language === 'en') {
      derived.push({ lemma: form, pos: 'ADJ', features: {}, score: -10 })
      continue
    }
    if (VerbForm !== 'Part' || Tense !== 'Past') continue
    const find = (gender: string | undefined) =>
      table.firstFormWith(reading.lemma, {
        VerbForm: 'Part',
        Tense: 'Past',
        Gender: gender,
        Number: 'Sing',
      })
    const adjective = find('Masc')
    const noun = find(Gender)
    const features = { ...(Gender ? { Gender } : {}), ...(Number ? { Number } : {}) }
    if (adjective) derived.push({ lemma: adjective, pos: 'ADJ', features, score: -10 })
    if (noun) derived.push({ lemma: noun, pos: 'NOUN', features, score: -11 })
  }
  return derived
}

/**
 * A form that hunspell-it alone lists as a lemma and an Apertium dictionary as a verb's form
 * (`stia`, `trattiene`) is mostly the verb's: the hunspell reading steps below.
 */
function doubtHunspellOnly(readings: Scored[]): void {
  const verb = readings.some((reading) => reading.pos === 'VERB' && (reading.sources ?? 0) > 0)
  if (!verb) return
  for (let index = 0; index < readings.length; index++) {
    const reading = readings[index]!
    if (reading.sources === 0 && reading.pos !== 'VERB') reading.score -= 1
  }
}

/**
 * A past participle that an Apertium dictionary also lists as a noun is often that noun: the
 * feminine singular mostly (`la vista`, `la proposta`, `la scoperta`), and the plural, which a
 * verb has only where it agrees with a plural subject (`i fatti`, `i prodotti`, `i risultati`).
 * The noun steps up: above the verb when the dictionaries list both alike.
 */
function nounFromParticiple(readings: Scored[], form: string): void {
  const participle = readings.find(
    ({ pos, features }) =>
      pos === 'VERB' &&
      features.VerbForm === 'Part' &&
      features.Tense === 'Past' &&
      (features.Number === 'Plur' || features.Gender === 'Fem'),
  )
  if (!participle) return
  const plural = participle.features.Number === 'Plur'
  for (let index = 0; index < readings.length; index++) {
    const reading = readings[index]!
    if (reading.pos !== 'NOUN' || (reading.sources ?? 0) === 0) continue
    if (!plural && reading.lemma === form) reading.score += 1
    if (plural && reading.features.Number === 'Plur' && reading.lemma !== participle.lemma)
      reading.score += 0.5
  }
}

/**
 * A feminine noun form read both as the feminine of an `-o` noun (`figlia` of `figlio`) and as a
 * noun of its own in `-a` (`figlia`, which hunspell-it alone may list) is the noun of its own:
 * Italian treebanks give feminine nouns their own lemma (`figlia`, `ragazza`). Not for forms
 * that can be adjectives (`italiana`, `alta`), mostly the adjective's.
 */
function feminineNouns(readings: Scored[], form: string): void {
  if (!/[ae]$/.test(form) || readings.some(({ pos }) => pos === 'ADJ')) return
  for (let at = 0; at < readings.length; at++) {
    const masculine = readings[at]!
    const { pos, features, lemma } = masculine
    if (pos !== 'NOUN' || features.Gender !== 'Fem' || !lemma.endsWith('o')) continue
    const own = `${lemma.slice(0, -1)}a`
    for (let index = 0; index < readings.length; index++) {
      const reading = readings[index]!
      if (reading.pos === 'NOUN' && reading.lemma === own)
        reading.score = Math.max(reading.score, masculine.score + 0.5)
    }
  }
}

/** How many lemmas of `pos` in the table end like `lemma` (last `countWidth` letters). */
function lemmasLike(table: MorphologyTable, lemma: string, pos: PartOfSpeech): number {
  return table.lemmasEndingIn(lemma.slice(-countWidth), pos)
}

/** A rule cell with where it stands among a language's rules (the order readings are made in). */
interface RuleCell {
  order: number
  paradigm: RuleParadigm
  ending: string
  features: Readonly<Record<string, string>>
}

/** A language's rule cells by ending, and the longest ending: a word is matched by its endings. */
const ruleIndexes = new Map<Language, { cells: Map<string, RuleCell[]>; longest: number }>()

function ruleIndex(language: Language): { cells: Map<string, RuleCell[]>; longest: number } {
  let index = ruleIndexes.get(language)
  if (index) return index
  index = { cells: new Map(), longest: 0 }
  let order = 0
  for (const paradigm of ruleParadigms[language])
    for (const [ending, features] of paradigm.cells) {
      const cell = { order: order++, paradigm, ending, features }
      const list = index.cells.get(ending)
      if (list) list.push(cell)
      else index.cells.set(ending, [cell])
      index.longest = Math.max(index.longest, ending.length)
    }
  ruleIndexes.set(language, index)
  return index
}

/** The rule cells whose ending `word` ends in, in rule order. */
function fittingCells(word: string, language: Language): RuleCell[] {
  const { cells, longest } = ruleIndex(language)
  const fitting: RuleCell[] = []
  for (let length = Math.min(longest, word.length); length >= 0; length--) {
    const list = cells.get(word.slice(word.length - length))
    if (list) fitting.push(...list)
  }
  return fitting.sort((a, b) => a.order - b.order)
}

/**
 * The prior of a guessed reading: Italian as for known words; an unknown English word is mostly
 * a noun (`audiobooks`, `tacos`), whatever verb reading its spelling also allows.
 */
function guessPrior(tag: Tag, language: Language): number {
  if (language === 'it') return prior(tag, language)
  return tag.pos === 'NOUN' ? 1 : tag.pos === 'ADJ' ? 0.5 : 0
}

/**
 * Readings of an unknown `word` by the ending rules: the lemma the data knows first, then the
 * lemma ending most of the data's lemmas of that part of speech have, then the longer ending.
 */
function ruleReadings(word: string, language: Language, table: MorphologyTable | null): Scored[] {
  const readings: Scored[] = []
  for (const { paradigm, ending, features } of fittingCells(word, language)) {
    const stem = word.slice(0, word.length - ending.length)
    // A stem of one letter is no evidence of anything (`a`, `e`, `i` are words of their own).
    if (stem.length < 2) continue
    const lemma = stem + paradigm.lemmaEnding
    let score = ending.length / 2 + guessPrior({ pos: paradigm.pos, features }, language)
    if (table) {
      if (table.has(lemma)) score += 100
      score += Math.log10(1 + lemmasLike(table, lemma, paradigm.pos))
    }
    readings.push({ lemma, pos: paradigm.pos, features, score })
  }
  // A word no rule explains is its own lemma (Italian nouns in a stressed vowel or a consonant
  // do not inflect: `città`, `summit`).
  readings.push({ lemma: word, pos: 'NOUN', features: {}, score: -20 })
  return readings
}

/**
 * A plural noun a tagged corpus knows and the data does not (`thanks`: only the verb `thank` in
 * the data): its lemma is the singular when the corpus tags the singular as a noun, else the
 * plural itself (a plural-only noun).
 */
function pluralNounReadings(form: string, readings: readonly Scored[]): Scored[] {
  const orders = tagOrders('en')
  if (orders.get(form)?.[0] !== 'NNS' || readings.some((reading) => reading.pos === 'NOUN'))
    return []
  const singular = ruleReadings(form, 'en', null).find(
    (reading) => reading.pos === 'NOUN' && reading.features.Number === 'Plur',
  )?.lemma
  const lemma = singular && orders.get(singular)?.includes('NN') ? singular : form
  const tag: Tag = { pos: 'NOUN', features: { Number: 'Plur' } }
  return [{ lemma, ...tag, score: prior(tag, 'en') + usageWeight }]
}

/**
 * The features as a key, names and values in their order (as `JSON.stringify` would tell them
 * apart, at a fraction of its cost: readings are ranked for every new word).
 */
function featureKey(features: Readonly<Record<string, string>>): string {
  let key = ''
  for (const name in features) {
    const value = features[name]
    // `JSON.stringify` leaves out what is undefined.
    if (value !== undefined) key += `${name}\u0000${value}\u0000`
  }
  return key
}

/**
 * Highest score first: the sign only, a small integer (a difference of scores is a new heap
 * number in code V8 has not optimised yet, a fresh process's).
 */
function byScore(a: Scored, b: Scored): number {
  return a.score < b.score ? 1 : a.score > b.score ? -1 : 0
}

/** Sorts by score (stable) and drops repeated readings; at most `limit` lemmas. */
function ranked(readings: Scored[], limit = Infinity): Analysis[] {
  readings.sort(byScore)
  const seen = new Set<string>()
  const lemmas = new Set<string>()
  const result: Analysis[] = []
  for (let index = 0; index < readings.length; index++) {
    const { lemma, pos, features } = readings[index]!
    const key = `${lemma}\t${pos}\t${featureKey(features)}`
    if (seen.has(key) || (!lemmas.has(lemma) && lemmas.size >= limit)) continue
    seen.add(key)
    lemmas.add(lemma)
    result.push({ lemma, pos, features })
  }
  return result
}

/** Readings of the English contracted auxiliaries and modals (UD's lemmas for them). */
function auxiliaryReadings(spelling: string): Scored[] {
  const key = spelling.toLowerCase()
  // An own-property check: a word such as `constructor` must not read Object.prototype.
  const lemmas = Object.hasOwn(englishAuxiliaries, key) ? (englishAuxiliaries[key] ?? []) : []
  return lemmas.map((lemma, index) => ({ lemma, pos: 'AUX', features: {}, score: 100 - index }))
}

/** Readings of an Italian abbreviation (`art.` → `articolo`), above every other reading. */
function abbreviationReadings(spelling: string): Scored[] {
  const key = spelling.toLowerCase()
  if (!Object.hasOwn(italianAbbreviations, key)) return []
  const [lemmas, pos] = italianAbbreviations[key]!
  return lemmas.map((lemma, index) => ({ lemma, pos, features: {}, score: 100 - index }))
}

/** Answers already given, per table (or per language's rules): news text repeats its words. */
const answers = new WeakMap<object, Map<string, Analysis[]>>()
const rulesOnly: Record<Language, object> = { it: {}, en: {} }
const remembered = 50_000

/** Every reading of `word`, most likely first (a fresh array; the readings are shared). */
export function readingsOf(word: string, language: Language): Analysis[] {
  return rememberedReadings(word, language).slice()
}

/** The lemma lists of remembered readings (forgotten with them). */
const lemmaLists = new WeakMap<readonly Analysis[], readonly string[]>()

/**
 * The lemmas of `word`'s readings, each once, most likely first (a fresh array): remembered
 * with the readings, as callers ask again for each occurrence of a word.
 */
export function lemmasOf(word: string, language: Language): string[] {
  const readings = rememberedReadings(word, language)
  let lemmas = lemmaLists.get(readings)
  if (!lemmas) {
    const distinct: string[] = []
    for (let index = 0; index < readings.length; index++) {
      const { lemma } = readings[index]!
      if (!distinct.includes(lemma)) distinct.push(lemma)
    }
    lemmaLists.set(readings, (lemmas = distinct))
  }
  return lemmas.slice()
}

/** Every reading of `word`, most likely first, as remembered (the caller must not change it). */
function rememberedReadings(word: string, language: Language): readonly Analysis[] {
  const table = morphologyTable(language)
  const owner = table ?? rulesOnly[language]
  let cache = answers.get(owner)
  if (!cache) answers.set(owner, (cache = new Map()))
  let readings = cache.get(word)
  if (!readings) {
    readings = freshReadings(word, language, table)
    if (cache.size >= remembered) cache.clear()
    cache.set(word, readings)
  }
  return readings
}

/** How far a reading's part of speech is from the wanted one: the same, a verb for an auxiliary, other. */
function distance(pos: PartOfSpeech, wanted: PartOfSpeech): number {
  if (pos === wanted) return 0
  const verbs = (tag: PartOfSpeech) => tag === 'VERB' || tag === 'AUX'
  return verbs(pos) && verbs(wanted) ? 1 : 2
}

/**
 * The readings of `word`, most likely first; with `pos`, those of that part of speech first
 * (the order within each group kept).
 */
export function readingsFor(word: string, language: Language, pos?: PartOfSpeech): Analysis[] {
  const readings = readingsOf(word, language)
  if (pos === undefined) return readings
  return readings
    .map((reading, index) => ({ reading, index, distance: distance(reading.pos, pos) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map(({ reading }) => reading)
}

/** A word of capitals only (two or more): an acronym. */
const acronym = /^\p{Lu}{2,}$/u

/** Every reading of `word`, most likely first, found anew. */
function freshReadings(
  word: string,
  language: Language,
  table: MorphologyTable | null,
): Analysis[] {
  const candidates = spellings(word, language)
  if (candidates.length === 0) return []
  const readings: Scored[] =
    language === 'en' ? auxiliaryReadings(candidates[0]!) : abbreviationReadings(candidates[0]!)
  if (table) {
    for (let index = 0; index < candidates.length; index++) {
      const spelling = candidates[index]!
      const found = tableReadings(table, spelling, language)
      // An acronym the data has as a name as written is that name (`US`, not `us`).
      if (spelling === candidates[0] && acronym.test(spelling))
        for (const reading of found) if (reading.pos === 'PROPN') reading.score += 10
      append(readings, found)
      // The elided word after an apostrophe is only looked at when the whole token is unknown.
      if (readings.some((reading) => reading.pos !== 'PROPN')) break
    }
    const plain = candidates.find((candidate) => !candidate.includes("'")) ?? candidates.at(-1)!
    if (language === 'it' && !readings.some((reading) => reading.pos !== 'PROPN'))
      append(readings, verbFormReadings(table, plain.toLowerCase()))
    // Only for words no Apertium dictionary lists (hunspell-it lists `vien` as a word of its own).
    const listed = readings.some((reading) => (reading.sources ?? 0) > 0 && reading.pos !== 'PROPN')
    if (language === 'it' && !listed)
      append(readings, shortenedReadings(table, plain.toLowerCase()))
    append(readings, participleReadings(table, readings, plain.toLowerCase(), language))
    if (language === 'it') doubtHunspellOnly(readings)
    if (language === 'it') nounFromParticiple(readings, plain.toLowerCase())
    if (language === 'it') feminineNouns(readings, plain.toLowerCase())
    if (language === 'en') append(readings, pluralNounReadings(plain.toLowerCase(), readings))
  }
  if (readings.length === 0) {
    const spelling = candidates.find((candidate) => !candidate.includes("'")) ?? candidates.at(-1)!
    return ranked(ruleReadings(spelling.toLowerCase(), language, table), 4)
  }
  return ranked(readings)
}

/** The rule paradigms that fit `lemma`: for each part of speech, those of the longest ending. */
function fittingRules(lemma: string, language: Language): RuleParadigm[] {
  const best = new Map<PartOfSpeech, RuleParadigm[]>()
  for (const paradigm of ruleParadigms[language]) {
    if (!lemma.endsWith(paradigm.lemmaEnding) || lemma.length < paradigm.lemmaEnding.length + 2)
      continue
    const current = best.get(paradigm.pos)
    const length = current?.[0]?.lemmaEnding.length ?? -1
    if (paradigm.lemmaEnding.length > length) best.set(paradigm.pos, [paradigm])
    else if (paradigm.lemmaEnding.length === length) current!.push(paradigm)
  }
  return [...best.values()].flat()
}

/**
 * Italian verb forms built from the infinitive and gerund where the data lacks them: the
 * truncated infinitive (`impostar`), enclitic pronouns (`impostarlo`, `impostandolo`) and the
 * present participle (`impostante`, `impostanti`).
 */
function italianVerbExtras(lemma: string, forms: readonly TaggedForm[]): TaggedForm[] {
  const extras: TaggedForm[] = []
  const match = /^(.*)([aei])re$/.exec(lemma)
  if (match) {
    const [, stem, vowel] = match
    const endings = vowel === 'a' ? ['ante', 'anti'] : ['ente', 'enti']
    if (vowel === 'i') endings.push('iente', 'ienti')
    for (const ending of endings)
      extras.push({
        form: stem + ending,
        pos: 'VERB',
        features: {
          Number: ending.endsWith('e') ? 'Sing' : 'Plur',
          Tense: 'Pres',
          VerbForm: 'Part',
        },
      })
  }
  if (lemma.endsWith('re')) {
    const truncated = lemma.slice(0, -1)
    extras.push({ form: truncated, pos: 'VERB', features: { VerbForm: 'Inf' } })
    for (const clitic of italianClitics)
      extras.push({
        form: truncated + clitic,
        pos: 'VERB',
        features: { Clitic: clitic, VerbForm: 'Inf' },
      })
  }
  for (const { form, features } of forms)
    if (features.VerbForm === 'Ger' && !features.Clitic)
      for (const clitic of italianClitics)
        extras.push({
          form: form + clitic,
          pos: 'VERB',
          features: { Clitic: clitic, VerbForm: 'Ger' },
        })
  return extras
}

/** Every form of `lemma` with its tags, from the data when it knows the lemma, else the rules. */
export function formsOf(lemma: string, language: Language, pos?: PartOfSpeech): TaggedForm[] {
  const candidates = spellings(lemma, language).filter((spelling) => !spelling.includes("'"))
  const table = morphologyTable(language)
  const fits = (tagPos: PartOfSpeech) =>
    pos === undefined || tagPos === pos || (pos === 'VERB' && tagPos === 'AUX')
  if (table)
    for (const spelling of candidates) {
      const forms = table
        .forms(spelling)
        .filter(({ tag }) => fits(tag.pos))
        .map(({ form, tag }): TaggedForm => ({ form, ...tag }))
      if (forms.length === 0) continue
      const verb = forms.some((form) => form.pos === 'VERB' || form.pos === 'AUX')
      if (language === 'it' && verb) forms.push(...italianVerbExtras(spelling, forms))
      return forms
    }
  const spelling = candidates.at(-1)
  if (!spelling) return []
  const forms: TaggedForm[] = []
  for (const paradigm of fittingRules(spelling.toLowerCase(), language)) {
    if (!fits(paradigm.pos)) continue
    const stem = spelling.slice(0, spelling.length - paradigm.lemmaEnding.length)
    for (const [ending, features] of paradigm.cells)
      forms.push({ form: stem + ending, pos: paradigm.pos, features })
  }
  return forms
}
