import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { blankFrontMatter, proseOfTree, type Prose } from '@fonte/markdown'

// One frozen processor: `parse` on it keeps no state between documents.
const processor = unified().use(remarkParse).freeze()

/**
 * An article's Markdown tree, front matter blanked (its lines read as blank, offsets kept): the
 * tree the report renders, whose prose (`proseOfTree`) is what `markdownProse` reads of it.
 *
 * @param text - The article's text, as read.
 * @returns The mdast tree, positions as offsets into `text`.
 */
export function parseArticleTree(text: string): Root {
  return processor.parse(blankFrontMatter(text))
}

/** A whole line of the text, as `findBoilerplate` gives them: UTF-16 offsets, trimmed. */
interface Line {
  start: number
  end: number
}

// Blocks that may run on across the blank lines a blanked line leaves (a list's items, an
// indented code block's lines): next to one, blanking a line may join two blocks.
const runOn = new Set(['list', 'code', 'html'])

/**
 * The prose of `blanked`, the text of `tree` with `lines` blanked to spaces, read from `tree`
 * without parsing `blanked`: where each line is a paragraph or heading of its own at the top of
 * the tree (the blank lines around it, or a heading's own line, keep its neighbours apart either
 * way) and no block next to it could run on across blank lines, `blanked` parses as `tree`
 * without those blocks. `undefined` where that is not sure, for the caller to parse `blanked`.
 *
 * @param tree - The text's tree (`parseArticleTree`).
 * @param blanked - The text with `lines` blanked, same length.
 * @param lines - The blanked lines, in order.
 */
export function blankedProse(
  tree: Root,
  blanked: string,
  lines: readonly Line[],
): Prose | undefined {
  const children = tree.children
  const at = new Map<number, number>()
  children.forEach((node, index) => {
    const start = node.position?.start.offset
    if (start !== undefined) at.set(start, index)
  })
  const removed = new Set<number>()
  for (const line of lines) {
    const index = at.get(line.start)
    const node = index === undefined ? undefined : children[index]
    if (!node || node.position?.end.offset !== line.end) return undefined
    if (node.type !== 'paragraph' && node.type !== 'heading') return undefined
    removed.add(index as number)
  }
  for (const index of removed) {
    for (const near of [children[index - 1], children[index + 1]])
      if (near && runOn.has(near.type)) return undefined
  }
  const kept = children.filter((_, index) => !removed.has(index))
  return proseOfTree({ ...tree, children: kept }, blanked)
}
