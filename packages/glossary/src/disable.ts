import { location } from '@fonte/location'

/**
 * Inline disable comments, as in other linters, written in whatever comment the file allows
 * (`<!-- … -->` in Markdown, XLIFF and HTML, `# …` in PO and text):
 *
 * - `fonte-disable` … `fonte-enable`: silence findings between the two lines;
 * - `fonte-disable-line`: on the comment's own line;
 * - `fonte-disable-next-line`: on the line after the comment (in a PO translator comment, in
 *   the entry below it);
 * - `fonte-disable-next-entry` (or `fonte-disable-entry`): in the whole entry of a bilingual file
 *   the comment belongs to, or else the next one: a PO entry, from a translator comment
 *   (`# fonte-disable-next-entry`) above its msgid, or an XLIFF unit, from an XML comment before
 *   it or a `<note>` inside it.
 *
 * Each may name what it silences, separated by spaces or commas: rule ids
 * (`forbidden-term`) and concepts (`concept:mutual-defence`); naming nothing silences all.
 */
const directive =
  /fonte-(disable-next-line|disable-line|disable-next-entry|disable-entry|disable|enable)(?![\w-])([^\n]*)/g

interface Range {
  from: number
  to: number
  targets: Set<string> | 'all'
  /** Whether `from` and `to` are file offsets (an entry) rather than lines. */
  offsets?: boolean
}

/**
 * Read the disable comments of a file.
 *
 * @param text - The file's text.
 * @param entries - File ranges of the entries of a bilingual file, in order (optional).
 * @returns Whether a finding at a 1-based line (and file offset, for entries), with a rule id
 *   and concept id, is silenced.
 */
export function suppressed(
  text: string,
  entries: ReadonlyArray<readonly [number, number]> = [],
): (line: number, ruleId: string, conceptId: string, offset?: number) => boolean {
  const ranges: Range[] = []
  const open = new Map<string, number>()
  let openAll: number | undefined
  const place = location(text)
  const lineOf = (offset: number) => place.toPoint(offset)?.line ?? 1

  directive.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = directive.exec(text))) {
    const line = lineOf(match.index)
    const targets = (match[2] ?? '')
      .replace(/-->.*$|\*\/.*$|<.*$/, '')
      .split(/[\s,]+/)
      .filter(Boolean)
    const set = targets.length > 0 ? new Set(targets) : 'all'
    switch (match[1]) {
      case 'disable-line':
        ranges.push({ from: line, to: line, targets: set })
        break
      case 'disable-next-line': {
        ranges.push({ from: line + 1, to: line + 1, targets: set })
        // In a PO translator comment the next line is the msgid, never the msgstr: the comment
        // means the entry it stands above.
        const at = match.index
        const lineStart = text.lastIndexOf('\n', at) + 1
        const entry = entries.find(([start, end]) => start <= at && at < end)
        if (entry && text.slice(lineStart, at).trimStart().startsWith('#')) {
          ranges.push({ from: entry[0], to: entry[1], targets: set, offsets: true })
        }
        break
      }
      case 'disable-next-entry':
      case 'disable-entry': {
        const at = match.index
        const entry = entries.find(([, end]) => end > at)
        if (entry) ranges.push({ from: entry[0], to: entry[1], targets: set, offsets: true })
        break
      }
      case 'disable':
        if (set === 'all') openAll ??= line
        else for (const target of set) if (!open.has(target)) open.set(target, line)
        break
      case 'enable':
        if (set === 'all') {
          if (openAll !== undefined) ranges.push({ from: openAll, to: line, targets: 'all' })
          openAll = undefined
          for (const [target, from] of open)
            ranges.push({ from, to: line, targets: new Set([target]) })
          open.clear()
        } else {
          for (const target of set) {
            const from = open.get(target)
            if (from !== undefined) ranges.push({ from, to: line, targets: new Set([target]) })
            open.delete(target)
          }
        }
        break
    }
  }
  const end = Number.POSITIVE_INFINITY
  if (openAll !== undefined) ranges.push({ from: openAll, to: end, targets: 'all' })
  for (const [target, from] of open) ranges.push({ from, to: end, targets: new Set([target]) })

  return (line, ruleId, conceptId, offset) =>
    ranges.some(
      (range) =>
        (range.offsets
          ? offset !== undefined && offset >= range.from && offset < range.to
          : line >= range.from && line <= range.to) &&
        (range.targets === 'all' ||
          range.targets.has(ruleId) ||
          range.targets.has(`concept:${conceptId}`)),
    )
}
