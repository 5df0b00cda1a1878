import { assertConcept, assertOptions, assertString, assertTermBase } from './validate.js'
import { TermMatcher } from './match.js'
import type { Concept, Term, TermBase } from './types.js'
import { isForbidden } from './types.js'

/** Options of `createGlossary`. */
export interface GlossaryOptions {
  /** Language of the originals, whose terms `missing-term` looks for (default: `'en'`). */
  sourceLanguage?: string | null | undefined
  /** Language of the translations being checked (default: `'it'`). */
  targetLanguage?: string | null | undefined
}

/** A term base compiled for linting: matchers for both languages, built once. */
export interface Glossary {
  termBase: TermBase
  sourceLanguage: string
  targetLanguage: string
  /** Finds target-language terms. */
  target: TermMatcher
  /** Finds source-language terms. */
  source: TermMatcher
}

/**
 * Compile a term base for linting. The target-language matcher is built at once; the
 * source-language one when it is first used (`glossary.source`: a bilingual file, a lint with
 * `--source`, alignment): a lint of translations alone never pays for the source language's
 * morphology.
 *
 * @param termBase - The term base, as `loadTermBases` or `parseTermBase` return it.
 * @param options - Source and target languages (optional).
 */
export function createGlossary(termBase: TermBase, options?: GlossaryOptions | null): Glossary {
  assertTermBase('createGlossary', 'termBase', termBase)
  assertOptions('createGlossary', options)
  const sourceLanguage = options?.sourceLanguage ?? 'en'
  const targetLanguage = options?.targetLanguage ?? 'it'
  let source: TermMatcher | undefined
  return {
    termBase,
    sourceLanguage,
    targetLanguage,
    target: new TermMatcher(termBase, { language: targetLanguage }),
    get source(): TermMatcher {
      return (source ??= new TermMatcher(termBase, { language: sourceLanguage }))
    },
  }
}

/** The terms of a concept in a language, by primary subtag. */
export function termsIn(concept: Concept, language: string): Term[] {
  assertConcept('termsIn', 'concept', concept)
  assertString('termsIn', 'language', language)
  const primary = language.toLowerCase().split('-', 1)[0]
  return concept.terms.filter((term) => term.language.toLowerCase().split('-', 1)[0] === primary)
}

/** The terms to use for a concept: its preferred terms, or its admitted ones when none is preferred. */
export function recommendedTerms(concept: Concept, language: string): Term[] {
  assertConcept('recommendedTerms', 'concept', concept)
  assertString('recommendedTerms', 'language', language)
  const terms = termsIn(concept, language)
  const preferred = terms.filter((term) => term.status === 'preferred')
  return preferred.length > 0 ? preferred : terms.filter((term) => term.status === 'admitted')
}

/** Whether a term may be used. */
export function isAllowedTerm(term: Term): boolean {
  return !isForbidden(term.status)
}

/** How a concept is named in messages: its first source-language term, else its id. */
export function conceptLabel(concept: Concept, sourceLanguage: string): string {
  assertConcept('conceptLabel', 'concept', concept)
  assertString('conceptLabel', 'sourceLanguage', sourceLanguage)
  return termsIn(concept, sourceLanguage)[0]?.text ?? concept.id
}
