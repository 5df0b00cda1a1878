/**
 * Where a document can be cut into parts that parse alone as they parse together: micromark
 * resolves some constructs (setext headings, a run of definitions) over all the events of the
 * document so far, so a long document costs the square of its length; parsed in parts, it costs
 * their sum. Link reference definitions serve links in every part: `markdownProse` gives each part
 * the definitions of the others that it uses.
 */

// Blocks that run across blank lines (CommonMark HTML blocks 1 to 5), by opening and closing.
const htmlBlocks: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
]

const fenceOpening = /^ {0,3}(`{3,}|~{3,})([^\n]*)/

// A link reference definition whole on one line, at the margin, stricter than CommonMark (no
// parentheses or backslashes in a bare destination, a title closed on the line): where one ends,
// the next line that opens with `[` starts a definition or a paragraph of its own.
const definitionLine =
  /^\[(?:[^[\]\\]|\\.){0,998}[^[\]\\\s](?:[^[\]\\]|\\.){0,998}\]:[ \t]*(?:<[^<>\n\\]*>|[^\s<>()\\]+)(?:[ \t]+(?:"[^"\\\n]*"|'[^'\\\n]*'))?[ \t]*\r?$/

/** What the scan is inside of: a fenced code block (its fence) or an HTML block (its end). */
interface Inside {
  fence: string
  htmlEnd: RegExp | undefined
}

/** Where the scan is between lines. */
interface Scan extends Inside {
  /** The line before was blank. */
  previousBlank: boolean
  /** Every line since the last blank line is a whole definition (`definitionLine`). */
  definitions: boolean
  /**
   * Every line since the last blank line is a plain line of a paragraph at the margin with no
   * inline construct left open (`plainLine`, `closedLine`): the paragraph may be cut before its
   * next line, once it is known to end at a blank line (not as a setext heading).
   */
  plain: boolean
  /** Where the paragraph could be cut, kept until it ends. */
  pending: number[]
  /**
   * A fenced code or HTML block opened inside a container or indented: the scan does not follow
   * containers, so it cannot tell where that block ends, and cuts no more.
   */
  lost: boolean
}

/** Where a part starts; `inParagraph` when it continues the paragraph of the part before. */
export interface PartStart {
  start: number
  inParagraph: boolean
}

/**
 * Where to cut `markdown` into parts of about `size` characters or more, each cut at the start of
 * a line, at the margin, outside fenced code and HTML blocks: where every open block has ended
 * (after a blank line, before a bullet list item, between two lines of a run of definitions), or
 * inside a paragraph of plain
 * lines that leave no inline construct open (the part after goes on with the paragraph).
 *
 * @param markdown - The document (front matter blanked).
 * @param size - The length a part should reach before it is cut.
 * @returns The start of each part, the first `0`.
 */
export function partStarts(markdown: string, size: number): PartStart[] {
  const starts: PartStart[] = [{ start: 0, inParagraph: false }]
  if (markdown.length < 2 * size) return starts
  const scan: Scan = {
    fence: '',
    htmlEnd: undefined,
    previousBlank: true,
    definitions: false,
    plain: false,
    pending: [],
    lost: false,
  }
  const cut = (start: number, inParagraph: boolean) => {
    const last = (starts.at(-1) as PartStart).start
    if (start - last >= size && markdown.length - start >= size) starts.push({ start, inParagraph })
  }
  for (let start = 0; start < markdown.length;) {
    let end = markdown.indexOf('\n', start)
    if (end === -1) end = markdown.length
    const line = markdown.slice(start, end)
    if (canCut(line, scan)) cut(start, false)
    followParagraph(line, start, scan)
    if (scan.pending.length > 0 && !scan.plain) {
      // The paragraph ended at a blank line: its cuts hold. Otherwise it went on with a line that
      // is not plain (a setext underline, emphasis…): they are dropped.
      if (/^[ \t\r]*$/.test(line)) for (const at of scan.pending) cut(at, true)
      scan.pending.length = 0
    }
    follow(line, scan)
    start = end + 1
  }
  // A paragraph that ends the document.
  for (const at of scan.pending) cut(at, true)
  return starts
}

/** Whether a part may start with `line`, given the scan so far. */
function canCut(line: string, scan: Scan): boolean {
  if (scan.lost || scan.fence || scan.htmlEnd || /^[ \t]/.test(line) || /^[ \t\r]*$/.test(line))
    return false
  return (
    scan.previousBlank ||
    (scan.definitions && line.startsWith('[')) ||
    (bulletItem.test(line) && !thematicBreak.test(line))
  )
}

// A bullet list item at the margin starts a block wherever it stands (it interrupts a paragraph,
// ends any list item or block quote before it): a long list is cut between its items.
const bulletItem = /^[-+*][ \t]+\S/
const thematicBreak = /^(?:[-*_][ \t]*){3,}\r?$/

/** Follow a paragraph of plain lines: note where it could be cut before `line` (at `start`). */
function followParagraph(line: string, start: number, scan: Scan): void {
  if (scan.fence || scan.htmlEnd) return
  const isPlain = (plainLine.test(line) || bracketLine(line)) && closedLine(line)
  if (scan.plain && !scan.previousBlank && isPlain) scan.pending.push(start)
  scan.plain = isPlain && (scan.previousBlank || scan.plain)
}

// A line that starts and goes on a paragraph at the margin and nothing else: its first character
// opens no block (nor a setext underline, a definition, an image), and it does not end in a hard
// line break (spaces or a backslash).
const plainLine =
  /^(?![0-9]{1,9}[.)](?:[ \t\r]|$))[^\s#>\-+*_=<`~[\\!&][^\n]*[^\s\\]\r?$|^[^\s#>\-+*_=<`~[\\!&0-9]\r?$/

/**
 * Whether `line`, opening with `[`, is plain all the same: it cannot start a link reference
 * definition (`[^1]: Nota a piè di pagina.` has text after its destination that no title opens).
 */
function bracketLine(line: string): boolean {
  return line.startsWith('[') && /[^\s\\]\r?$/.test(line) && !maybeDefinition.test(line)
}

// The start of a definition, whole or going on on the next lines: a label, `:`, and at most a
// destination and the start of a title.
const maybeDefinition = /^\[(?:[^[\]\\]|\\.)*\]:[ \t]*(?:\S+(?:[ \t]+["'(][^\n]*)?)?[ \t]*\r?$/

/**
 * Whether `line` leaves no inline construct open for the lines after it to close: no emphasis
 * delimiter, raw HTML or autolink (`<`), code span left unclosed, link label left open, link
 * destination or title left open (a quote inside `](…)` counts as open).
 */
function closedLine(line: string): boolean {
  let brackets = 0
  for (let at = 0; at < line.length; at++) {
    const char = line[at]
    if (char === '\\') at++
    else if (char === '*' || char === '_' || char === '<') return false
    else if (char === '`') {
      at = afterCodeSpan(line, at)
      if (at === -1) return false
    } else if (char === '[') brackets++
    else if (char === ']') {
      brackets = Math.max(0, brackets - 1)
      if (line[at + 1] === '(') {
        at = afterDestination(line, at + 1)
        if (at === -1) return false
      }
    }
  }
  return brackets === 0
}

/** The last backtick of the code span opening at `at`, or -1 when it does not close on the line. */
function afterCodeSpan(line: string, at: number): number {
  let end = at
  while (line[end + 1] === '`') end++
  const run = end - at + 1
  for (let next = line.indexOf('`', end + 1); next !== -1; next = line.indexOf('`', next)) {
    let close = next
    while (line[close + 1] === '`') close++
    if (close - next + 1 === run) return close
    next = close + 1
  }
  return -1
}

/** The `)` that closes `(` at `at`, or -1: parentheses balanced, no quote, escapes skipped. */
function afterDestination(line: string, at: number): number {
  let depth = 0
  for (let index = at; index < line.length; index++) {
    const char = line[index]
    if (char === '\\') index++
    else if (char === '"' || char === "'" || char === '<') return -1
    else if (char === '(') depth++
    else if (char === ')' && --depth === 0) return index
  }
  return -1
}

// Container markers and indentation before a line's content.
const containerPrefix = /^(?:[ \t]|>|[*+-](?=[ \t])|[0-9]{1,9}[.)](?=[ \t]))+/

/** Whether `line` opens a fenced code or HTML block after container markers or indentation. */
function nestedBlock(line: string): boolean {
  const prefix = containerPrefix.exec(line)
  if (!prefix) return false
  const rest = line.slice(prefix[0].length)
  return /^(?:`{3}|~{3})/.test(rest) || htmlBlocks.some(([opening]) => opening.test(rest))
}

/** Update the scan after `line`. */
function follow(line: string, scan: Scan): void {
  const free = !scan.fence && !scan.htmlEnd
  const blank = /^[ \t\r]*$/.test(line)
  const isDefinition = free && definitionLine.test(line)
  scan.definitions = isDefinition && (scan.previousBlank || scan.definitions)
  scan.previousBlank = blank
  if (free && nestedBlock(line)) scan.lost = true
  if (scan.fence) {
    const close = fenceOpening.exec(line)
    if (close && close[1]?.startsWith(scan.fence) && !(close[2] ?? '').trim()) scan.fence = ''
    return
  }
  if (scan.htmlEnd) {
    if (scan.htmlEnd.test(line)) scan.htmlEnd = undefined
    return
  }
  const open = fenceOpening.exec(line)
  if (open && !(open[1]?.startsWith('`') && open[2]?.includes('`'))) {
    scan.fence = open[1] as string
    return
  }
  for (const [opening, closing] of htmlBlocks) {
    if (!opening.test(line)) continue
    // The block may close on the line it opens.
    if (!closing.test(line.replace(opening, ''))) scan.htmlEnd = closing
    return
  }
}
