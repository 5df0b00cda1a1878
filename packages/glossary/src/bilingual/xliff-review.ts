import { assertOffsets, assertString } from '../validate.js'
import { saxes, saxesReason } from '../lazy.js'
import { DocumentError } from '../errors.js'
import { localName } from './xliff.js'

/**
 * The review state a fixed translation gets, by XLIFF version: 1.2's `needs-review-translation`
 * on `<target>`; 2.0 has no such value, so its `<segment>` goes back to `translated` (not yet
 * `reviewed` or `final`) with a `subState` that says who changed it.
 */
const reviewStates = {
  '1.2': { attributes: [['state', 'needs-review-translation']] },
  '2.0': {
    attributes: [
      ['state', 'translated'],
      ['subState', 'fonte:fixed'],
    ],
  },
} as const

/** Where a target's text lies and which start tag carries its state. */
interface StatefulTarget {
  contentStart: number
  contentEnd: number
  stateTag: [number, number]
  version: keyof typeof reviewStates
}

/**
 * The edits that mark fixed XLIFF translations for review, as `fuzzyEdits` does for PO: for each
 * target that holds one of `offsets`, its `state` is set to `needs-review-translation` (XLIFF 1.2,
 * on `<target>`), or its `<segment>` to `state="translated" subState="fonte:fixed"` (XLIFF 2.0),
 * an existing value replaced.
 *
 * @param text - The file's content, as parsed.
 * @param file - The file's path, for errors.
 * @param offsets - File offsets inside the targets to mark (fixes' starts).
 * @returns Non-overlapping `{range, text}` edits of start tags, in file order.
 * @throws {DocumentError} For malformed XML, naming line and column.
 */
export function reviewEdits(
  text: string,
  file: string,
  offsets: readonly number[],
): Array<{ range: [number, number]; text: string }> {
  assertString('reviewEdits', 'text', text)
  assertString('reviewEdits', 'file', file)
  assertOffsets('reviewEdits', 'offsets', offsets)
  const targets = statefulTargets(text, file)
  const marked = new Set<StatefulTarget>()
  for (const offset of offsets) {
    const target = targets.find(
      ({ contentStart, contentEnd }) => offset >= contentStart && offset < contentEnd,
    )
    if (target) marked.add(target)
  }
  return [...marked]
    .map(({ stateTag: [start, end], version }) => {
      let tag = text.slice(start, end)
      for (const [name, value] of reviewStates[version].attributes)
        tag = withAttribute(tag, name, value)
      return { range: [start, end] as [number, number], text: tag }
    })
    .filter((edit) => edit.text !== text.slice(...edit.range))
    .sort((a, b) => a.range[0] - b.range[0])
}

/** A start tag with `name="value"`: the attribute's value replaced, or the attribute added last. */
function withAttribute(tag: string, name: string, value: string): string {
  const existing = new RegExp(`(\\s${name}\\s*=\\s*)(["'])[^"']*\\2`)
  if (existing.test(tag)) return tag.replace(existing, `$1$2${value}$2`)
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1
  return `${tag.slice(0, close).replace(/\s*$/, '')} ${name}="${value}"${tag.slice(close)}`
}

/** Every `<target>` of the file, with the start tag its review state goes on. */
function statefulTargets(text: string, file: string): StatefulTarget[] {
  const parser = new (saxes().SaxesParser)({ position: true })
  const targets: StatefulTarget[] = []
  let segmentTag: [number, number] | undefined
  let open: { start: number; tag: [number, number] } | undefined
  let depth = 0
  parser.on('opentag', (tag) => {
    const name = localName(tag.name)
    const end = parser.position
    const start = text.lastIndexOf('<', end - 1)
    if (name === 'segment') segmentTag = [start, end]
    if (open) depth++
    else if (name === 'target') open = { start: end, tag: [start, end] }
  })
  // saxes keeps one handler per event.
  parser.on('closetag', (tag) => {
    if (localName(tag.name) === 'segment') segmentTag = undefined
    if (!open) return
    if (depth > 0) {
      depth--
      return
    }
    if (localName(tag.name) !== 'target') return
    const contentEnd = text.lastIndexOf('<', parser.position - 1)
    const version = segmentTag ? '2.0' : '1.2'
    targets.push({
      contentStart: open.start,
      contentEnd,
      stateTag: segmentTag ?? open.tag,
      version,
    })
    open = undefined
  })
  try {
    parser.write(text).close()
  } catch (error) {
    throw new DocumentError(
      file,
      parser.line,
      parser.column + 1,
      `Unexpected XML: ${saxesReason(error)}`,
      {
        cause: error,
      },
    )
  }
  return targets
}
