/**
 * Italian language knowledge for the splitter, as data.
 *
 * Every list says where it comes from. The lists were compiled by hand by the fonte maintainers
 * from the abbreviation tables of Italian style manuals as commonly taught (titles, legal and
 * editorial references, units, months and weekdays) and from the abbreviations that occur in
 * `corpus-it/`. Error analysis on the UD Italian evaluation data (see `pnpm eval`) informed which
 * abbreviations are listed, so the figures reported on that data are development figures.
 *
 * Entries are lower case and end with the full stop; matching is case-insensitive. A word is
 * looked up after any elided article or preposition is removed (`dall'art.` → `art.`).
 *
 * The shape follows sentence-splitter's `Language` object (`ABBREVIATIONS`,
 * `PREPOSITIVE_ABBREVIATIONS`, `EXCLAMATION_WORDS`) so the same data can be handed to
 * `split(text, {AbbrMarker: {language: italianLanguage}})` by textlint users.
 *
 * @module
 */

import type { Language } from 'sentence-splitter/lang'

/**
 * Abbreviations that stand before a name, number or reference and so never end a sentence,
 * even when a capitalised word follows (`il sig. Rossi`, `art. 4`, `n. 312`, `cfr. Rossi`).
 * Source: titles and reference abbreviations of Italian editorial usage, compiled by hand.
 */
export const prepositiveAbbreviations: readonly string[] = [
  // Titles of persons
  'sig.',
  'sigg.',
  'sig.ra',
  'sig.ri',
  'sig.na',
  'sigra.',
  'dott.',
  'dott.ssa',
  'dr.',
  'dott.ri',
  'prof.',
  'prof.ssa',
  'proff.',
  'avv.',
  'ing.',
  'arch.',
  'geom.',
  'rag.',
  'ragg.',
  'on.',
  'onn.',
  'sen.',
  'sott.',
  'pres.',
  'dir.',
  'amm.',
  'gen.',
  'col.',
  'magg.',
  'ten.',
  'serg.',
  'brig.',
  'mons.',
  'card.',
  'rev.',
  'fra.',
  'sr.',
  'suor.',
  'psicol.',
  'mr.',
  'mrs.',
  'ms.',
  'st.',
  'egr.',
  'gent.',
  'spett.',
  'ill.',
  'ill.mo',
  'gent.mo',
  'gent.ma',
  'preg.mo',
  'egr.io',
  'f.lli',
  'v.cte',
  // References to laws, documents and pages
  'art.',
  'artt.',
  'n.',
  'nn.',
  'nr.',
  'num.',
  'pag.',
  'pagg.',
  'p.',
  'pp.',
  'cfr.',
  'cf.',
  'v.',
  'vd.',
  'es.',
  'p.es.',
  'fig.',
  'figg.',
  'tab.',
  'parr.',
  'co.',
  'cc.',
  'lett.',
  'voll.',
  'ed.',
  'sez.',
  'all.',
  'tit.',
  'capp.',
  'cit.',
  'op.',
  'd.lgs.',
  'd.l.',
  'd.p.r.',
  'd.m.',
  'l.',
  'reg.',
  'tel.',
  'cell.',
  'c.a.',
  's.',
  'sant.',
  'vs.',
  'loc.',
  'fraz.',
  'prov.',
  'str.',
  'c.d.',
]

/**
 * Abbreviations that are also words or common sentence ends, read as abbreviations only before
 * a number (Arabic or Roman): `no. 5` (numero), `ss. 16` (strada statale), `ca. 600 km`
 * (circa), `vol. II`, `cap. 3`, `par. 4`, while `… ha detto di no.`, `… le SS.`, `… via fax.` or
 * a verse's truncated `par.` (pare) end their sentence like any other word.
 * Source: the Italian style manuals' abbreviation tables list each for the reference it makes,
 * always before a number; `no`, `fax`, `cap` are everyday words and `par`, `vol` truncated
 * forms of verse and older prose, so a list that always reads them as abbreviations loses real
 * sentence ends (issue #12).
 */
export const numberAbbreviations: readonly string[] = [
  'no.',
  'ss.',
  'ca.',
  'vol.',
  'cap.',
  'par.',
  'fax.',
  'c.',
]

/**
 * Abbreviations that may end a sentence: a capitalised word after them starts a new one
 * (`… e così via ecc. Il giorno dopo …`), anything else continues it (`ecc. e poi`, `23 nov. 2024`).
 * Source: general, temporal, unit and company abbreviations of Italian usage, compiled by hand.
 */
