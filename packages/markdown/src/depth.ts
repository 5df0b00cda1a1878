import { argumentError, checkString } from './arguments.js'

/**
 * The nesting a document may have: beyond it the Markdown parser (micromark) takes time that
 * grows with the square of the nesting or worse (a blockquote 10,000 deep, 20,000 nested `*`:
 * minutes), so documents beyond it are refused before they are parsed.
 */
export const markdownLimits = {
  /**
   * Block containers (block quotes, list items) open at once on a line. The CommonMark preset of
   * markdown-it stops at 20; articles rarely nest beyond 5.
   */
  containers: 32,
  /**
   * Emphasis delimiter runs (`*`, `_` that can open or close emphasis) in one paragraph:
   * micromark matches each closer by scanning back over the paragraph, so many runs in one
   * paragraph cost their number times its length.
   */
  delimiterRuns: 1000,
  /** Length of one emphasis delimiter run (`***` is 3): micromark resolves it two at a time. */
  delimiterRunLength: 32,
} as const

/** Options of `checkMarkdownDepth` and `markdownProse`. */
export interface DepthOptions {
  /** The document's file name, put before the line and column in messages (optional). */
  file?: string | null | undefined
}

/**
 * A document nested deeper than fonte parses safely (`markdownLimits`), with the 1-based line and
 * column where the limit is passed. The message reads `file:line:column: Unexpected …`.
 */
export class MarkdownDepthError extends Error {
  /** The document's file name, when given. */
  readonly file: string | undefined
  /** 1-based line. */
  readonly line: number
  /** 1-based column. */
  readonly column: number
  /** The limit passed. */
  readonly limit: number

  /**
   * @param place - Where the limit is passed: file (optional), 1-based line and column.
   * @param reason - What is wrong, as a sentence after the place.
   * @param limit - The limit passed.
   */
  constructor(
    place: { file?: string | undefined; line: number; column: number },
    reason: string,
    limit: number,
  ) {
    if (typeof place !== 'object' || place === null)
      throw argumentError('MarkdownDepthError', 'place', 'a {file?, line, column} object', place)
    const prefix = `${place.file === undefined ? '' : `${place.file}:`}${place.line}:${place.column}`
    super(`${prefix}: ${reason}`)
    this.name = 'MarkdownDepthError'
    this.file = place.file
    this.line = place.line
    this.column = place.column
    this.limit = limit
  }
}

/** Where a problem is, before the line and column are counted. */
interface Found {
  offset: number
  reason: string
  limit: number
}

/**
 * Refuse a document nested deeper than `markdownLimits`, in one linear pass over its lines,
 * before it is parsed: container markers at line starts (`>`, list bullets and numbers, and the
 * indentation that nests lists), and emphasis delimiter runs outside code.
 *
 * @param markdown - The document.
 * @param options - The file name for messages (optional).
 * @throws {MarkdownDepthError} When the document is nested beyond a limit.
 */
export function checkMarkdownDepth(markdown: string, options?: DepthOptions | null): void {
  checkString('checkMarkdownDepth', 'markdown', markdown)
  const found = scan(markdown)
  if (!found) return
  const file = options?.file ?? undefined
  let line = 1
  let lineStart = 0
  for (
    let at = markdown.indexOf('\n');
    at !== -1 && at < found.offset;
    at = markdown.indexOf('\n', at + 1)
  ) {
    line++
    lineStart = at + 1
  }
  throw new MarkdownDepthError(
    { file, line, column: found.offset - lineStart + 1 },
    found.reason,
    found.limit,
  )
}

/** The state of the scan between lines. */
interface ScanState {
  /** The fence (``` or ~~~ run) of the fenced code block the line is in, or `''`. */
  fence: string
  /** Delimiter runs in the paragraph so far. */
  runs: number
  /**
   * The first backslash, backtick, `*` or `_` at or after `markFrom` (`Infinity`: none): found
   * once for many lines, so that the scan of each line jumps to it rather than stepping through
   * every character, and no part of the text is searched twice.
   */
  mark: number
  markFrom: number
}

