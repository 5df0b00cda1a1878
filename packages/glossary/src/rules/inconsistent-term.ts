import { conceptLabel } from '../glossary.js'
import { inflectTerm, type TermMatch } from '../match.js'
import { isForbidden, type Term } from '../types.js'
import { caseLike } from './forbidden-term.js'
import type { Rule } from './types.js'

/**
 * `inconsistent-term`: one document renders one concept with two allowed terms (`Seul` and
 * `Seoul`, `assistenza militare` and `aiuto militare`). The preferred term, where the document
 * uses it, sets the document's choice, else the first rendering does; each occurrence of
 * another is reported, pointing at the chosen one.
 */
export const inconsistentTerm: Rule = {
  id: 'inconsistent-term',
  description: 'One document mixes two allowed terms for one concept',
  defaultSeverity: 'warn',
  check({ file, glossary, segments, targetMatches, report, pointAt }) {
    // Every allowed occurrence, by concept, in document order.
    const uses = new Map<string, Array<{ match: TermMatch; start: number; end: number }>>()
    segments.forEach((segment, index) => {
      for (const match of targetMatches[index] ?? []) {
        if (isForbidden(match.term.status)) continue
        const [start, end] = segment.toFileRange(match.start, match.end)
        const list = uses.get(match.concept.id) ?? []
        list.push({ match, start, end })
        uses.set(match.concept.id, list)
      }
    })
    for (const occurrences of uses.values()) {
      const terms = new Set<Term>(occurrences.map(({ match }) => match.term))
      if (terms.size < 2) continue
      // The preferred term sets the document's choice when it is among them; else the first used.
      const chosen =
        occurrences.find(({ match }) => match.term.status === 'preferred') ?? (occurrences[0] as (typeof occurrences)[number])
      const point = pointAt(chosen.start)
      for (const { match, start, end } of occurrences) {
        if (match.term === chosen.match.term) continue
        const suggestion = caseLike(inflectTerm(chosen.match.term, match.number), match.text)
        const label = conceptLabel(match.concept, glossary.sourceLanguage)
        report({
          reason: `Unexpected \`${match.text}\` for *${label}*, this document also uses \`${chosen.match.text}\` (line ${point.line}); keep one rendering`,
          start,
          end,
          conceptId: match.concept.id,
          actual: match.text,
          expected: [suggestion],
          note: match.concept.note,
          fix: { range: [start, end], text: suggestion },
          cause: {
            reason: `\`${chosen.match.text}\` is used here`,
            file: file.path,
            line: point.line,
            column: point.column,
          },
        })
      }
    }
  },
}
