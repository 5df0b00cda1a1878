// Italian and English morphology: lemmas, readings and forms from @fonte/lexicon-morphology when
// it is installed, from the regular ending rules otherwise.
import { keepLemmas, keepTranslations, knownLemmas, knownTranslations } from './answers.js'
import { hasMorphologyData, installedFile } from './load.js'
import { formsOf, lemmasOf, readingsFor, readingsOf, type TaggedForm } from './morphology.js'
import { checkArguments, checkPartOfSpeech, spellings } from './text.js'
import { translate as translateLemma } from './translate.js'
import type {
  Analysis,
  Language,
  LemmatizeOptions,
  LexiconStatus,
  PartOfSpeech,
  Translation,
} from './types.js'

export type {
  Analysis,
  FunctionWordClass,
  FunctionWordOptions,
  Language,
  LemmatizeOptions,
  LexiconStatus,
  PartOfSpeech,
  Translation,
} from './types.js'
export type { TaggedForm } from './morphology.js'

/**
 * Candidate lemmas of `word`, most likely first (empty when `word` cannot be a word: empty,
 * digits, another script, longer than 64 characters). With `options.pos`, the word's part of
 * speech where it stands, the lemmas of readings of that part of speech come first.
 *
 * @throws {TypeError} when `word` is not a string, `language` is not `it` or `en`, `options` is
 * not an object, or `options.pos` is not a part of speech.
 * @example lemmatize('impostati', 'it') // ['impostare']
 * @example lemmatize('controllata', 'it', { pos: 'ADJ' }) // ['controllato', 'controllare', …]
 */
export function lemmatize(word: string, language: Language, options?: LemmatizeOptions): string[] {
  checkArguments('lemmatize', word, language)
  if (options !== undefined && (typeof options !== 'object' || options === null))
    throw new TypeError('`lemmatize` expects options as an object, e.g. {pos: "NOUN"}')
  checkPartOfSpeech('lemmatize', 'options.pos', options?.pos)
  if (options?.pos === undefined) {
    const known = knownLemmas(word, language)
    if (known !== undefined) return known
    const lemmas = lemmasOf(word, language)
    keepLemmas(word, language, lemmas)
    return lemmas
  }
  const readings = readingsFor(word, language, options.pos)
  return [...new Set(readings.map((reading) => reading.lemma))]
}

/**
 * Every reading of `word` with its UD part of speech and features, most likely first. Forms
 * with enclitic pronouns carry the pronouns as feature `Clitic` (`impostarlo`: `Clitic=lo`).
 *
 * @throws {TypeError} when `word` is not a string or `language` is not `it` or `en`.
 */
export function analyse(word: string, language: Language): Analysis[] {
  checkArguments('analyse', word, language)
  return readingsOf(word, language)
}

/**
 * Every form of `lemma` (of one part of speech when `pos` is given), the lemma itself included:
 * Italian nouns and adjectives by gender and number, verbs with every finite form, participles,
 * gerund, infinitive and the enclitic forms the data lists (`impostarlo`).
 *
 * @throws {TypeError} when `lemma` is not a string, `language` is not `it` or `en`, or `pos` is
 * given and not a part of speech.
 */
export function inflect(lemma: string, language: Language, pos?: PartOfSpeech): string[] {
  checkArguments('inflect', lemma, language)
  checkPartOfSpeech('inflect', 'pos', pos)
  const forms = formsOf(lemma, language, pos)
  // A lemma neither the data nor the rules know is taken as invariable (`città`, `summit`).
  if (forms.length === 0) return spellings(lemma, language).length > 0 ? [lemma] : []
  return [...new Set([lemma, ...forms.map(({ form }) => form)])]
}

/**
 * Every form of `lemma` with its part of speech and UD features (of one part of speech when
 * `pos` is given), from the data when it knows the lemma, else from the ending rules: what
 * `inflect` lists, tagged, for callers that match forms and must know what each one is.
 *
 * @throws {TypeError} when `lemma` is not a string, `language` is not `it` or `en`, or `pos` is
 * given and not a part of speech.
 * @example paradigm('impostare', 'it', 'VERB') // [{form: 'impostare', pos: 'VERB', features: {VerbForm: 'Inf'}}, …]
 */
export function paradigm(lemma: string, language: Language, pos?: PartOfSpeech): TaggedForm[] {
  checkArguments('paradigm', lemma, language)
  checkPartOfSpeech('paradigm', 'pos', pos)
  return formsOf(lemma, language, pos)
}

