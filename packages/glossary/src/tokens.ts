/**
 * What stands between two word tokens: a space (any run of whitespace within one paragraph), a
 * hyphen, an apostrophe (straight or typographic, as in elision: `dell’ONU`), or a break
 * (punctuation, a blank line, a code span) that no term may span.
 */
export type Separator = ' ' | '-' | "'" | '|'

/** A word of a text, with its place and the separator before it. */
export interface Token {
  /** The word as written. */
  text: string
  /** The word in NFC, lower case: what case-insensitive matching compares. */
  key: string
  /** Offset of the word's first code unit. */
  start: number
  /** Offset just past the word. */
  end: number
  /** What stands between this word and the previous one (`'|'` for the first word). */
  before: Separator
}

// A word: letters, combining marks (NFD accents: `neutralita\u0300`) and digits.
const word = /[\p{L}\p{M}\p{N}]+/gu
const whitespace = /^\s+$/
const hyphens = new Set(['-', '\u2010', '\u2011'])
const apostrophes = new Set(["'", '\u2019', '\u02BC'])
const nonAscii = /[^ -~\t\n\r]/

/** The key a word is compared by when case does not matter. */
export function keyOf(text: string): string {
  return (nonAscii.test(text) ? text.normalize('NFC') : text).toLowerCase()
}

/**
 * Cut text into word tokens, Unicode-aware (`\p{L}`, not `\b`, so `neutralità` is one word), each
 * with the separator before it.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = -1
  word.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = word.exec(text))) {
    const start = match.index
    const end = start + match[0].length
    tokens.push({
      text: match[0],
      key: keyOf(match[0]),
      start,
      end,
      before: previousEnd < 0 ? '|' : separatorOf(text, previousEnd, start),
    })
    previousEnd = end
  }
  return tokens
}

function separatorOf(text: string, from: number, to: number): Separator {
  if (to - from === 1) {
    const char = text[from] as string
    if (hyphens.has(char)) return '-'
    if (apostrophes.has(char)) return "'"
  }
  const gap = text.slice(from, to)
  if (!whitespace.test(gap)) return '|'
  // A blank line ends a paragraph: no term reads across it.
  const firstBreak = gap.indexOf('\n')
  return firstBreak !== -1 && gap.indexOf('\n', firstBreak + 1) !== -1 ? '|' : ' '
}
