import type { Nodes, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/**
 * The prose of a document as one string, with a map back to the source: what a checker reads.
 */
export interface Prose {
  /** The prose: text of the document, blocks separated by a blank line. */
  text: string
  /** The offset in the source of the character at `offset` in `text`. */
  toSource: (offset: number) => number
  /**
   * The source range of `text.slice(start, end)`: `[toSource(start), toSource(end - 1) + 1]`,
   * so a span that crosses markup (`**difesa** reciproca`) covers the markup too.
   */
  toSourceRange: (start: number, end: number) => [number, number]
  /** The blocks (paragraphs, headings, table cells…) as ranges of `text`, in order. */
  blocks: Array<{ type: string; start: number; end: number }>
}

interface Piece {
  /** Offset of the piece in the prose text. */
  at: number
  /** Offset of the piece in the source. */
  source: number
  /** Length in the prose text. */
  length: number
  /** Length in the source (differs where the source escapes characters: `\*`, `&amp;`). */
  sourceLength: number
  /**
   * Source offset of each character, where the source is not the text itself: escapes,
   * character references, and the `> ` or indentation that continues a block quote or list item.
   */
  offsets?: number[]
}

/**
 * Stands where code or raw HTML was, so that no term or sentence is read across it: an object
 * replacement character, which is neither a letter nor whitespace.
 */
export const barrier = '\uFFFC'

// Blocks whose text is prose; each starts on a fresh line of the prose text.
const blockTypes = new Set(['paragraph', 'heading', 'tableCell', 'definition'])

/**
 * Read a Markdown document as prose: YAML front matter left out, the text of paragraphs, headings, block quotes, list items,
 * table cells, emphasis and link text, with inline formatting removed (`la **difesa** reciproca`
 * reads `la difesa reciproca`) and code spans, code blocks and raw HTML left out. Every character
 * of the prose maps back to its offset in the source.
 *
 * @param markdown - The Markdown source.
 * @returns The prose, its blocks, and the map back to the source.
 */
export function markdownProse(markdown: string): Prose {
  const tree = unified().use(remarkParse).parse(blankFrontMatter(markdown)) as Root
  const pieces: Piece[] = []
  const blocks: Prose['blocks'] = []
  let text = ''
  // The last two characters of `text`, kept apart: `text.endsWith` flattens the string built
  // by `+=` on every call, which made a 1 MB document take 36 s (4 MB over 8 minutes).
  let tail = ''

  const append = (value: string, source: number, sourceLength: number, isText = false) => {
    const piece: Piece = { at: text.length, source, length: value.length, sourceLength }
    if (isText && markdown.slice(source, source + sourceLength) !== value) {
      piece.offsets = alignOffsets(value, markdown, source, source + sourceLength)
    }
    pieces.push(piece)
    text += value
    tail = (tail + value).slice(-2)
  }
  const separate = (source: number) => {
    if (text.length > 0 && tail !== '\n\n') append(tail.endsWith('\n') ? '\n' : '\n\n', source, 0)
  }

  const visit = (node: Nodes, inBlock: boolean) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'text') {
      if (start !== undefined && end !== undefined) append(node.value, start, end - start, true)
      return
    }
    if (node.type === 'inlineCode' || node.type === 'code' || node.type === 'html') {
      if (start === undefined || end === undefined) return
      // Code blocks and block HTML stand on their own; inline code sits inside a sentence.
      if (!inBlock) separate(start)
      append(barrier, start, end - start)
      return
    }
    if (node.type === 'break') {
      if (start !== undefined && end !== undefined) append('\n', start, end - start)
      return
    }
    const isBlock = blockTypes.has(node.type)
    if (isBlock && start !== undefined) separate(start)
    const blockStart = text.length
    if ('children' in node) {
      for (const child of node.children as Nodes[]) visit(child, inBlock || isBlock)
    }
    if (isBlock && text.length > blockStart)
      blocks.push({ type: node.type, start: blockStart, end: text.length })
  }
  visit(tree, false)

  const toSource = (offset: number): number => {
    if (pieces.length === 0) return 0
    let low = 0
    let high = pieces.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((pieces[middle] as Piece).at <= offset) low = middle
      else high = middle - 1
    }
    const piece = pieces[low] as Piece
    const within = offset - piece.at
    if (within >= piece.length) return piece.source + piece.sourceLength
    if (piece.offsets) return piece.offsets[within] as number
    // A barrier or separator stands for its whole source range.
    if (piece.length !== piece.sourceLength) return piece.source
    return piece.source + within
  }
  const toSourceRange = (start: number, end: number): [number, number] => {
    if (end <= start) return [toSource(start), toSource(start)]
    return [toSource(start), toSource(end - 1) + 1]
  }
  return { text, toSource, toSourceRange, blocks }
}

// A byte order mark may come first: editors on Windows write one before the `---`.
const frontMatter = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/

/**
 * YAML front matter is metadata, not prose: blank it out, keeping every line break so that
 * offsets, lines and columns stay those of the file.
 */
function blankFrontMatter(markdown: string): string {
  const match = frontMatter.exec(markdown)
  if (!match) return markdown
  return match[0].replace(/[^\r\n]/g, ' ') + markdown.slice(match[0].length)
}

/**
 * The source offset of each character of `value`, a text node's value, within
 * `source.slice(from, to)`: characters are matched in order, stepping over backslash escapes,
 * character references (`&amp;`) and the markup that continues a block (`> `, indentation).
 */
function alignOffsets(value: string, source: string, from: number, to: number): number[] {
  const offsets: number[] = []
  let cursor = from
  for (const char of value) {
    const units = char.length
    if (source.startsWith(char, cursor)) {
      for (let unit = 0; unit < units; unit++) offsets.push(cursor + unit)
      cursor += units
      continue
    }
    if (source[cursor] === '\\' && source.startsWith(char, cursor + 1)) {
      for (let unit = 0; unit < units; unit++) offsets.push(cursor + 1 + unit)
      cursor += 1 + units
      continue
    }
    if (source[cursor] === '&') {
      const semicolon = source.indexOf(';', cursor)
      if (semicolon > cursor && semicolon - cursor <= 32 && semicolon < to) {
        for (let unit = 0; unit < units; unit++) offsets.push(cursor)
        cursor = semicolon + 1
        continue
      }
    }
    // Block markup between lines: step to the next occurrence of the character.
    const found = source.indexOf(char, cursor)
    const at = found === -1 || found >= to ? cursor : found
    for (let unit = 0; unit < units; unit++) offsets.push(Math.min(at + unit, to))
    cursor = Math.min(at + units, to)
  }
  return offsets
}

/**
 * Read plain text as prose: the text itself, each offset its own.
 *
 * @param text - The text.
 * @returns The prose, with one block per paragraph (blank-line separated).
 */
export function plainProse(text: string): Prose {
  const blocks: Prose['blocks'] = []
  const paragraph = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g
  let match: RegExpExecArray | null
  while ((match = paragraph.exec(text))) {
    if (match[0].trim())
      blocks.push({ type: 'paragraph', start: match.index, end: match.index + match[0].length })
  }
  return { text, toSource: (offset) => offset, toSourceRange: (start, end) => [start, end], blocks }
}
