/**
 * Where a document can be cut into parts that parse alone as they parse together: micromark
 * resolves some constructs (setext headings) over all the events of the document so far, so a
 * long document costs the square of its length; parsed in parts, it costs their sum.
 */

// A reference definition anywhere (`[id]: url`) serves links anywhere: such documents are
// parsed whole. `]:` is rare in prose, so a plain search is enough.
const definition = /\]:/

// Blocks that run across blank lines (CommonMark HTML blocks 1 to 5), by opening and closing.
const htmlBlocks: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
]

const fenceOpening = /^ {0,3}(`{3,}|~{3,})([^\n]*)/

/** What the scan is inside of: a fenced code block (its fence) or an HTML block (its end). */
interface Inside {
  fence: string
  htmlEnd: RegExp | undefined
}

/**
 * The offsets at which to cut `markdown` into parts of about `size` characters or more, each cut
 * at the start of a line that follows a blank line and starts a block of its own (no indentation,
 * not in a fenced code or HTML block): there every open block has ended.
 *
 * @param markdown - The document (front matter blanked).
 * @param size - The length a part should reach before it is cut.
 * @returns The start of each part, the first `0`.
 */
export function partStarts(markdown: string, size: number): number[] {
  const starts = [0]
  if (markdown.length < 2 * size || definition.test(markdown)) return starts
  const inside: Inside = { fence: '', htmlEnd: undefined }
  let previousBlank = false
  for (let start = 0; start < markdown.length;) {
    let end = markdown.indexOf('\n', start)
    if (end === -1) end = markdown.length
    const line = markdown.slice(start, end)
    const blank = /^[ \t\r]*$/.test(line)
    const free = !inside.fence && !inside.htmlEnd
    if (free && previousBlank && !blank && !/^[ \t]/.test(line)) {
      if (start - (starts.at(-1) as number) >= size && markdown.length - start >= size)
        starts.push(start)
    }
    follow(line, inside)
    previousBlank = blank
    start = end + 1
  }
  return starts
}

/** Update what the scan is inside of after `line`. */
function follow(line: string, inside: Inside): void {
  if (inside.fence) {
    const close = fenceOpening.exec(line)
    if (close && close[1]?.startsWith(inside.fence) && !(close[2] ?? '').trim()) inside.fence = ''
    return
  }
  if (inside.htmlEnd) {
    if (inside.htmlEnd.test(line)) inside.htmlEnd = undefined
    return
  }
  const open = fenceOpening.exec(line)
  if (open && !(open[1]?.startsWith('`') && open[2]?.includes('`'))) {
    inside.fence = open[1] as string
    return
  }
  for (const [opening, closing] of htmlBlocks) {
    if (!opening.test(line)) continue
    // The block may close on the line it opens.
    if (!closing.test(line.replace(opening, ''))) inside.htmlEnd = closing
    return
  }
}
