/**
 * The forms glossary matching needs of a term's inflecting word, with their UD features: from
 * `@fonte/lexicon`'s paradigms (its data package, else its ending rules), plus what only
 * interface text needs: enclitic imperatives (`impostalo`) and action nouns (`impostazione`).
 * The function words that make a participle passive or a compound tense are listed here too.
 */
import type { PartOfSpeech } from '@fonte/lexicon'
import { paradigm } from './lexicon-answers.js'

/** UD morphological features of a form, plus `Clitic` for a pronoun glued to its end. */
export type Features = Readonly<Record<string, string>>

/** A form with its features. */
export interface FeaturedForm {
  form: string
  features: Features
}

/** Forms of `essere`, `venire` and `avere` that make a participle passive or a compound tense. */
export const auxiliaries = {
  passive: new Set(
    (
      'è e sono sei siamo siete era erano eri eravamo eravate ero sarà saranno sarai saremo sarete sarò ' +
      'sarebbe sarebbero sia siano fosse fossero fu furono essere essendo stato stata stati state ' +
      'viene vengono vieni veniamo venite vengo veniva venivano verrà verranno verrebbe verrebbero ' +
      'venga vengano venisse venissero venne vennero venire venendo venuto venuta venuti venute'
    ).split(' '),
  ),
  active: new Set(
    (
      'ho hai ha abbiamo avete hanno avevo avevi aveva avevamo avevate avevano avrò avrai avrà avremo ' +
      'avrete avranno avrei avresti avrebbe avremmo avreste avrebbero abbia abbiano avesse avessero ' +
      'ebbe ebbero avere aver avendo avuto'
    ).split(' '),
  ),
}

// Infinitives the ending test misses or mistakes for short words.
const irregularInfinitives = new Set(['fare', 'dare', 'porre'])

/** Whether a word looks like an Italian infinitive (`impostare`, `ricevere`, `gestire`, `porre`). */
export function looksLikeInfinitive(word: string): boolean {
  const lower = word.toLowerCase()
  return irregularInfinitives.has(lower) || (lower.length > 4 && /(?:are|ere|ire)$/.test(lower))
}

// The lexicon's tagged paradigms, kept: matching and generation ask for the same lemmas again.
const paradigms = new Map<string, FeaturedForm[]>()
const cacheLimit = 5_000

function tagged(lemma: string, language: 'it' | 'en', pos: PartOfSpeech): FeaturedForm[] {
  const key = `${language}\u0000${pos}\u0000${lemma}`
  let forms = paradigms.get(key)
  if (forms === undefined) {
    try {
      forms = paradigm(lemma, language, pos).map(({ form, features }) => ({ form, features }))
    } catch {
      forms = []
    }
    if (paradigms.size >= cacheLimit) paradigms.clear()
    paradigms.set(key, forms)
  }
  return forms
}

/**
 * Every form of an Italian verb given by its infinitive, with UD features: the lexicon's
 * paradigm (enclitic infinitives and gerunds included), enclitic imperatives, and the action
 * nouns (`Derived: 'Noun'`).
 *
 * @param infinitive - The infinitive, in lower case.
 * @returns The forms; empty when the word is not an infinitive.
 */
export function italianVerbForms(infinitive: string): FeaturedForm[] {
  if (!looksLikeInfinitive(infinitive)) return []
  const forms = literalClitics(tagged(infinitive, 'it', 'VERB'))
  addImperativeClitics(forms)
  const ending = /(are|ere|ire)$/.exec(infinitive)?.[1] as 'are' | 'ere' | 'ire' | undefined
  if (ending && !irregularInfinitives.has(infinitive))
    addDerivedNouns(infinitive.slice(0, -3), ending, forms)
  return forms
}

// Action nouns formed from a verb (Serianni, XV.7): `impostare` → `impostazione`, `scaricare` →
// `scaricamento`, `settare` → `settaggio`, `eliminare` → `eliminazione`. Interface strings render an
// English verb or gerund with them ("Setting the port" → "Impostazione della porta"). They carry
// `Derived`, so no replacement is ever generated from them.
const derivedNouns: Record<'are' | 'ere' | 'ire', ReadonlyArray<[string, string]>> = {
  are: [
    ['azione', 'azioni'],
    ['amento', 'amenti'],
    ['aggio', 'aggi'],
  ],
  ere: [['imento', 'imenti']],
  ire: [
    ['izione', 'izioni'],
    ['imento', 'imenti'],
  ],
}

