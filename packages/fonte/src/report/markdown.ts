import type { Nodes, Root } from 'mdast'
import { parseArticleTree } from '../pipeline/tree.js'
import { escapeHtml } from './escape.js'

/**
 * A range of the source to wrap in an element: units, findings, boilerplate. Ranges nest by
 * `rank` (lower outside); where one crosses another's edge or a block's, it is cut, and each
 * part after the first opens with `again` instead of `open`, so hooks stay on one element.
 */
export interface Wrap {
  start: number
  end: number
  rank: number
  open: string
  again: string
  close: string
}

/** What `renderMarkdown` writes for each block of text. */
export interface RenderOptions {
  /** Ranges to wrap (default: none). */
  wraps?: readonly Wrap[]
  /**
   * Write on each block a `data-runs` map from its text (as the DOM's text nodes read it) to
   * source offsets: `textStart,sourceStart,length;…`, for the page script to highlight by offset.
   */
  runs?: boolean
  /** Heading levels are shifted by this much (a `##` in the source is `<h2 + shift>`). */
  headingShift?: number
  /** The source's tree as `parseArticleTree` parsed it already (default: parsed here). */
  tree?: Root | undefined
}

interface Inline {
  open: string
  close: string
}

/** A piece of a block: text with the source offset of each UTF-16 unit, or a line break. */
type Atom =
  | { kind: 'text'; value: string; offsets: number[]; stack: Inline[] }
  | { kind: 'break'; stack: Inline[]; soft?: boolean }

/**
 * Markdown as HTML, with ranges of the source wrapped in elements at their exact offsets:
 * headings, paragraphs (a line break in a paragraph stays one), lists, block quotes, links,
 * emphasis and code; raw HTML is left out, and YAML front matter too.
 *
 * @param source - The Markdown source.
 * @param options - Ranges to wrap, and whether to write offset maps.
 */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  const tree = options.tree ?? parseArticleTree(source)
  const wraps = [...(options.wraps ?? [])].sort(
    (a, b) => a.rank - b.rank || a.start - b.start || b.end - a.end,
  )
  const state: State = { source, wraps, opened: new Set(), options }
  return blocks(tree.children as Nodes[], state)
}

interface State {
  source: string
  wraps: Wrap[]
  /** Wraps already opened once: later parts open with `again`. */
  opened: Set<Wrap>
  options: RenderOptions
}

function blocks(nodes: readonly Nodes[], state: State): string {
  return nodes.map((node) => block(node, state)).join('\n')
}

function block(node: Nodes, state: State): string {
  switch (node.type) {
    case 'paragraph':
      return inlineBlock('p', node.children as Nodes[], state)
    case 'heading': {
      const level = Math.min(6, node.depth + (state.options.headingShift ?? 0))
      return inlineBlock(`h${level}`, node.children as Nodes[], state)
    }
    case 'blockquote':
      return `<blockquote>${blocks(node.children as Nodes[], state)}</blockquote>`
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul'
      return `<${tag}>${blocks(node.children as Nodes[], state)}</${tag}>`
    }
    case 'listItem':
      return `<li>${blocks(node.children as Nodes[], state)}</li>`
    case 'thematicBreak':
      return '<hr>'
    case 'code':
      return `<pre><code>${escapeHtml(node.value)}</code></pre>`
    case 'table':
      return blocks(
        node.children.flatMap((row) => row.children.map((cell) => cell)) as Nodes[],
        state,
      )
    case 'tableCell':
      return inlineBlock('p', node.children as Nodes[], state)
    default:
      // Raw HTML, definitions, footnotes: not shown.
      return ''
  }
}

/**
 * A block of inline content. A line break inside a paragraph starts a new one: bodies written
 * one paragraph a line (no blank lines between) read as they were written.
 */
function inlineBlock(tag: string, children: readonly Nodes[], state: State): string {
  const atoms: Atom[] = []
  for (const child of children) collect(child, [], atoms, state.source)
  if (tag !== 'p') return inlineLine(tag, atoms, state)
  const lines: Atom[][] = [[]]
  for (const atom of atoms) {
    if (atom.kind === 'break' && atom.soft) lines.push([])
    else (lines[lines.length - 1] as Atom[]).push(atom)
  }
  return lines
    .map((line) => inlineLine(tag, line, state))
    .filter(Boolean)
    .join('\n')
}

