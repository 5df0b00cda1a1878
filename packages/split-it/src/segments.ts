import { continuingWords } from './italian.js'
import type { LineBreakMode } from './types.js'

/** A stretch of text between two hard breaks; sentences never cross its ends. */
export interface Segment {
  start: number
  end: number
  /** The break that closes the segment. */
  boundary: 'line-break' | 'paragraph-break' | 'end-of-text'
}

interface Line {
  start: number
  /** End of the line's content, before its line terminator. */
  end: number
  blank: boolean
}

const lineTerminator = /\r\n|[\n\r\u2028\u2029]/g
const nonBlank = /[^\s]/
// A line that starts a list item or a Markdown heading always starts a new sentence.
const blockStart = /^[ \t]{0,3}(?:[-*+•–—][ \t]|\d{1,3}[.)][ \t]|#{1,6}[ \t])/
const heading = /^[ \t]{0,3}#{1,6}[ \t]/

// Lines of wrapped prose are close to a fixed width; news pasted one paragraph a line gives
// lines far longer (paragraphs) or far shorter (headlines, bylines).
const wrappedMinLength = 40
const wrappedMaxLength = 100

/**
 * Cut `text` into segments at blank lines and at the line breaks that `lineBreaks` says end a
 * sentence. Runs in one pass; whitespace stays inside the segments (the caller trims).
 */
export function segment(text: string, lineBreaks: LineBreakMode): Segment[] {
  const lines = splitLines(text)
  const segments: Segment[] = []
  let blockFirst = 0
  let segmentStart = 0

  const closeBlock = (lastLine: number) => {
    // lines[blockFirst..lastLine] are the non-blank lines of one paragraph.
    const guessed = lineBreaks === 'auto'
    const width = guessed ? widest(lines, blockFirst, lastLine) : 0
    for (let index = blockFirst; index < lastLine; index++) {
      const line = lines[index] as Line
      const next = lines[index + 1] as Line
      const lineText = text.slice(line.start, line.end)
      const nextText = text.slice(next.start, next.end)
      if (
        lineBreaks === 'boundary' ||
        heading.test(lineText) ||
        blockStart.test(nextText) ||
        (guessed && !wrappedInto(line, next, index + 1 === lastLine, lineText, nextText, width))
      ) {
        segments.push({ start: segmentStart, end: line.end, boundary: 'line-break' })
        segmentStart = next.start
      }
    }
  }

  let inBlock = false
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    if (line.blank) {
      if (inBlock) {
        closeBlock(index - 1)
        const last = lines[index - 1] as Line
        segments.push({ start: segmentStart, end: last.end, boundary: 'paragraph-break' })
        segmentStart = line.start
        inBlock = false
      }
    } else if (!inBlock) {
      inBlock = true
      blockFirst = index
    }
  }
  if (inBlock) closeBlock(lines.length - 1)
  segments.push({ start: segmentStart, end: text.length, boundary: 'end-of-text' })
  return segments
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  lineTerminator.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = lineTerminator.exec(text))) {
    lines.push(makeLine(text, start, match.index))
    start = match.index + match[0].length
  }
  lines.push(makeLine(text, start, text.length))
  return lines
}

function makeLine(text: string, start: number, end: number): Line {
  return { start, end, blank: !nonBlank.test(text.slice(start, end)) }
}

function length(line: Line): number {
  return line.end - line.start
}

/** The longest line of the block that could be a line of wrapped prose: the wrapping width. */
function widest(lines: Line[], first: number, last: number): number {
  let width = 0
  for (let index = first; index <= last; index++) {
    const size = length(lines[index] as Line)
    if (size <= wrappedMaxLength) width = Math.max(width, size)
  }
  return width
}

/**
 * Whether `line` is a line of wrapped prose that goes on in `next`. Lines of wrapped prose are
 * 40 to 100 characters long, only the last line of a paragraph is shorter, and none is longer
 * (a headline, a byline or a short paragraph stands on a shorter line; a paragraph pasted on
 * one line is longer), and the break is where a line-filling wrapper would have put it.
 */
function wrappedInto(
  line: Line,
  next: Line,
  nextIsLast: boolean,
  lineText: string,
  nextText: string,
  width: number,
): boolean {
  const size = length(line)
  if (size < wrappedMinLength || size > wrappedMaxLength) return false
  if (length(next) > wrappedMaxLength) return false
  // Only a paragraph's last line is short: a short line inside the block stands on its own
  // (a byline, a caption, `key: value` metadata).
  if (!nextIsLast && length(next) < wrappedMinLength) return false
  return !brokenEarly(lineText, nextText, width)
}

const firstWord = /^\s*\S+/
const lastWord = /(?:^|\s)(\p{L}+)\s*$/u
const startsLower = /^\s*\p{Ll}/u
const continuing = new Set(continuingWords)
// A line ending in a comma, colon, semicolon or hyphen goes on below whatever its length.
const continues = /[,;:-]\s*$/

/**
 * Whether a line of wrapped prose was broken by hand: the next line's first word would have
 * fitted within the paragraph's width, so a line-filling wrapper (fmt, an editor's hard wrap,
 * a mail client) did not break there. This is how a headline or a byline above wrapped text
 * is told from the text: `Corea e Russia firmano un patto⏎Il presidente russo…`.
 */
function brokenEarly(lineText: string, nextText: string, width: number): boolean {
  if (continues.test(lineText) || startsLower.test(nextText)) return false
  // `… ha ricevuto il⏎Presidente …`: an article or preposition always has its word after it.
  const last = lastWord.exec(lineText.slice(-40))?.[1]
  if (last !== undefined && continuing.has(last.toLowerCase())) return false
  const word = firstWord.exec(nextText)?.[0].trimStart() ?? ''
  return word !== '' && lineText.trimEnd().length + 1 + word.length <= width
}
