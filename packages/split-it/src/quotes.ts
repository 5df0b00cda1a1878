import { check } from './arguments.js'
import { findPairs } from './pairs.js'
import { segment } from './segments.js'
import { resolveOptions } from './split.js'
import type { Quote, SplitOptions } from './types.js'

/**
 * Find every quotation in Italian text: the text between « », “ ”, ‘ ’, „ “, ‹ › and straight
 * quotation marks, nested quotations included.
 *
 * A quotation opened with one double mark and closed with another (`“…"`, `"…”`, `„…"`, as text
 * that went through a CMS or a word processor prints it) is paired too; `open` and `close` say
 * which marks were used.
 *
 * Quotations never cross a blank line, nor a line break that ends a sentence under
 * `options.lineBreaks`; a mark left unclosed pairs with nothing, so it never swallows the text
 * after it. `’` between two letters is an apostrophe, not a closing mark.
 *
 * @param text - The text to search; any string.
 * @param options - Only `lineBreaks` is used here (optional).
 * @returns The quotations in order of their opening mark; `text` is the text inside the marks,
 *   `start`/`end` its offsets, `openStart`/`closeEnd` those of the marks around it.
 * @throws {TypeError} When `text` is not a string or an option has a value it does not accept.
 *
 * @example
 * ```ts
 * extractQuotes('Ha detto: «Siamo “pronti”».')
 * // → [{text: 'Siamo “pronti”', start: 11, end: 25, open: '«', close: '»', depth: 0, …},
 * //    {text: 'pronti', start: 18, end: 24, open: '“', close: '”', depth: 1, …}]
 * ```
 */
export function extractQuotes(text: string, options?: SplitOptions | null): Quote[] {
  check.string('extractQuotes', 'text', text)
  const settings = resolveOptions('extractQuotes', options)
  const quotes: Quote[] = []
  for (const part of segment(text, settings.lineBreaks)) {
    for (const pair of findPairs(text, part.start, part.end)) {
      if (pair.kind !== 'quote') continue
      const start = pair.openAt + pair.open.length
      const end = pair.closeAt
      quotes.push({
        text: text.slice(start, end),
        start,
        end,
        open: pair.open,
        close: pair.close,
        openStart: pair.openAt,
        closeEnd: pair.closeAt + pair.close.length,
        depth: pair.depth,
      })
    }
  }
  return quotes
}
