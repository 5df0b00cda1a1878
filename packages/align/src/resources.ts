// What the aligner takes from outside as evidence: a bilingual dictionary and a finder of
// term-base concepts. They are structural types, so that `@fonte/align` needs no term-base
// package: a `Glossary` of `@fonte/glossary` is a `ConceptFinder` as it is.

/** A bilingual dictionary: each source word with its target-language translations. */
export type Dictionary = ReadonlyMap<string, readonly string[]>

/** One occurrence of a concept's term in a text. */
export interface ConceptMatch {
  /** The concept the term names; occurrences on both sides with the same id render each other. */
  readonly concept: { readonly id: string }
  /** UTF-16 offset of the occurrence's first character in the text searched. */
  readonly start: number
  /** UTF-16 offset just past the occurrence. */
  readonly end: number
}

/** Finds the terms of one language in a text. */
export interface ConceptMatcher {
  /** The occurrences of terms in `text`, with their concepts. */
  match(text: string): readonly ConceptMatch[]
}

/**
 * What the aligner asks of a term base: its terms found in source-language (English) and
 * target-language (Italian) text. A compiled `Glossary` of `@fonte/glossary` is one.
 */
export interface ConceptFinder {
  /** Finds source-language terms. */
  readonly source: ConceptMatcher
  /** Finds target-language terms. */
  readonly target: ConceptMatcher
}
