import { conceptLabel } from '../glossary.js'
import type { TermMatch } from '../match.js'
import { isForbidden } from '../types.js'
import { replacementFor } from './agree.js'
import { documentEvidence } from './evidence.js'
import { caseLike, sourceNames } from './forbidden-term.js'
import type { Rule } from './types.js'

/**
 * `inconsistent-term`: one document renders one concept with two allowed terms (`Seul` and
 * `Seoul`, `assistenza militare` and `aiuto militare`). The preferred term, where the document
 * uses it, sets the document's choice, else the first rendering does; each occurrence of
 * another is reported, pointing at the chosen one. Forms of one term (`imposta`, `impostato`) are
 * one rendering, and in a bilingual segment an occurrence counts only where the source holds the
 * concept, and is compared only with renderings of the same source term.
 */
export const inconsistentTerm: Rule = {
  id: 'inconsistent-term',
  description: 'One document mixes two allowed terms for one concept',
  defaultSeverity: 'warn',
  check({ file, glossary, segments, targetMatches, sourceMatches, report, pointAt }) {
    // Read only when a fix needs the gender of a noun the morphology does not know.
    const document = documentEvidence(() => segments.map((segment) => segment.text))
    const evidence = { documentGender: document.gender, documentAgreement: document.agreement }
    // Every allowed occurrence, by concept, in document order.
    const uses = new Map<
      string,
      Array<{ match: TermMatch; start: number; end: number; segment: number }>
    >()
    segments.forEach((segment, index) => {
      const inTarget = targetMatches[index] ?? []
      for (const match of inTarget) {
        if (isForbidden(match.term.status) || match.uncertain) continue
        if (!sourceNames(glossary, match, sourceMatches[index])) continue
        const [start, end] = segment.toSourceRange(match.start, match.end)
        // Where the source is known, one source term rendered two ways is inconsistent; two
        // source terms of one concept ("folder", "directory") may each keep their own rendering.
        const named = (sourceMatches[index] ?? [])
          .filter((other) => other.concept.id === match.concept.id)
          .map((other) => other.term.text)
        const key = `${match.concept.id}\u0000${[...new Set(named)].sort().join('\u0000')}`
        const list = uses.get(key) ?? []
        list.push({ match, start, end, segment: index })
        uses.set(key, list)
      }
    })
    for (const occurrences of uses.values()) {
      const renderings = new Set(occurrences.map(({ match }) => match.rendering))
      if (renderings.size < 2) continue
      // The preferred term sets the document's choice when it is among them; else the first used.
      const chosen =
        occurrences.find(({ match }) => match.term.status === 'preferred') ??
        (occurrences[0] as (typeof occurrences)[number])
      const point = pointAt(chosen.start)
      for (const { match, start, end, segment: index } of occurrences) {
        if (match.rendering === chosen.match.rendering) continue
        const segment = segments[index] as (typeof segments)[number]
        const replacement = replacementFor(match, chosen.match.term, segment.text, evidence)
        const suggestion = caseLike(replacement.text, match.text)
        const fixRange = replacement.fix
          ? segment.toSourceRange(replacement.fix.start, replacement.fix.end)
          : undefined
        const label = conceptLabel(match.concept, glossary.sourceLanguage)
        report({
          reason: `Unexpected \`${match.text}\` for *${label}*, this document also uses \`${chosen.match.text}\` (line ${point.line}); keep one rendering`,
          start,
          end,
          conceptId: match.concept.id,
          actual: match.text,
          expected: [suggestion],
          note: match.concept.note,
          fix:
            replacement.fix && fixRange
              ? { range: fixRange, text: replacement.fix.text }
              : undefined,
          fixReplaces: replacement.fix
            ? segment.text.slice(replacement.fix.start, replacement.fix.end)
            : undefined,
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
