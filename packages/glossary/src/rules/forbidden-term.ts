import { conceptLabel, recommendedTerms } from '../glossary.js'
import { inflectTerm } from '../match.js'
import { isForbidden } from '../types.js'
import type { Rule } from './types.js'

/**
 * `forbidden-term`: a deprecated, superseded or forbidden term is used. Suggests the preferred
 * term inflected like the occurrence: `partenariati strategici completi` → `partenariati
 * strategici globali`.
 */
export const forbiddenTerm: Rule = {
  id: 'forbidden-term',
  description: 'A term the term base forbids (deprecated or superseded) is used',
  defaultSeverity: 'error',
  check({ glossary, segments, targetMatches, report }) {
    segments.forEach((segment, index) => {
      for (const match of targetMatches[index] ?? []) {
        if (!isForbidden(match.term.status)) continue
        const recommended = recommendedTerms(match.concept, glossary.targetLanguage)
        const expected = recommended.map((term) => inflectTerm(term, match.number)).map((text) => caseLike(text, match.text))
        const [start, end] = segment.toFileRange(match.start, match.end)
        const label = conceptLabel(match.concept, glossary.sourceLanguage)
        const suggestion = expected[0]
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
          fix: suggestion ? { range: [start, end], text: suggestion } : undefined,
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