function scan(markdown: string): Found | undefined {
  const state: ScanState = { fence: '', runs: 0, mark: -1, markFrom: 0 }
  let start = 0
  while (start <= markdown.length) {
    let end = markdown.indexOf('\n', start)
    if (end === -1) end = markdown.length
    const found = scanLine(markdown, start, end, state)
    if (found) return found
    start = end + 1
  }
  return undefined
}

// A thematic break (`* * *`, `- - - -`) is not a list however many markers it has.
const thematicBreak = /^[ \t]*([-*_])(?:[ \t]*\1)*[ \t]*\r?$/

// An ATX heading is a paragraph of its own.
const heading = /^#{1,6}(?:[ \t\r]|$)/

function scanLine(text: string, start: number, end: number, state: ScanState): Found | undefined {
  if (!state.fence && thematicBreak.test(text.slice(start, end))) {
    state.runs = 0
    return undefined
  }
  const prefix = containerPrefix(text, start, end)
  if (prefix.deepest !== -1) {
    return {
      offset: prefix.deepest,
      reason: `Unexpected block quotes and list items nested more than ${markdownLimits.containers} deep, expected a document nested less deeply`,
      limit: markdownLimits.containers,
    }
  }
  const content = prefix.end
  if (prefix.list || heading.test(text.slice(content, content + 8))) state.runs = 0
  if (isBlank(text, content, end)) {
    state.runs = 0
    return undefined
  }
  const fence = fenceAt(text, content, end)
  if (state.fence) {
    if (
      fence &&
      fence[0] === state.fence[0] &&
      fence.length >= state.fence.length &&
      isBlank(text, content + fence.length, end)
    )
      state.fence = ''
    return undefined
  }
  if (fence) {
    state.fence = fence
    state.runs = 0
    return undefined
  }
  return scanInline(text, content, end, state)
}

/** The container markers at the start of a line. */
interface Prefix {
  /**
   * Where the markers first nest deeper than `markdownLimits.containers` (each two columns of
   * indentation before a marker counting as a level, as a nested list item needs them), or -1.
   */
  deepest: number
  /** Whether a list item starts on the line (which starts a paragraph too). */
  list: boolean
  /** Where the line's content starts. */
  end: number
}

/** The container markers at the start of a line: how deep they nest, and where the content starts. */
function containerPrefix(text: string, start: number, end: number): Prefix {
  let markers = 0
  let columns = 0
  let deepest = -1
  let list = false
  let at = start
  for (;;) {
    while (at < end && (text[at] === ' ' || text[at] === '\t'))
      columns += text[at++] === '\t' ? 4 : 1
    const marker = markerLength(text, at, end)
    if (marker === 0) return { deepest, list, end: at }
    markers++
    if (text[at] !== '>') list = true
    if (deepest === -1 && markers + (columns >> 1) > markdownLimits.containers) deepest = at
    at += marker
    // The one space after a marker belongs to it: `> > x` is two deep, not three.
    if (at < end && (text[at] === ' ' || text[at] === '\t')) at++
  }
}

/** Length of the container marker at `at` (`>`, `-`, `+`, `*`, `1.`, `1)`), or 0. */
function markerLength(text: string, at: number, end: number): number {
  const char = text[at]
  if (char === '>') return 1
  const follows = (index: number) => index >= end || /[ \t\r]/.test(text[index] as string)
  if (char === '-' || char === '+' || char === '*') return follows(at + 1) ? 1 : 0
  let digits = 0
  while (digits < 9 && at + digits < end && isDigit(text.charCodeAt(at + digits))) digits++
  if (digits === 0) return 0
  const after = text[at + digits]
  return (after === '.' || after === ')') && follows(at + digits + 1) ? digits + 1 : 0
}

