import { argumentError, checkString } from './arguments.js'
import type { Nodes, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { checkMarkdownDepth, type DepthOptions } from './depth.js'
import { partStarts, type PartStart } from './chunks.js'
import { borrowedDefinitions, readDefinitions } from './definitions.js'
import { blankFrontMatter, readFrontMatter } from './front-matter.js'
import { MappedTextBuilder, verbatimText, type MappedText } from './mapped-text.js'

/**
 * The prose of a document as one mapped text, with its blocks: what a checker reads.
 */
export interface Prose extends MappedText {
  /** The prose: text of the document, blocks separated by a blank line. */
  text: string
  /** The blocks (paragraphs, headings, table cells…) as ranges of `text`, in order. */
  blocks: Array<{ type: string; start: number; end: number }>
}

// Blocks whose text is prose; each starts on a fresh line of the prose text.
const blockTypes = new Set(['paragraph', 'heading', 'tableCell', 'definition'])

/**
 * Read a Markdown document as prose: YAML front matter left out, the text of paragraphs,
 * headings, block quotes, list items, table cells, emphasis and link text, with inline formatting
 * removed (`la **difesa** reciproca` reads `la difesa reciproca`) and code spans, code blocks and
 * raw HTML left out. Every character of the prose maps back to its offset in the source.
 *
 * @param markdown - The Markdown source.
 * @param options - The file name for error messages (optional).
 * @returns The prose, its blocks, and the map back to the source.
 * @throws {MarkdownDepthError} When the document is nested deeper than `markdownLimits`.
 */
export function markdownProse(markdown: string, options?: DepthOptions | null): Prose {
  checkString('markdownProse', 'markdown', markdown)
  const known = remembered.get(markdown)
  if (known) return known
  checkMarkdownDepth(markdown, options)
  const blanked = blankFrontMatter(markdown)
  const reading = startReading(markdown)
  const starts = partStarts(blanked, partSize)
  const parts = starts.map(({ start }, index) =>
    blanked.slice(start, starts[index + 1]?.start ?? blanked.length),
  )
  const processor = unified().use(remarkParse)
  const definitions = parts.length > 1 ? readDefinitions(parts, processor) : undefined
  for (let index = 0; index < parts.length; index++) {
    const { start, inParagraph } = starts[index] as PartStart
    const part = parts[index] as string
    if (inParagraph) goOnWithParagraph(reading, start)
    const defined = definitions?.byPart[index]
    const appendix = definitions ? borrowedDefinitions(part, defined, definitions.all) : ''
    const tree = appendix || !defined ? (processor.parse(appendix + part) as Root) : defined.tree
    // Each part's tree is let go once read: the parts are not all held at once.
    if (definitions) definitions.byPart[index] = undefined
    read(reading, tree, start - appendix.length, start)
  }
  return finishReading(reading)
}

// Long documents are parsed in parts of about this many characters (see `partStarts`).
const partSize = 4096

// A step of the walk: enter a node, or close a block entered earlier.
type Step = { node: Nodes; inBlock: boolean } | { close: string; start: number }

// Prose read from trees that unified plugins were given, by document: see `rememberProse`.
const remembered = new Map<string, Prose>()
const rememberedSize = 4

/**
 * Let `markdownProse(markdown)` answer `prose` without parsing, for the few documents remembered
 * last (4): a unified plugin that read the prose of the tree it was given remembers it, so that
 * the libraries it calls (glossary lint, quote alignment) read the same prose instead of parsing
 * the document again.
 *
 * @param markdown - The document, as `markdownProse` will be given it.
 * @param prose - Its prose (`proseOfTree`), or `null` to forget it.
 */
export function rememberProse(markdown: string, prose: Prose | null): void {
  remembered.delete(markdown)
  if (prose === null) return
  remembered.set(markdown, prose)
  for (const key of remembered.keys()) {
    if (remembered.size <= rememberedSize) break
    remembered.delete(key)
  }
}

/**
 * The prose of an mdast tree parsed from `markdown` (positions are offsets into it): the tree a
 * unified plugin is given, read without parsing again. Nodes in the YAML front matter are left
 * out (a tree parsed without a front-matter plugin reads it as a heading). The walk keeps its
 * own stack, so a document nested 10,000 deep does not overflow the call stack.
 *
 * @param tree - The tree, with positions.
 * @param markdown - The source it was parsed from.
 * @returns The prose, its blocks, and the map back to the source.
 */
export function proseOfTree(tree: Root, markdown: string): Prose {
  if (typeof tree !== 'object' || tree === null || !Array.isArray((tree as Partial<Root>).children))
    throw argumentError('proseOfTree', 'tree', 'an mdast tree', tree)
  checkString('proseOfTree', 'markdown', markdown)
  const reading = startReading(markdown)
  read(reading, tree, 0)
  return finishReading(reading)
}

/** A document being read into prose, a tree (or a part's tree) at a time. */
interface Reading {
  markdown: string
  builder: MappedTextBuilder
  blocks: Prose['blocks']
  /** Where the front matter ends: nodes before are not prose. */
  bodyOffset: number
  /** Where a part starts that goes on with the paragraph the part before ended with. */
  continues?: number | undefined
}

/**
 * A part starts inside a paragraph (`partStarts`): the line break before it is read as the
 * paragraph's own, and the paragraph it starts with goes on with the last block read.
 */
function goOnWithParagraph(reading: Reading, start: number): void {
  const lineBreak = reading.markdown[start - 2] === '\r' ? start - 2 : start - 1
  reading.builder.appendVerbatim(reading.markdown.slice(lineBreak, start), lineBreak)
  reading.continues = start
}

/** Open a block: after a separator, or (the paragraph a part goes on with) as the last block. */
function openBlock(reading: Reading, node: Nodes, start: number | undefined): Step {
  const { blocks, builder } = reading
  const last = blocks.at(-1)
  if (start === reading.continues && node.type === 'paragraph' && last?.type === 'paragraph') {
    blocks.pop()
    return { close: node.type, start: last.start }
  }
  if (start !== undefined) separate(builder, start)
  return { close: node.type, start: builder.length }
}

/** Start a block on a fresh line: a blank line after the prose so far. */
function separate(builder: MappedTextBuilder, source: number): void {
  if (builder.length > 0 && !builder.endsWith('\n\n'))
    builder.appendSpan(builder.endsWith('\n') ? '\n' : '\n\n', source)
}

function startReading(markdown: string): Reading {
  const { bodyOffset } = readFrontMatter(markdown)
  return { markdown, builder: new MappedTextBuilder(), blocks: [], bodyOffset }
}

function finishReading(reading: Reading): Prose {
  return { ...reading.builder.build(), blocks: reading.blocks }
}

/**
 * Read the prose of `tree`, whose positions are offsets from `delta` in the document; nodes
 * before `from` (front matter, definitions borrowed from other parts) are not read.
 */
function read(reading: Reading, tree: Root, delta: number, from = 0): void {
  const { markdown, builder, blocks } = reading
  const bodyOffset = Math.max(reading.bodyOffset, from)
  const stack: Step[] = [{ node: tree, inBlock: false }]
  for (let step = stack.pop(); step; step = stack.pop()) {
    if ('close' in step) {
      if (builder.length > step.start)
        blocks.push({ type: step.close, start: step.start, end: builder.length })
      continue
    }
    const { node, inBlock } = step
    const start = offsetOf(node.position?.start, delta)
    const end = offsetOf(node.position?.end, delta)
    if (start !== undefined && start < bodyOffset && node.type !== 'root') continue
    if (isLeaf(node)) {
      if (start === undefined || end === undefined) continue
      if (node.type === 'text') appendText(builder, node.value, markdown, start, end)
      else if (node.type === 'break') builder.appendSpan('\n', start, end)
      else {
        // Code blocks and block HTML stand on their own; inline code sits inside a sentence.
        if (!inBlock) separate(builder, start)
        builder.appendBarrier(start, end)
      }
      continue
    }
    const isBlock = blockTypes.has(node.type)
    if (isBlock) stack.push(openBlock(reading, node, start))
    if ('children' in node) {
      const children = node.children as Nodes[]
      for (let index = children.length - 1; index >= 0; index--)
        stack.push({ node: children[index] as Nodes, inBlock: inBlock || isBlock })
    }
  }
}

function offsetOf(point: { offset?: number | undefined } | undefined, delta: number) {
  return point?.offset === undefined ? undefined : point.offset + delta
}

type Leaf = Extract<Nodes, { type: 'text' | 'break' | 'inlineCode' | 'code' | 'html' }>

// Nodes that stand for text of their own: text, a line break, or code and HTML left out.
function isLeaf(node: Nodes): node is Leaf {
  const type = node.type
  return (
    type === 'text' ||
    type === 'break' ||
    type === 'inlineCode' ||
    type === 'code' ||
    type === 'html'
  )
}

// A text node: verbatim where the source is the text itself, else mapped character by character.
function appendText(
  builder: MappedTextBuilder,
  value: string,
  source: string,
  from: number,
  to: number,
): void {
  if (to - from === value.length && source.startsWith(value, from)) {
    builder.appendVerbatim(value, from)
  } else builder.appendMapped(value, alignOffsets(value, source, from, to), to)
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
    // Block markup between lines: step to the next occurrence of the character, looking no
    // further than the markup can reach (a character the parser replaced, U+FFFD for NUL, is
    // not in the source, and looking to the end for each made such text quadratic).
    const found = indexWithin(source, char, cursor, Math.min(to, cursor + markupReach))
    const at = found === -1 ? cursor : found
    for (let unit = 0; unit < units; unit++) offsets.push(Math.min(at + unit, to))
    cursor = Math.min(at + units, to)
  }
  return offsets
}

// How far the markup that continues a block reaches: 32 containers and their indentation.
const markupReach = 512

/** The first index of `char` in `source` from `from`, before `to`, or -1. */
function indexWithin(source: string, char: string, from: number, to: number): number {
  for (let at = from; at < to; at++) if (source.startsWith(char, at)) return at
  return -1
}

/**
 * Read plain text as prose: the text itself, each offset its own.
 *
 * @param text - The text.
 * @returns The prose, with one block per paragraph (blank-line separated).
 */
export function plainProse(text: string): Prose {
  checkString('plainProse', 'text', text)
  const blocks: Prose['blocks'] = []
  const paragraph = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g
  let match: RegExpExecArray | null
  while ((match = paragraph.exec(text))) {
    if (match[0].trim())
      blocks.push({ type: 'paragraph', start: match.index, end: match.index + match[0].length })
  }
  return { ...verbatimText(text), blocks }
}
