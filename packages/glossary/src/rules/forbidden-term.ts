import { conceptLabel, recommendedTerms, termsIn, type Glossary } from '../glossary.js'
import type { TermMatch } from '../match.js'
import { isForbidden } from '../types.js'
import { replacementFor } from './agree.js'
import { documentEvidence } from './evidence.js'
import type { Rule } from './types.js'

/**
 * `forbidden-term`: a deprecated, superseded or forbidden term is used. Suggests the preferred
 * term in the form the sentence needs (see `replacementFor`): `partenariati strategici completi`
 * → `partenariati strategici globali`, `bit settati` → `bit impostati`, and fixes only a
 * one-for-one swap. Where the source is known (XLIFF, PO, `--source`), a term is reported only
 * where the source holds the concept it is forbidden for: `archivio`, forbidden for *file*, is
 * right where the English says "archive".
 */
export const forbiddenTerm: Rule = {
  id: 'forbidden-term',
  description: 'A term the term base forbids (deprecated or superseded) is used',
  defaultSeverity: 'error',
  check({ glossary, segments, targetMatches, sourceMatches, report }) {
    // Read only when a fix needs the gender of a noun the morphology does not know.
    const document = documentEvidence(() => segments.map((segment) => segment.text))
    const evidence = { documentGender: document.gender, documentAgreement: document.agreement }
    segments.forEach((segment, index) => {
      const inTarget = targetMatches[index] ?? []
      for (const match of inTarget) {
        if (!isForbidden(match.term.status) || match.uncertain) continue
        if (!sourceHasConcept(glossary, match, sourceMatches[index], inTarget)) continue
        const recommended = recommendedTerms(match.concept, glossary.targetLanguage)
        const replacements = recommended.map((term) =>
          replacementFor(match, term, segment.text, evidence),
        )
        const expected = [
          ...new Set(replacements.map((replacement) => caseLike(replacement.text, match.text))),
        ]
        const [start, end] = segment.toSourceRange(match.start, match.end)
        const label = conceptLabel(match.concept, glossary.sourceLanguage)
        const suggestion = expected[0]
        const fix = replacements[0]?.fix
        const fixRange = fix ? segment.toSourceRange(fix.start, fix.end) : undefined
        report({
          reason: suggestion
            ? `Unexpected ${match.term.status} term \`${match.text}\` for *${label}*, expected \`${suggestion}\``
            : `Unexpected ${match.term.status} term \`${match.text}\` for *${label}*`,
          start,
          end,
          conceptId: match.concept.id,
          actual: match.text,
          expected,
          note: match.term.note ?? match.concept.note,
          fix: fix && fixRange ? { range: fixRange, text: fix.text } : undefined,
          fixReplaces: fix ? segment.text.slice(fix.start, fix.end) : undefined,
          cause: match.term.place
            ? {
                reason: `\`${match.term.text}\` is ${match.term.status} in ${match.term.place.file}`,
                file: match.term.place.file,
                line: match.term.place.start.line,
                column: match.term.place.start.column,
              }
            : undefined,
        })
      }
    })
  },
}

/** Give a suggestion the capital first letter of the text it replaces (a sentence start). */
export function caseLike(suggestion: string, original: string): string {
  const first = original.charAt(0)
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return suggestion
  return suggestion.charAt(0).toUpperCase() + suggestion.slice(1)
}

/**
 * Whether a forbidden occurrence stands for the concept it is forbidden for: always in
 * monolingual text, and in a bilingual segment when the source holds the concept, unless the
 * word is also an allowed term of another concept in the source, or the target already renders
 * this one with an allowed term as often as the source names it.
 */
export function sourceHasConcept(
  glossary: Glossary,
  match: TermMatch,
  inSource: readonly TermMatch[] | undefined,
  inTarget: readonly TermMatch[],
): boolean {
  if (inSource === undefined || termsIn(match.concept, glossary.sourceLanguage).length === 0)
    return true
  const named = inSource.filter((other) => other.concept.id === match.concept.id).length
  if (named === 0) return false
  // The word is an allowed term of another concept the source names (`archivio` where the
  // English says "archive file"): it renders that one.
  const otherConcepts = new Set(inSource.map((other) => other.concept.id))
  const allowedElsewhere = inTarget.some(
    (other) =>
      other.start === match.start &&
      other.end === match.end &&
      other.concept.id !== match.concept.id &&
      !isForbidden(other.term.status) &&
      otherConcepts.has(other.concept.id),
  )
  if (allowedElsewhere) return false
  // The target already renders the concept as often as the source names it: the forbidden
  // word renders something else (`archivio di backup` for "backing store").
  const rendered = inTarget.filter(
    (other) => other.concept.id === match.concept.id && !isForbidden(other.term.status),
  ).length
  return rendered < named
}

/**
 * Whether the source names the concept of a target occurrence: always true in monolingual text
 * and for concepts without source-language terms.
 */
export function sourceNames(
  glossary: Glossary,
  match: TermMatch,
  inSource: readonly TermMatch[] | undefined,
): boolean {
  if (inSource === undefined || termsIn(match.concept, glossary.sourceLanguage).length === 0)
    return true
  return inSource.some((other) => other.concept.id === match.concept.id)
}
