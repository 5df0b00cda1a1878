import { barrier, MappedTextBuilder } from '@fonte/markdown'
import { SaxesParser } from 'saxes'
import { DocumentError } from '../errors.js'
import { toSegment, type Segment } from '../segment.js'

// Inline codes that stand for something that is not text (a placeholder, a tag): no term reads
// across them. Paired inline markup (<g>, <mrk>, <pc>) is read through, like Markdown emphasis.
const placeholders = new Set(['x', 'bx', 'ex', 'ph', 'it', 'sc', 'ec', 'bpt', 'ept'])

/**
 * Read the translation units of an XLIFF 1.2 (`<trans-unit>`) or 2.0 (`<unit>`/`<segment>`)
 * file: one segment per target, mapped back to its exact offsets in the file (entities and inline
 * markup included), with its source text.
 *
 * @param text - The file's content.
 * @param file - The file's path, for errors.
 * @throws {DocumentError} For malformed XML or a file that is not XLIFF, naming line and column.
 */
export function readXliff(text: string, file: string): Segment[] {
  return parseXliff(text, file).segments
}

/** An XLIFF file, read. */
export interface XliffFile {
  /** One segment per target, with its unit's range as `entry`. */
  segments: Segment[]
  /** File ranges of CDATA sections' content, where text is written unescaped. */
  cdata: Array<[number, number]>
  /** The `encoding` of the XML declaration, lower-cased, when it names one. */
  encoding: string | undefined
}

/**
 * Read an XLIFF file as `readXliff` does, with what writing into it needs: its CDATA sections
 * and the encoding it declares.
 *
 * @param text - The file's content.
 * @param file - The file's path, for errors.
 * @throws {DocumentError} For malformed XML or a file that is not XLIFF, naming line and column.
 */
