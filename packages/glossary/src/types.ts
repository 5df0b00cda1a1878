import { assertString } from './validate.js'
/** A point in a file: 1-based line and column, 0-based offset. */
export interface Point {
  line: number
  column: number
  offset?: number | undefined
}

/** Where something is in a file. */
export interface Place {
  /** The file's path as given. */
  file: string
  start: Point
  end?: Point | undefined
}

/**
 * A term's standing in the term base. `preferred` is the term to use; `admitted` may be used;
 * `forbidden`, `deprecated` and `superseded` must not be (TBX's `deprecatedTerm-admn-sts` and
 * `supersededTerm-admn-sts` read as `deprecated` and `superseded`).
 */
export type TermStatus = 'preferred' | 'admitted' | 'forbidden' | 'deprecated' | 'superseded'

/** One term of a concept, in one language. */
export interface Term {
  /** The term as written in the term base, in its citation form (`mutua difesa`). */
  text: string
  /** Its language, a BCP 47 tag as written in the term base (`it`, `en`, `en-GB`). */
  language: string
  status: TermStatus
  /** Match only with this exact case (`ONU`, `Kim Jong-un`); otherwise case is ignored. */
  caseSensitive: boolean
  /**
   * Part of speech, where the term base gives one: `verb` (every conjugated and enclitic form of
   * its first word matches), `adjective` (every gender and number), `noun` (both numbers);
   * TBX's and UD's names (`adj`, `VERB`) are read too.
   */
  partOfSpeech?: string | undefined
  /**
   * Match exactly as written: no inflection, case-sensitive (product names, `C++`, `GNOME`).
   * Terms with punctuation other than hyphen and apostrophe are matched as written anyway.
   */
  literal?: boolean | undefined
  /** A note for translators, shown with findings about this term. */
  note?: string | undefined
  /** Where the term is defined. */
  place?: Place | undefined
}

/** A concept: one meaning, with its terms in every language. */
export interface Concept {
  /** Unique within a term base (`mutual-defence`). */
  id: string
  /** Its terms, in every language. */
  terms: Term[]
  /** A note about the concept as a whole. */
  note?: string | undefined
  /** Subject field (`treaty`, `names`…). */
  domain?: string | undefined
  /** Where the concept is defined. */
  place?: Place | undefined
}

/** A term base: concepts, from one file or merged from several. */
export interface TermBase {
  concepts: Concept[]
  /** The files it was read from. */
  files: string[]
}

/** Whether a term must not be used. */
export function isForbidden(status: TermStatus): boolean {
  assertString('isForbidden', 'status', status)
  return status === 'forbidden' || status === 'deprecated' || status === 'superseded'
}