function addDerivedNouns(stem: string, ending: 'are' | 'ere' | 'ire', forms: FeaturedForm[]): void {
  for (const [singular, plural] of derivedNouns[ending]) {
    forms.push({ form: stem + singular, features: { Derived: 'Noun', Number: 'Sing' } })
    forms.push({ form: stem + plural, features: { Derived: 'Noun', Number: 'Plur' } })
  }
}

/**
 * The forms with `Clitic` naming the pronoun as written after its host, which is how a
 * replacement glues it on: the data tags a pronoun by its lemma (`eliminarla`, `Clitic: lo`;
 * `eliminacela`, `Clitic: ci+lo`). The host is the form without a pronoun that has the same
 * features (an infinitive without its final `-e`).
 */
function literalClitics(forms: readonly FeaturedForm[]): FeaturedForm[] {
  // Each form's features as one string, without `Clitic` for a form with a pronoun: its host's.
  const signatures = forms.map(({ features }) => signatureOf(features, !!features.Clitic))
  const hosts = new Map<string, string[]>()
  forms.forEach(({ form, features }, index) => {
    if (features.Clitic) return
    const key = signatures[index]!
    const list = hosts.get(key) ?? []
    list.push(form)
    if (features.VerbForm === 'Inf') list.push(form.replace(/e$/, ''))
    hosts.set(key, list)
  })
  const result: FeaturedForm[] = []
  forms.forEach((entry, index) => {
    const clitic = entry.features.Clitic
    if (!clitic) return void result.push(entry)
    let host = ''
    for (const candidate of hosts.get(signatures[index]!) ?? [])
      if (entry.form.startsWith(candidate) && candidate.length > host.length) host = candidate
    if (host === '' || host === entry.form) {
      if (entry.form.endsWith(clitic)) result.push(entry)
      return
    }
    const features = { ...entry.features, Clitic: entry.form.slice(host.length) }
    result.push({ form: entry.form, features })
  })
  return result
}

// Signatures by features object: the lexicon's forms of one tag share theirs.
const signatures = new WeakMap<Features, string>()
const hostSignatures = new WeakMap<Features, string>()

/** `signature(features)`, or without `Clitic` for a form's host, computed once per object. */
function signatureOf(features: Features, host: boolean): string {
  const cache = host ? hostSignatures : signatures
  let known = cache.get(features)
  if (known === undefined)
    cache.set(features, (known = signature(features, host ? 'Clitic' : undefined)))
  return known
}

/** Features as one string, whatever the order of their names (`except` left out). */
function signature(features: Features, except?: string): string {
  return Object.keys(features)
    .filter((name) => name !== except)
    .sort()
    .map((name) => `${name}=${features[name]}`)
    .join('|')
}

/**
 * Imperatives with an enclitic pronoun (`impostalo`, `impostatelo`) where the lexicon lists
 * pronouns only for infinitives and gerunds (its ending rules): the same pronouns as those.
 */
function addImperativeClitics(forms: FeaturedForm[]): void {
  if (forms.some(({ features }) => features.Mood === 'Imp' && features.Clitic)) return
  const clitics = new Set<string>()
  for (const { features } of forms) if (features.Clitic) clitics.add(features.Clitic)
  const hosts = forms.filter(
    ({ features, form }) =>
      features.Mood === 'Imp' && !features.Clitic && !form.endsWith("'") && form.length > 2,
  )
  for (const host of hosts)
    for (const clitic of clitics)
      forms.push({ form: host.form + clitic, features: { ...host.features, Clitic: clitic } })
}

/**
 * The forms of an Italian adjective by gender and number (`predefinito`, `predefinita`,
 * `predefiniti`, `predefinite`; `utile`, `utili`), from the lexicon.
 *
 * @param word - The masculine singular, in lower case.
 * @returns The forms, or an empty list when the lexicon has none.
 */
export function italianAdjectiveForms(word: string): FeaturedForm[] {
  return tagged(word, 'it', 'ADJ')
}

/**
 * English forms from the lexicon: a noun's plural, and with `verb` a verb's `-s`, `-ed` and
 * `-ing` forms (`file`/`files`/`filed`/`filing`), the word itself first.
 *
 * @param word - The word, in lower case.
 * @param verb - Whether to add verb forms.
 */
export function englishFeaturedForms(word: string, verb: boolean): FeaturedForm[] {
  return [
    { form: word, features: {} },
    ...tagged(word, 'en', 'NOUN'),
    ...(verb ? tagged(word, 'en', 'VERB') : []),
  ]
}