/** A line of inline content: its atoms, cut at wrap edges, nested wraps outside markup. */
function inlineLine(tag: string, atoms: readonly Atom[], state: State): string {
  let html = ''
  let open: Array<Wrap | Inline> = []
  const runs: number[][] = []
  let textLength = 0
  const moveTo = (wanted: Array<Wrap | Inline>) => {
    let common = 0
    while (common < open.length && common < wanted.length && open[common] === wanted[common])
      common++
    for (let index = open.length - 1; index >= common; index--)
      html += (open[index] as Wrap | Inline).close
    for (const item of wanted.slice(common)) {
      if ('rank' in item) {
        html += state.opened.has(item) ? item.again : item.open
        state.opened.add(item)
      } else html += item.open
    }
    open = wanted
  }
  for (const atom of atoms) {
    if (atom.kind === 'break') {
      html += '<br>'
      continue
    }
    for (const piece of cut(atom, state.wraps)) {
      moveTo([...piece.wraps, ...atom.stack])
      html += escapeHtml(piece.value)
      const last = runs[runs.length - 1]
      if (last && last[1]! + last[2]! === piece.source && last[0]! + last[2]! === textLength)
        last[2]! += piece.value.length
      else runs.push([textLength, piece.source, piece.value.length])
      textLength += piece.value.length
    }
  }
  moveTo([])
  if (!html.trim()) return ''
  const map = state.options.runs ? ` data-runs="${runs.map((run) => run.join(',')).join(';')}"` : ''
  return `<${tag}${map}>${html}</${tag}>`
}

/**
 * The text atom cut where wraps start and end, each piece with the wraps over it (outer first)
 * and its source offset. Where the source offsets jump (an escape, a line's markup), a piece ends.
 */
function cut(
  atom: Extract<Atom, { kind: 'text' }>,
  wraps: readonly Wrap[],
): Array<{ value: string; source: number; wraps: Wrap[] }> {
  const offsets = atom.offsets
  const length = atom.value.length
  if (length === 0) return []
  // Offsets one after another (the value is the source's text, as most are): the range is its
  // ends, and only the offsets where a wrap starts or ends are looked at, not every one.
  const first = offsets[0] as number
  const contiguous = offsets[length - 1] === first + length - 1 && isRun(offsets)
  const [low, high] = contiguous ? [first, first + length - 1] : bounds(offsets)
  // Only the wraps over some of the atom's offsets are looked at: a page has hundreds of wraps,
  // an atom a few.
  const near = wraps.filter((wrap) => wrap.start <= high && low < wrap.end)
  return contiguous ? cutRun(atom, near, first) : cutEach(atom, near)
}

/** Whether each offset is one more than the one before. */
function isRun(offsets: readonly number[]): boolean {
  for (let index = 1; index < offsets.length; index++)
    if ((offsets[index] as number) !== (offsets[index - 1] as number) + 1) return false
  return true
}

function bounds(offsets: readonly number[]): [number, number] {
  let low = Number.POSITIVE_INFINITY
  let high = Number.NEGATIVE_INFINITY
  for (const offset of offsets) {
    low = Math.min(low, offset)
    high = Math.max(high, offset)
  }
  return [low, high]
}

/**
 * `cut` of an atom whose offsets run on from `first`: the wraps over it change only at an offset
 * where one starts or ends, so those are the only ones looked at, in order.
 */
function cutRun(
  atom: Extract<Atom, { kind: 'text' }>,
  near: readonly Wrap[],
  first: number,
): Array<{ value: string; source: number; wraps: Wrap[] }> {
  const pieces: Array<{ value: string; source: number; wraps: Wrap[] }> = []
  const end = first + atom.value.length
  const edges = new Set<number>()
  for (const wrap of near) {
    if (wrap.start > first && wrap.start < end) edges.add(wrap.start)
    if (wrap.end > first && wrap.end < end) edges.add(wrap.end)
  }
  let over = wrapsAt(near, first)
  let from = 0
  for (const offset of [...edges].sort((a, b) => a - b)) {
    const now = wrapsAt(near, offset)
    if (sameWraps(over, now)) continue
    pieces.push(piece(atom, from, offset - first, over))
    from = offset - first
    over = now
  }
  pieces.push(piece(atom, from, atom.value.length, over))
  return pieces
}

function wrapsAt(near: readonly Wrap[], offset: number): Wrap[] {
  return near.filter((wrap) => wrap.start <= offset && offset < wrap.end)
}

