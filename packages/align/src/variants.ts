import { diffArrays } from 'diff'
import type { AlignedQuote, QuoteMatch } from './quotes.js'

/** One piece of a word diff: text both renderings share, or that only one has. */
export interface DiffPart {
  value: string
  /** Only in the second rendering. */
  added: boolean
  /** Only in the first rendering. */
  removed: boolean
}

const segmenter = new Intl.Segmenter('it', { granularity: 'word' })

const elision = /^(\p{L}+['’])(\p{L}.*)$/u

/**
 * Italian-aware tokens for diffing: words as `Intl.Segmenter` cuts them, with elided articles and
 * prepositions cut off their word (ICU keeps `dell’accordo` whole; here it is `dell’` and
 * `accordo`), punctuation, and whitespace runs, which together rebuild the text.
 */
export function diffTokens(text: string): string[] {
  const tokens: string[] = []
  for (const { segment } of segmenter.segment(text)) {
    const elided = elision.exec(segment)
    if (elided) tokens.push(elided[1] as string, elided[2] as string)
    else tokens.push(segment)
  }
  return tokens
}

/**
 * A word-level diff between two Italian renderings of the same original, built with jsdiff's
 * `diffArrays` on `diffTokens` (jsdiff's own advice for languages its word diff does not know).
 * Whitespace differences are not reported as changes.
 *
 * @param first - One rendering.
 * @param second - Another.
 * @returns The parts in order; the parts not `added` rebuild `first`, those not `removed` `second`.
 */
export function diffRenderings(first: string, second: string): DiffPart[] {
  const parts = diffArrays(diffTokens(first), diffTokens(second), {
    comparator: (left: string, right: string) =>
      left === right || (left.trim() === '' && right.trim() === ''),
  })
  return parts.map((part) => ({
    value: part.value.join(''),
    added: Boolean(part.added),
    removed: Boolean(part.removed),
  }))
}

/** One Italian rendering of an English original, in an article. */
export interface Rendering {
  /** The article it is in. */
  file: string
  quote: AlignedQuote
  match: QuoteMatch
}

/** Italian renderings of one English original. */
export interface RenderingGroup {
  /** The English original: the widest of the matched spans that overlap. */
  original: QuoteMatch
  renderings: Rendering[]
}

/**
 * Group quotations from several articles by the English original they were matched to
 * (overlapping spans of the same source), keeping the groups with two different renderings
 * or more.
 *
 * @param articles - Each article's file and its `alignQuotes(…).quotes`, all aligned against the
 *   same pool of English sources.
 * @param options - `minimumScore`: the lowest match score a quotation is grouped with (default: 0.6).
 */
export function groupRenderings(
  articles: ReadonlyArray<{ file: string; quotes: readonly AlignedQuote[] }>,
  options?: { minimumScore?: number | null | undefined } | null,
): RenderingGroup[] {
  // Grouping multiplies a wrong match into a wrong comparison: only confident matches count.
  const minimumScore = options?.minimumScore ?? 0.6
  const groups: RenderingGroup[] = []
  for (const article of articles) {
    for (const quote of article.quotes) {
      const match = quote.match
      if (!match || match.score < minimumScore) continue
      const group = groups.find(
        (candidate) =>
          candidate.original.file === match.file &&
          candidate.original.start < match.end &&
          match.start < candidate.original.end,
      )
      const rendering = { file: article.file, quote, match }
      if (!group) {
        groups.push({ original: match, renderings: [rendering] })
        continue
      }
      group.renderings.push(rendering)
      if (match.end - match.start > group.original.end - group.original.start)
        group.original = match
    }
  }
  return groups.filter(
    (group) =>
      new Set(group.renderings.map((rendering) => normalise(rendering.quote.text))).size > 1,
  )
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}
