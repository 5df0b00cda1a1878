import { markdownProse, plainProse, type Prose } from '@fonte/markdown'
import { toSegment, type Segment } from '../segment.js'
import { escapePo, parsePo, readPo } from './po.js'
import { decodeXmlText, escapeXml, parseXliff } from './xliff.js'

/** The kinds of document `lintFile` reads. */
export type DocumentFormat = 'markdown' | 'text' | 'xliff' | 'po'

/** A document read for linting: its segments, and how to write a replacement into it. */
export interface LintDocument {
  segments: Segment[]
  /**
   * The text to write over the file's `range` so that it reads `replacement` where it read
   * `actual`, escaped for the file's format; `undefined` when the range is not plain text of
   * one string (a term broken by markup, a PO string across continuation lines, in Markdown a
   * range that does not read `actual` as it is), where only a person can rewrite it.
   */
  replacement: (
    range: readonly [number, number],
    actual: string,
    replacement: string,
  ) => string | undefined
}

/**
 * Read a document into segments: Markdown as prose, text as it is, XLIFF units and PO entries
 * with their sources.
 *
 * @param text - The file's content.
 * @param path - The file's path, for errors.
 * @param format - Its kind.
 * @param source - The source-language text a Markdown or text document translates (optional).
 * @throws {DocumentError} When an XLIFF or PO file is malformed.
 */
export function readDocument(
  text: string,
  path: string,
  format: DocumentFormat,
  source?: string,
): LintDocument {
  if (format === 'po') {
    return {
      segments: readPo(text, path),
      replacement: (range, _actual, value) => {
        const raw = text.slice(range[0], range[1])
        // A raw quote or line break means the range crosses from one string into the next; the
        // rule chose the range, so text of one string is safe to replace whatever it reads.
        if (/(^|[^\\])(\\\\)*"|\n/.test(raw) || raw.endsWith('\\')) return undefined
        return decodePoText(raw) === undefined ? undefined : escapePo(value)
      },
    }
  }
  if (format === 'xliff') {
    const { segments, cdata } = parseXliff(text, path)
    return {
      segments,
      replacement: (range, _actual, value) => {
        const raw = text.slice(range[0], range[1])
        const inside = cdata.find(([start, end]) => range[0] >= start && range[1] <= end)
        if (inside) return value.includes(']]>') ? undefined : value
        // Text across the edge of a CDATA section, or across markup, is not one text to swap.
        if (cdata.some(([start, end]) => range[0] < end && range[1] > start)) return undefined
        return decodeXmlText(raw) === undefined ? undefined : escapeXml(value)
      },
    }
  }
  const prose: Prose =
    format === 'markdown' ? markdownProse(text, { file: path }) : plainProse(text)
  const segment = toSegment(prose)
  if (source !== undefined)
    segment.source = format === 'markdown' ? markdownProse(source).text : source
  return {
    segments: [segment],
    replacement: (range, actual, value) =>
      text.slice(range[0], range[1]) === actual ? value : undefined,
  }
}

/** The text of a stretch of one PO string, escapes decoded. */
function decodePoText(raw: string): string | undefined {
  try {
    const [entry] = parsePo(`msgid "x"\nmsgstr "${raw}"\n`, '').entries
    return entry?.msgstr[0]?.text
  } catch {
    return undefined
  }
}
