/**
 * The splitter's result as sentence-splitter TxtAST nodes, for textlint rules and other code
 * written against sentence-splitter's `split`.
 *
 * @module
 */

import type { SentenceSplitterTxtNode, TxtSentenceNode, TxtWhiteSpaceNode } from 'sentence-splitter'
import { location } from 'vfile-location'
import { check } from './arguments.js'
import { extractQuotes } from './quotes.js'
import { resolveOptions, splitSentences } from './split.js'
import type { SplitOptions } from './types.js'

type Position = { line: number; column: number }
type PairMarkContext = TxtSentenceNode['contexts'][number] & {
  pairMark: { key: string; start: string; end: string }
}

// The marks split off a sentence's end as its `Punctuation` node.
const trailingPunctuation = new Set('.!?…»”’"\')]›')

/**
 * Split Italian text into sentence-splitter's TxtAST nodes: `Sentence` nodes (children `Str`
 * and a final `Punctuation`, quotation pairs in `contexts`) with the `WhiteSpace` between them,
 * carrying `raw`, `range` and `loc` (1-based lines, 0-based columns) as sentence-splitter's
 * `split` does. The nodes' `raw` values concatenated rebuild the input.
 *
 * @param text - The text to split.
 * @param options - The same options as `splitSentences` (optional).
 * @returns The nodes in order, covering the whole input.
 * @throws {TypeError} When `text` is not a string or an option has a value it does not accept.
 */
export function splitToTxtAst(
  text: string,
  options?: SplitOptions | null,
): SentenceSplitterTxtNode[] {
  check.string('splitToTxtAst', 'text', text)
  // Checked here so that a wrong option names this function, not the ones it calls.
  resolveOptions('splitToTxtAst', options)
  const sentences = splitSentences(text, options)
  const quotes = extractQuotes(text, options)
  const locate = locator(text)
  const nodes: SentenceSplitterTxtNode[] = []
  let cursor = 0
  let quoteIndex = 0

  const whiteSpace = (start: number, end: number): TxtWhiteSpaceNode => {
    const raw = text.slice(start, end)
    return { type: 'WhiteSpace', raw, value: raw, range: [start, end], loc: loc(start, end) }
  }
  const loc = (start: number, end: number) => ({ start: locate(start), end: locate(end) })

  for (const sentence of sentences) {
    if (sentence.start > cursor) nodes.push(whiteSpace(cursor, sentence.start))
    const bodyEnd = punctuationStart(text, sentence.start, sentence.end)
    const punctuation = text.slice(bodyEnd, sentence.end)
    const children: TxtSentenceNode['children'] = []
    if (bodyEnd > sentence.start) {
      const raw = text.slice(sentence.start, bodyEnd)
      children.push({
        type: 'Str',
        raw,
        value: raw,
        range: [sentence.start, bodyEnd],
        loc: loc(sentence.start, bodyEnd),
      })
    }
    if (punctuation) {
      children.push({
        type: 'Punctuation',
        raw: punctuation,
        value: punctuation,
        range: [bodyEnd, sentence.end],
        loc: loc(bodyEnd, sentence.end),
      })
    }
    const contexts: PairMarkContext[] = []
    while (quoteIndex < quotes.length && (quotes[quoteIndex]?.openStart ?? 0) < sentence.start)
      quoteIndex++
    for (let index = quoteIndex; index < quotes.length; index++) {
      const quote = quotes[index]
      if (!quote || quote.openStart >= sentence.end) break
      if (quote.closeEnd > sentence.end) continue
      contexts.push({
        type: 'PairMark',
        pairMark: { key: `${quote.open}${quote.close} quote`, start: quote.open, end: quote.close },
        range: [quote.openStart, quote.closeEnd],
        loc: loc(quote.openStart, quote.closeEnd),
      })
    }
    nodes.push({
      type: 'Sentence',
      raw: sentence.text,
      range: [sentence.start, sentence.end],
      loc: loc(sentence.start, sentence.end),
      children,
      contexts,
    })
    cursor = sentence.end
  }
  if (cursor < text.length) nodes.push(whiteSpace(cursor, text.length))
  return nodes
}

/**
 * Offset → 1-based line and 0-based column, as sentence-splitter's nodes carry them, with lines
 * counted as the rest of fonte counts them (vfile-location: `\r\n`, `\r` and `\n`). A byte order
 * mark stays a column here, unlike in fonte's own reports (`@fonte/location`): textlint gives the
 * text with the mark and counts it, and a node's `loc` must name the characters its `range` does.
 */
function locator(text: string): (offset: number) => Position {
  const place = location(text)
  return (offset) => {
    const point = place.toPoint(offset)
    // Offsets come from the splitter, so always within the text: a miss is a bug here.
    if (!point) throw new RangeError(`Offset ${offset} is outside the text`)
    return { line: point.line, column: point.column - 1 }
  }
}

/**
 * Where the run of final punctuation at the end of `text.slice(start, end)` starts. A backward
 * scan: a `$`-anchored regex retried at every mark of a long run inside the sentence is
 * quadratic.
 */
function punctuationStart(text: string, start: number, end: number): number {
  let at = end
  while (at > start && trailingPunctuation.has(text[at - 1] as string)) at--
  return at
}