export function parseXliff(text: string, file: string): XliffFile {
  const parser = new SaxesParser({ position: true })
  const segments: Segment[] = []
  const cdata: Array<[number, number]> = []
  const units: Segment[] = []
  let root: string | undefined
  let unitId: string | undefined
  let unitStart = 0
  let source: string | undefined
  let sourceText = ''
  let target: MappedTextBuilder | undefined
  let reading: 'source' | 'target' | undefined
  let markupDepth = 0
  let lastEnd = 0

  const fail = (reason: string, cause?: unknown): never => {
    throw new DocumentError(
      file,
      parser.line,
      parser.column + 1,
      reason,
      cause ? { cause } : undefined,
    )
  }
  parser.on('error', (error) =>
    fail(`Unexpected XML: ${error.message.replace(/^.*?:\d+:\d+: /, '')}`, error),
  )

  parser.on('opentag', (tag) => {
    const name = localName(tag.name)
    if (root === undefined) {
      root = name
      if (name !== 'xliff')
        fail(`Unexpected root element <${tag.name}>, expected <xliff> (XLIFF 1.2 or 2.0)`)
    }
    if (name === 'trans-unit' || name === 'unit') {
      unitId = attribute(tag.attributes, 'id')
      unitStart = lastEndOfTagStart(text, parser.position)
      units.length = 0
    } else if (name === 'segment') {
      source = undefined
    } else if (name === 'source' && reading === undefined) {
      reading = 'source'
      sourceText = ''
    } else if (name === 'target' && reading === undefined) {
      reading = 'target'
      target = new MappedTextBuilder()
    } else if (reading !== undefined) {
      markupDepth++
      if (placeholders.has(name)) {
        if (reading === 'target')
          target?.appendVerbatim(barrier, lastEndOfTagStart(text, parser.position))
        else sourceText += barrier
      }
    }
    lastEnd = parser.position
  })

  parser.on('text', (value) => {
    // The text ended at the `<` just read; it began where the last tag or comment ended.
    const rawStart = lastEnd
    const rawEnd = parser.position - 1
    if (reading === 'source') sourceText += value
    else if (reading === 'target' && target) {
      const raw = text.slice(rawStart, rawEnd)
      if (raw === value) target.appendVerbatim(value, rawStart)
      else target.appendMapped(value, decodeOffsets(raw, rawStart, value.length))
    }
  })
  parser.on('cdata', (value) => {
    if (reading === 'source') sourceText += value
    else if (reading === 'target') target?.appendVerbatim(value, parser.position - 3 - value.length)
    cdata.push([parser.position - 3 - value.length, parser.position - 3])
    lastEnd = parser.position
  })
  parser.on('comment', () => {
    lastEnd = parser.position
  })
  parser.on('processinginstruction', () => {
    lastEnd = parser.position
  })

  parser.on('closetag', (tag) => {
    const name = localName(tag.name)
    lastEnd = parser.position
    if (reading !== undefined && markupDepth > 0) {
      markupDepth--
      return
    }
    if (name === 'trans-unit' || name === 'unit') {
      for (const segment of units) segment.entry = [unitStart, parser.position]
    }
    if (name === 'source' && reading === 'source') {
      source = sourceText
      reading = undefined
    } else if (name === 'target' && reading === 'target' && target) {
      const segment = toSegment(target.build(), { source, id: unitId })
      segments.push(segment)
      units.push(segment)
      target = undefined
      reading = undefined
    }
  })

  try {
    parser.write(text).close()
  } catch (error) {
    if (error instanceof DocumentError) throw error
    throw new DocumentError(
      file,
      parser.line,
      parser.column + 1,
      `Unexpected XML: ${(error as Error).message}`,
      {
        cause: error,
      },
    )
  }
  if (root === undefined)
    throw new DocumentError(file, 1, 1, 'Unexpected empty file, expected an XLIFF document')
  const encoding = /^\uFEFF?<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/
    .exec(text)?.[1]
    ?.toLowerCase()
  return { segments, cdata, encoding }
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/**
 * Escape text for XML character data: `&`, `<`, `>` (which could close a `]]>`) and `"`. The
 * apostrophe, frequent in Italian, is left as it is: it needs no escape in content.
 *
 * @param value - Text to write as XML content.
 */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"]/g, (char) => xmlEscapes[char] as string)
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/**
 * Decode XML character data without markup: the five named entities and character references.
 *
 * @returns The text, or `undefined` when it holds markup or an unknown entity.
 */
export function decodeXmlText(raw: string): string | undefined {
  if (raw.includes('<')) return undefined
  let unknown = false
  const value = raw
    .replace(/\r\n/g, '\n')
    .replace(/&(#x[0-9a-fA-F]+;|#[0-9]+;|[a-zA-Z]+;)?/g, (whole, entity?: string) => {
      if (entity === undefined) {
        unknown = true
        return whole
      }
      const name = entity.slice(0, -1)
      if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
      const char = namedEntities[name]
      if (char === undefined) unknown = true
      return char ?? whole
    })
  return unknown ? undefined : value
}

/** An element's name without its namespace prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

function attribute(attributes: Record<string, unknown>, name: string): string | undefined {
  const value = attributes[name]
  return typeof value === 'string' ? value : undefined
}

/** The offset of the `<` that opened the tag whose end was just read. */
function lastEndOfTagStart(text: string, position: number): number {
  const start = text.lastIndexOf('<', position - 1)
  return start === -1 ? position : start
}

/** File offsets of each decoded character of XML text whose raw form holds entity references. */
function decodeOffsets(raw: string, rawStart: number, decodedLength: number): number[] {
  const offsets: number[] = []
  let index = 0
  while (index < raw.length && offsets.length < decodedLength) {
    if (raw[index] === '\r' && raw[index + 1] === '\n') {
      // XML reads a CRLF line end as one line feed.
      index++
    } else if (raw[index] === '&') {
      const end = raw.indexOf(';', index)
      const entity = raw.slice(index + 1, end)
      const codePoint = entity.startsWith('#x')
        ? Number.parseInt(entity.slice(2), 16)
        : entity.startsWith('#')
          ? Number.parseInt(entity.slice(1), 10)
          : 0
      offsets.push(rawStart + index)
      if (codePoint > 0xffff) offsets.push(rawStart + index)
      index = end + 1
    } else {
      offsets.push(rawStart + index)
      index++
    }
  }
  while (offsets.length < decodedLength) offsets.push(rawStart + raw.length)
  return offsets
}
