/** A language the lexicon knows. */
export type Language = 'it' | 'en'

/** Coarse part of speech (Universal Dependencies tags). */
export type PartOfSpeech =
  'NOUN' | 'VERB' | 'ADJ' | 'AUX' | 'ADV' | 'PROPN' | 'DET' | 'PRON' | 'ADP' | 'OTHER'

/**
 * One reading of a word form: its lemma, part of speech and morphological features
 * (Universal Dependencies feature names, e.g. `{Gender: 'Fem', Number: 'Sing'}`,
 * `{VerbForm: 'Part', Tense: 'Past'}`, `{Mood: 'Ind', Person: '3', Tense: 'Pres'}`).
 */
export interface Analysis {
  /** The lemma (dictionary form), lower case unless the lemma is a name. */
  lemma: string
  /** Part of speech. */
  pos: PartOfSpeech
  /** Morphological features, UD style. */
  features: Readonly<Record<string, string>>
}

/** Options of `lemmatize`. */
export interface LemmatizeOptions {
  /**
   * The word's part of speech where it stands, when a tagger or a treebank gives it: the lemmas
   * of readings of that part of speech come first (`AUX` and `VERB` next to each other), the
   * others follow in their usual order.
   */
  pos?: PartOfSpeech
}

/** One translation of a lemma. */
export interface Translation {
  /** The lemma in the target language. */
  lemma: string
  /** Confidence in (0, 1], higher first. */
  weight: number
}

/** Which of the lexicon's optional data packages are installed. */
export interface LexiconStatus {
  /** Whether `@fonte/lexicon-morphology` is installed (else the data-free suffix rules answer). */
  morphology: boolean
  /** Whether the EN–IT translation data is installed. */
  translations: boolean
  /** One line saying what installing the missing data packages adds, or null. */
  hint: string | null
}

/**
 * A closed word class, as `functionWords` sorts function words: `article` (`il`, `the`),
 * `determiner` (other determiners: `questo`, `ogni`, `my`), `preposition` (with Italian
 * articulated prepositions: `della`), `coordinating-conjunction` (`e`, `and`),
 * `subordinating-conjunction` (with relative and interrogative adverbs: `perché`, `quando`, `dove`, `because`, `why`), `pronoun` (with clitics and
 * relatives: `lo`, `ne`, `cui`, `who`), `auxiliary` (forms of `essere`, `avere`; `be`, `have`,
 * `do`), `modal` (`potere`, `dovere`, `volere`; `can`, `will`…), `degree-adverb` (`molto`,
 * `very`) and `negation` (`non`, `not`).
 */
export type FunctionWordClass =
  | 'article'
  | 'determiner'
  | 'preposition'
  | 'coordinating-conjunction'
  | 'subordinating-conjunction'
  | 'pronoun'
  | 'auxiliary'
  | 'modal'
  | 'degree-adverb'
  | 'negation'

/** Options of `functionWords` and `isFunctionWord`. */
export interface FunctionWordOptions {
  /** Only the words of these classes (optional; default: every class). */
  classes?: readonly FunctionWordClass[] | null | undefined
}
