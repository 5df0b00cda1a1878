import { conceptLabel, recommendedTerms, termsIn } from '../glossary.js'
import type { Term } from '../types.js'
import type { Rule } from './types.js'

/**
 * `missing-term` (bilingual): the source text of a segment contains a concept, and its
 * translation contains none of the concept's terms. Needs the source: XLIFF and PO carry it, and
 * Markdown or text gets it with `--source`. A translation that uses a forbidden term is left to
 * `forbidden-term`.
 */
export const missingTerm: Rule = {
  id: 'missing-term',
  description: 'The source has a concept its translation does not render with an allowed term',
  defaultSeverity: 'error',
  check({ glossary, segments, targetMatches, sourceMatches, report }) {
    segments.forEach((segment, index) => {
      const inSource = sourceMatches[index]
      if (!inSource || inSource.length === 0) return
      const rendered = new Set((targetMatches[index] ?? []).map((match) => match.concept.id))
      const reported = new Set<string>()
      for (const match of inSource) {
        const concept = match.concept
        if (rendered.has(concept.id) || reported.has(concept.id)) continue
        // A source word the translation keeps as it is (`git archive`, `delete [breakpoints]`,
        // `<file>`) is a command, keyword or placeholder, not prose to translate.
        if (
          containsWord(segment.text, match.text) ||
          containsWord(segment.text, match.text.toUpperCase())
        )
          continue
        // A compound written as one word holds the term (`filesystem`, `sottodirectory`).
        if (inCompound(segment.text, recommendedTerms(concept, glossary.targetLanguage))) continue
        const expected = recommendedTerms(concept, glossary.targetLanguage).map((term) => term.text)
        if (termsIn(concept, glossary.targetLanguage).length === 0 || expected.length === 0)
          continue
        reported.add(concept.id)
        const [start] = segment.toSourceRange(0, segment.text.length)
        // A msgid can be a paragraph: its start on one line names the entry well enough.
        const name = segment.id?.replace(/\s+/g, ' ').trim()
        const where = name
          ? ` in \`${name.length > 48 ? `${name.slice(0, 47).trimEnd()}…` : name}\``
          : ''
        report({
          reason: `Missing term for *${conceptLabel(concept, glossary.sourceLanguage)}* (source: \`${match.text}\`)${where}, expected \`${expected[0]}\``,
          start,
          conceptId: concept.id,
          actual: match.text,
          expected,
          note: concept.note,
        })
      }
    })
  },
}

/** Whether `word` occurs in `text` as a whole word, with its case. */
function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text.charAt(at - 1)
    const after = text.charAt(at + word.length)
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true
  }
  return false
}

/** Whether a single-word allowed term opens or closes a longer word of `text` (a compound). */
function inCompound(text: string, terms: readonly Term[]): boolean {
  const lower = text.toLowerCase()
  return terms.some((term) => {
    const word = term.text.toLowerCase()
    if (!/^[\p{L}]{4,}$/u.test(word)) return false
    for (const [compound] of lower.matchAll(/[\p{L}]+/gu)) {
      if (compound.length < word.length + 3) continue
      // At either end, and not after a negating prefix (`disabilitare` is not `abilitare`).
      if (compound.startsWith(word)) return true
      if (
        compound.endsWith(word) &&
        !/^(?:dis|de|in|non|s|ri)$/.test(compound.slice(0, -word.length))
      )
        return true
    }
    return false
  })
}