/** `cut` of any atom: offset by offset, a piece ending where they jump or the wraps change. */
function cutEach(
  atom: Extract<Atom, { kind: 'text' }>,
  near: readonly Wrap[],
): Array<{ value: string; source: number; wraps: Wrap[] }> {
  const pieces: Array<{ value: string; source: number; wraps: Wrap[] }> = []
  // Stepping one offset on, the wraps over it change only where one starts or ends.
  const edges = new Set<number>()
  for (const wrap of near) edges.add(wrap.start).add(wrap.end)
  const offsets = atom.offsets
  let over: Wrap[] = []
  let from = 0
  for (let index = 0; index < atom.value.length; index++) {
    const offset = offsets[index] as number
    const contiguous = index > 0 && (offsets[index - 1] as number) + 1 === offset
    if (contiguous && !edges.has(offset)) continue
    const now = wrapsAt(near, offset)
    if (contiguous && sameWraps(over, now)) continue
    if (index > 0) pieces.push(piece(atom, from, index, over))
    from = index
    over = now
  }
  pieces.push(piece(atom, from, atom.value.length, over))
  return pieces
}

/** The part of a text atom from `from` to `to`, with the wraps over it. */
function piece(
  atom: Extract<Atom, { kind: 'text' }>,
  from: number,
  to: number,
  wraps: Wrap[],
): { value: string; source: number; wraps: Wrap[] } {
  return { value: atom.value.slice(from, to), source: atom.offsets[from] as number, wraps }
}

function sameWraps(a: readonly Wrap[], b: readonly Wrap[]): boolean {
  return a.length === b.length && a.every((wrap, index) => wrap === b[index])
}

/** The inline atoms of a node, with the markup elements they sit in. */
function collect(node: Nodes, stack: Inline[], atoms: Atom[], source: string): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      if (start === undefined || end === undefined) return
      const within = stack
      const code: Inline[] =
        node.type === 'inlineCode' ? [...within, { open: '<code>', close: '</code>' }] : within
      const lines = node.value.split('\n')
      const offsets = sourceOffsets(node.value, source, start, end)
      let at = 0
      lines.forEach((line, index) => {
        if (index > 0) atoms.push({ kind: 'break', stack: code, soft: true })
        if (line)
          atoms.push({
            kind: 'text',
            value: line,
            offsets: offsets.slice(at, at + line.length),
            stack: code,
          })
        at += line.length + 1
      })
      return
    }
    case 'break':
      atoms.push({ kind: 'break', stack })
      return
    case 'emphasis':
    case 'strong':
    case 'delete': {
      const tag = node.type === 'emphasis' ? 'em' : node.type === 'strong' ? 'strong' : 'del'
      const inner = [...stack, { open: `<${tag}>`, close: `</${tag}>` }]
      for (const child of node.children as Nodes[]) collect(child, inner, atoms, source)
      return
    }
    case 'link': {
      const inner = [
        ...stack,
        { open: `<a href="${escapeHtml(safeUrl(node.url))}">`, close: '</a>' },
      ]
      for (const child of node.children as Nodes[]) collect(child, inner, atoms, source)
      return
    }
    default:
      if ('children' in node)
        for (const child of node.children as Nodes[]) collect(child, stack, atoms, source)
  }
}

/** Links to the web or to a place in the page; anything else (`javascript:`) is dropped. */
function safeUrl(url: string): string {
  return /^(?:https?:|mailto:|#)/i.test(url) ? url : '#'
}

/**
 * The source offset of each UTF-16 unit of a node's value, within `source.slice(from, to)`:
 * the value itself where it is the source, else matched in order, stepping over escapes
 * (`\*`), character references (`&amp;`) and the markup that continues a block (`> `).
 */
function sourceOffsets(value: string, source: string, from: number, to: number): number[] {
  const offsets: number[] = []
  const slice = source.slice(from, to)
  const inside = slice.indexOf(value)
  if (inside !== -1) {
    for (let index = 0; index < value.length; index++) offsets.push(from + inside + index)
    return offsets
  }
  let cursor = from
  for (let index = 0; index < value.length; index++) {
    const char = value[index] as string
    if (source[cursor] === '\\' && source[cursor + 1] === char) cursor++
    else if (source[cursor] === '&' && source[cursor] !== char) {
      const semicolon = source.indexOf(';', cursor)
      if (semicolon > cursor && semicolon - cursor <= 32 && semicolon < to) {
        offsets.push(cursor)
        cursor = semicolon + 1
        continue
      }
    }
    if (source[cursor] !== char) {
      const found = source.indexOf(char, cursor)
      if (found !== -1 && found < to) cursor = found
    }
    offsets.push(Math.min(cursor, to - 1))
    cursor = Math.min(cursor + 1, to)
  }
  return offsets
}
