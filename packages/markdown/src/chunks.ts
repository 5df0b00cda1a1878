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
}

/**
 * The offsets at which to cut `markdown` into parts of about `size` characters or more, each cut
 * at the start of a line, at the margin, outside fenced code and HTML blocks, where every open
 * block has ended: after a blank line, or between two lines of a run of definitions.
 *
 * @param markdown - The document (front matter blanked).
 * @param size - The length a part should reach before it is cut.
 * @returns The start of each part, the first `0`.
 */
export function partStarts(markdown: string, size: number): number[] {
  const starts = [0]
  if (markdown.length < 2 * size) return starts
  const scan: Scan = { fence: '', htmlEnd: undefined, previousBlank: true, definitions: false }
  for (let start = 0; start < markdown.length;) {
    let end = markdown.indexOf('\n', start)
    if (end === -1) end = markdown.length
    const line = markdown.slice(start, end)
    if (canCut(line, scan)) {
      if (start - (starts.at(-1) as number) >= size && markdown.length - start >= size)
        starts.push(start)
    }
    follow(line, scan)
    start = end + 1
  }
  return starts
}

/** Whether a part may start with `line`, given the scan so far. */
function canCut(line: string, scan: Scan): boolean {
  if (scan.fence || scan.htmlEnd || /^[ \t]/.test(line) || /^[ \t\r]*$/.test(line)) return false
  return scan.previousBlank || (scan.definitions && line.startsWith('['))
}

/** Update the scan after `line`. */
function follow(line: string, scan: Scan): void {
  const free = !scan.fence && !scan.htmlEnd
  const blank = /^[ \t\r]*$/.test(line)
  const isDefinition = free && definitionLine.test(line)
  scan.definitions = isDefinition && (scan.previousBlank || scan.definitions)
  scan.previousBlank = blank
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