/** The run of ``` or ~~~ (three or more) a fenced code block opens or closes with at `at`, or `''`. */
function fenceAt(text: string, at: number, end: number): string {
  const char = text[at]
  if (char !== '`' && char !== '~') return ''
  let length = 0
  while (at + length < end && text[at + length] === char) length++
  if (length < 3) return ''
  // An info string with a backtick makes ``` a code span, not a fence.
  if (char === '`' && text.slice(at + length, end).includes('`')) return ''
  return char.repeat(length)
}

/** Count the emphasis delimiter runs of a line's content, skipping code spans and escapes. */
const inlineMark = /[\\`*_]/g

/** The first inline mark (`ScanState.mark`) at or after `at`. */
function nextMark(text: string, at: number, state: ScanState): number {
  if (at < state.markFrom || state.mark < at) {
    inlineMark.lastIndex = at
    state.mark = inlineMark.exec(text)?.index ?? Infinity
    state.markFrom = at
  }
  return state.mark
}

function scanInline(text: string, start: number, end: number, state: ScanState): Found | undefined {
  let at = start
  while (at < end) {
    // Only marks do anything: the characters before the next one are stepped over at once.
    at = nextMark(text, at, state)
    if (at >= end) break
    const char = text[at] as string
    if (char === '\\') {
      at += 2
      continue
    }
    if (char === '`') {
      at = afterCodeSpan(text, at, end)
      continue
    }
    let runEnd = at + 1
    while (runEnd < end && text[runEnd] === char) runEnd++
    if (isDelimiter(text, at, runEnd, start, end)) {
      if (runEnd - at > markdownLimits.delimiterRunLength)
        return {
          offset: at,
          reason: `Unexpected run of more than ${markdownLimits.delimiterRunLength} \`${char}\`, expected a shorter emphasis delimiter (escape it as \`\\${char}\`)`,
          limit: markdownLimits.delimiterRunLength,
        }
      if (++state.runs > markdownLimits.delimiterRuns)
        return {
          offset: at,
          reason: `Unexpected paragraph with more than ${markdownLimits.delimiterRuns} emphasis delimiters (\`*\`, \`_\`), expected a shorter paragraph`,
          limit: markdownLimits.delimiterRuns,
        }
    }
    at = runEnd
  }
  return undefined
}

/** After a code span opening at `at` (its closing backtick run, on the line), or after the run when it is not closed. */
function afterCodeSpan(text: string, at: number, end: number): number {
  let runEnd = at + 1
  while (runEnd < end && text[runEnd] === '`') runEnd++
  const run = text.slice(at, runEnd)
  for (
    let close = text.indexOf(run, runEnd);
    close !== -1 && close < end;
    close = text.indexOf(run, close + 1)
  ) {
    let closeEnd = close + run.length
    if (text[closeEnd] !== '`' && text[close - 1] !== '`') return closeEnd
    while (closeEnd < end && text[closeEnd] === '`') closeEnd++
    close = closeEnd - 1
  }
  return runEnd
}

// Unicode whitespace and punctuation, as CommonMark's flanking rules read them.
const whitespace = /\s/u
const punctuation = /[\p{P}\p{S}]/u

/**
 * Whether the run `text.slice(start, end)` of `*` or `_` can open or close emphasis (CommonMark's
 * left- and right-flanking), the line ends counting as whitespace.
 */
function isDelimiter(
  text: string,
  start: number,
  end: number,
  lineStart: number,
  lineEnd: number,
): boolean {
  const before = start > lineStart ? (text[start - 1] as string) : ' '
  const after = end < lineEnd ? (text[end] as string) : ' '
  const left =
    !whitespace.test(after) &&
    (!punctuation.test(after) || whitespace.test(before) || punctuation.test(before))
  const right =
    !whitespace.test(before) &&
    (!punctuation.test(before) || whitespace.test(after) || punctuation.test(after))
  // Between two letters or digits, `_` neither opens nor closes: `snake_case`.
  if (text[start] === '_' && left && right)
    return punctuation.test(before) || punctuation.test(after)
  return left || right
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const char = text[at]
    if (char !== ' ' && char !== '\t' && char !== '\r') return false
  }
  return true
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