export const abbreviations: readonly string[] = [
  'ecc.',
  'etc.',
  'ibid.',
  'ivi.',
  'id.',
  'sgg.',
  'segg.',
  'sec.',
  'secc.',
  'a.c.',
  'd.c.',
  'a.c',
  'spa.',
  's.p.a.',
  's.r.l.',
  's.n.c.',
  's.a.s.',
  'inc.',
  'ltd.',
  'corp.',
  'mln.',
  'mld.',
  'mila.',
  'min.',
  'max.',
  'kg.',
  'km.',
  'hz.',
  'ore.',
  'h.',
  'ecc.mo',
  'gr.',
  'lt.',
  'mq.',
  'mc.',
  // Months and weekdays
  'genn.',
  'febb.',
  'feb.',
  'mar.',
  'apr.',
  'mag.',
  'giu.',
  'lug.',
  'ago.',
  'set.',
  'sett.',
  'ott.',
  'nov.',
  'dic.',
  'lun.',
  'mer.',
  'gio.',
  'ven.',
  'sab.',
  'dom.',
  // Frequent clipped forms in editorial prose
  'ad.',
  'agg.',
  'econ.',
  'az.',
  'meteor.',
  'idraul.',
  'ital.',
  'ingl.',
  'franc.',
  'ted.',
  'lat.',
  'sost.',
  'pl.',
  'sing.',
  'masch.',
  'femm.',
  'trad.',
  'rist.',
  'seg.',
  'succ.',
  'prec.',
]

/**
 * Words written with an exclamation mark that does not end a sentence.
 * Source: brand names in Italian news, compiled by hand.
 */
export const exclamationWords: readonly string[] = ['Yahoo!', 'Jeopardy!', 'Mamma Mia!']

/**
 * Nouns that label things with a capital letter (`serie A`, `vitamina C`, `piano B`): after them
 * a capital letter with a full stop ends a sentence instead of reading as a person's initial.
 * Source: compiled by hand from Italian news usage.
 */
export const letterLabelNouns: readonly string[] = [
  'serie',
  'classe',
  'categoria',
  'gruppo',
  'girone',
  'fase',
  'piano',
  'punto',
  'lettera',
  'tipo',
  'vitamina',
  'allegato',
  'livello',
  'zona',
  'area',
  'settore',
  'sezione',
  'scala',
  'formula',
  'modello',
  'opzione',
  'variante',
  'colonna',
  'riga',
  'capitolo',
  'parte',
]

/**
 * Words that never end a headline, a byline or a sentence: articles, prepositions and
 * coordinating conjunctions, which always have a word after them. A line ending in one goes on
 * in the next line; capitalised, they open sentences (see `sentenceOpeners`).
 * Source: the closed word classes of Italian grammar, compiled by hand.
 */
export const continuingWords: readonly string[] = [
  // Articles
  'il',
  'lo',
  'la',
  'i',
  'gli',
  'le',
  'un',
  'uno',
  'una',
  // Prepositions, simple and articulated
  'a',
  'ad',
  'al',
  'allo',
  'alla',
  'ai',
  'agli',
  'alle',
  'da',
  'dal',
  'dallo',
  'dalla',
  'dai',
  'dagli',
  'dalle',
  'di',
  'del',
  'dello',
  'della',
  'dei',
  'degli',
  'delle',
  'in',
  'nel',
  'nello',
  'nella',
  'nei',
  'negli',
  'nelle',
  'su',
  'sul',
  'sullo',
  'sulla',
  'sui',
  'sugli',
  'sulle',
  'con',
  'per',
  'tra',
  'fra',
  // Coordinating conjunctions
  'e',
  'ed',
  'o',
  'ma',
  'che',
]

/**
 * Closed-class words that open Italian sentences and are never surnames: articles, articulated
 * prepositions, conjunctions, pronouns and sentence adverbs, capitalised when they open a
 * sentence. After initials (`J.R.R. Tolkien`, `U.S.A. Il testo`) a capitalised word from this
 * list starts a new sentence; any other capitalised word is read as the name the initials
 * belong to. Source: the closed word classes of Italian grammar (articles, prepositions,
 * conjunctions, personal and demonstrative pronouns), compiled by hand.
 */
export const sentenceOpeners: readonly string[] = [
  ...continuingWords,
  'dopo',
  'secondo',
  // Conjunctions and sentence adverbs
  'però',
  'se',
  'anche',
  'quando',
  'mentre',
  'poi',
  'non',
  'già',
  'ora',
  'oggi',
  'ieri',
  'domani',
  'infatti',
  'inoltre',
  'intanto',
  'quindi',
  'così',
  'come',
  'dove',
  'perché',
  'sì',
  'no',
  // Pronouns and demonstratives
  'io',
  'tu',
  'lui',
  'lei',
  'noi',
  'voi',
  'loro',
  'questo',
  'questa',
  'questi',
  'queste',
  'quello',
  'quella',
  'quelli',
  'quelle',
  'ci',
  'si',
  'ne',
  'è',
  // Elided forms, written with ' (’ is read as ')
  "l'",
  "un'",
  "all'",
  "dall'",
  "dell'",
  "nell'",
  "sull'",
  "quest'",
  "quell'",
  "c'",
]

/**
 * The Italian data in sentence-splitter's `Language` shape, for use with sentence-splitter
 * itself: `split(text, {AbbrMarker: {language: italianLanguage}})`.
 */
export const italianLanguage: Language = {
  ABBREVIATIONS: [...abbreviations, ...numberAbbreviations].map(capitalise),
  PREPOSITIVE_ABBREVIATIONS: prepositiveAbbreviations.map(capitalise),
  EXCLAMATION_WORDS: [...exclamationWords],
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
