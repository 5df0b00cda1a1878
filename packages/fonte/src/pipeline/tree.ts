import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { blankFrontMatter } from '@fonte/markdown'

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
