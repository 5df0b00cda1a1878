import type { Nodes, Root } from 'mdast'

/**
 * Link reference definitions across the parts of a document parsed in parts (`partStarts`): a
 * definition anywhere serves a reference anywhere (`[testo][nota]` reads `testo` when `nota` is
 * defined, `[testo][nota]` when not), so a part that uses a label defined in another part is
 * parsed with that definition written before it.
 */

/** The definitions of one part, and its tree (parsed to find them). */
interface PartDefinitions {
  tree: Root
  /** Labels defined in the part, normalized (`normalizeLabel`). */
  labels: Set<string>
}

/** The definitions of a document parsed in parts. */
export interface Definitions {
  /** Each label defined in the document (normalized) and a label to write that defines it. */
  all: Map<string, string>
  /** By part: its tree and labels, for the parts that can hold a definition (with `]:`). */
  byPart: Array<PartDefinitions | undefined>
}

/**
 * Parse the parts that can hold a definition (those with `]:`) and collect their labels.
 *
 * @param parts - The document's parts.
 * @param processor - The parser (`unified().use(remarkParse)`).
 * @returns The labels defined, and each such part's tree to read without parsing it again.
 */
export function readDefinitions(
  parts: readonly string[],
  processor: { parse: (text: string) => unknown },
): Definitions {
  const all = new Map<string, string>()
  const byPart = parts.map((part) => {
    if (!part.includes(']:')) return undefined
    const tree = processor.parse(part) as Root
    const labels = new Set<string>()
    for (const identifier of identifiersOf(tree)) {
      const label = normalizeLabel(identifier)
      labels.add(label)
      if (!all.has(label)) all.set(label, identifier)
    }
    return { tree, labels }
  })
  return { all, byPart }
}

/**
 * Definitions to write before `part` so that it parses as it does in the whole document: those
 * of the labels it may use (any bracketed text) that other parts define. A definition more than
 * needed changes nothing: its label is defined in the whole document too.
 *
 * @param part - The part's source.
 * @param own - The part's own definitions, when it has any.
 * @param all - The document's definitions.
 * @returns Definition lines and a blank line, or `''`.
 */
export function borrowedDefinitions(
  part: string,
  own: PartDefinitions | undefined,
  all: ReadonlyMap<string, string>,
): string {
  if (all.size === 0) return ''
  const lines = new Map<string, string>()
  for (const match of part.matchAll(bracketed)) {
    // A label across lines in a block quote has `>` markers the parser does not read.
    const label = normalizeLabel((match[1] as string).replace(/\n[ \t>]*/g, ' '))
    const written = all.get(label)
    if (written !== undefined && !own?.labels.has(label)) lines.set(label, `[${written}]: #\n`)
  }
  return lines.size === 0 ? '' : `${[...lines.values()].join('')}\n`
}

// Text in brackets that can be a link label: no unescaped bracket inside, at most 999 characters.
const bracketed = /\[((?:[^[\]\\]|\\[\s\S]){1,999})\]/g

/**
 * A label as references match it: whitespace runs as one space, trimmed, case folded (micromark's
 * `normalizeIdentifier`, lower-cased as mdast's `identifier`).
 */
function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()
}

// Blocks that can hold a definition: a definition is a block, never inside a paragraph.
const holders = new Set(['root', 'blockquote', 'list', 'listItem'])

/** The identifiers of the definitions in `tree`, walked with a stack of its own. */
function identifiersOf(tree: Root): string[] {
  const identifiers: string[] = []
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'definition') identifiers.push(node.identifier)
    else if (holders.has(node.type) && 'children' in node)
      for (const child of node.children as Nodes[]) stack.push(child)
  }
  return identifiers
}