/** Whether a form's features agree with the wanted ones. */
function agrees(form: TaggedForm, wanted: Readonly<Record<string, string>>): boolean {
  if (form.features.Clitic && !wanted.Clitic) return false
  for (const [name, value] of Object.entries(wanted)) {
    const actual = form.features[name]
    // A form without gender or number (Italian `grande`, `crisi`) serves both.
    if (actual === undefined && (name === 'Gender' || name === 'Number')) continue
    if (actual !== value) return false
  }
  return true
}

/**
 * The forms of `lemma` that carry `features` (UD names and values), most usual spelling first:
 * `generate('predefinito', 'it', 'ADJ', {Gender: 'Fem', Number: 'Sing'})` is `['predefinita']`.
 *
 * @throws {TypeError} when `lemma` is not a string, `language` is not `it` or `en`, `pos` is
 * not a part of speech, or `features` is not an object.
 */
export function generate(
  lemma: string,
  language: Language,
  pos: PartOfSpeech,
  features: Readonly<Record<string, string>>,
): string[] {
  checkArguments('generate', lemma, language)
  checkPartOfSpeech('generate', 'pos', pos, false)
  if (typeof features !== 'object' || features === null)
    throw new TypeError('`generate` expects features as an object, e.g. {Number: "Plur"}')
  const matching = formsOf(lemma, language, pos)
    .filter((form) => agrees(form, features))
    .map(({ form }) => form)
  // Italian truncated forms (`impostar`, `impostaron`) are poetic or enclitic hosts: last.
  const truncated = (form: string) => language === 'it' && !/[aeiouàèéìòù]$/.test(form)
  return [...new Set(matching)].sort((a, b) => Number(truncated(a)) - Number(truncated(b)))
}

/** Whether a package can be found from here. */
function installed(name: string): boolean {
  return installedFile(name, ['package.json']) !== null
}

/**
 * Which data packages are installed, and a one-line hint of what installing the missing ones
 * adds (null when nothing is missing).
 */
export function lexiconStatus(): LexiconStatus {
  const morphology = hasMorphologyData()
  const translations = installed('@fonte/lexicon-en-it')
  const missing: string[] = []
  if (!morphology)
    missing.push(
      '@fonte/lexicon-morphology (GPL) adds the full Italian and English morphology (irregular verbs, ' +
        '110,000 Italian and 45,000 English lemmas) to the suffix rules in use now',
    )
  if (!translations)
    missing.push('@fonte/lexicon-en-it (GPL) adds English–Italian lemma translations')
  // Published apart for its GPL-2.0-only source (apertium-eng-spa); translate merges it in.
  else {
    if (!installed('@fonte/lexicon-en-it-es'))
      missing.push(
        '@fonte/lexicon-en-it-es (GPL-2.0) adds the translations through Spanish to those of ' +
          '@fonte/lexicon-en-it',
      )
    // Published apart for its CC BY-SA sources (WikDict), which only GPL-3.0 covers with GPL data.
    if (!installed('@fonte/lexicon-en-it-wikdict'))
      missing.push(
        '@fonte/lexicon-en-it-wikdict (GPL-3.0) adds the translations through French, Portuguese, ' +
          'Spanish and Dutch dictionaries to those of @fonte/lexicon-en-it',
      )
  }
  return {
    morphology,
    translations,
    hint: missing.length > 0 ? `Installing ${missing.join('; installing ')}.` : null,
  }
}

/**
 * Translations of a lemma between English and Italian, most likely first: pairs attested by
 * several independent dictionaries (FreeDict, Apertium through Spanish and Catalan) weigh most.
 * Needs the data package `@fonte/lexicon-en-it`; without it every call returns `[]`. With the
 * memo of `@fonte/lexicon/answers` on, an answer it holds is returned (as new objects).
 *
 * @param lemma - The lemma (dictionary form, e.g. `support`, `maggioranza`); case is ignored.
 * @param from - Its language.
 * @param to - The language to translate into; the other one.
 * @returns The translations with weights in (0, 1], highest first; `[]` when none is known.
 * @throws {TypeError} When `lemma` is not a string or `from`/`to` are not `'en'` and `'it'`.
 * @example translate('support', 'en', 'it') // [{lemma: 'supporto', weight: 0.956}, …]
 */
export function translate(lemma: string, from: Language, to: Language): Translation[] {
  const known = knownTranslations(lemma, from, to)
  if (known !== undefined) return known
  // The plain call checks the arguments: nothing is kept of a call that throws.
  const found = translateLemma(lemma, from, to)
  keepTranslations(lemma, from, to, found)
  return found
}
export { functionWordClasses, functionWords, isFunctionWord } from './function-words.js'
