import { assertString } from '../validate.js'
import { barrier, MappedTextBuilder } from '@fonte/markdown'
import type { SaxesTag } from 'saxes'
import { saxes, saxesReason } from '../lazy.js'
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
  assertString('readXliff', 'text', text)
  assertString('readXliff', 'file', file)
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

/** What an XLIFF file with nothing but white space in it is told. */
const emptyXliff = 'Unexpected empty file, expected an XLIFF document'

/**
 * Read an XLIFF file as `readXliff` does, with what writing into it needs: its CDATA sections
 * and the encoding it declares.
 *
 * @param text - The file's content.
 * @param file - The file's path, for errors.
 * @throws {DocumentError} For malformed XML or a file that is not XLIFF, naming line and column.
 */
export function parseXliff(text: string, file: string): XliffFile {
  assertString('parseXliff', 'text', text)
  assertString('parseXliff', 'file', file)
  if (text.trim() === '') throw new DocumentError(file, 1, 1, emptyXliff)
  const parser = new (saxes().SaxesParser)({ position: true })
  const fail = (reason: string, cause?: unknown): never => {
    throw new DocumentError(
      file,
      parser.line,
      parser.column + 1,
      reason,
      cause ? { cause } : undefined,
    )
  }
  const reader = new XliffReader(text, () => parser.position, fail)
  parser.on('error', (error) => fail(`Unexpected XML: ${saxesReason(error)}`, error))
  parser.on('opentag', (tag) => reader.open(tag))
  parser.on('text', (value) => reader.text(value))
  parser.on('cdata', (value) => reader.cdataSection(value))
  parser.on('comment', () => reader.skip())
  parser.on('processinginstruction', () => reader.skip())
  parser.on('closetag', (tag) => reader.close(tag))
  try {
    parser.write(text).close()
  } catch (error) {
    if (error instanceof DocumentError) throw error
    fail(`Unexpected XML: ${saxesReason(error)}`, error)
  }
  if (reader.root === undefined) throw new DocumentError(file, 1, 1, emptyXliff)
  const encoding = /^\uFEFF?<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/
    .exec(text)?.[1]
    ?.toLowerCase()
  return { segments: reader.segments, cdata: reader.cdata, encoding }
}

/** The state of an XLIFF file being read, event by event. */
class XliffReader {
  root: string | undefined
  readonly segments: Segment[] = []
  readonly cdata: Array<[number, number]> = []
  /** The segments of the unit being read, which get its range when it closes. */
  private readonly units: Segment[] = []
  private unitId: string | undefined
  private unitStart = 0
  private source: string | undefined
  private sourceText = ''
  private target: MappedTextBuilder | undefined
  private reading: 'source' | 'target' | undefined
  private markupDepth = 0
  /** Where the last tag, comment or CDATA section ended: where the next text begins. */
  private lastEnd = 0

  constructor(
    private readonly xml: string,
    private readonly position: () => number,
    private readonly fail: (reason: string) => never,
  ) {}

  open(tag: SaxesTag): void {
    const name = localName(tag.name)
    if (this.root === undefined) {
      this.root = name
      if (name !== 'xliff')
        this.fail(`Unexpected root element <${tag.name}>, expected <xliff> (XLIFF 1.2 or 2.0)`)
    }
    if (name === 'trans-unit' || name === 'unit') {
      this.unitId = attribute(tag.attributes, 'id')
      this.unitStart = lastEndOfTagStart(this.xml, this.position())
      this.units.length = 0
    } else if (name === 'segment') {
      this.source = undefined
    } else if (name === 'source' && this.reading === undefined) {
      this.reading = 'source'
      this.sourceText = ''
    } else if (name === 'target' && this.reading === undefined) {
      this.reading = 'target'
      this.target = new MappedTextBuilder()
    } else if (this.reading !== undefined) {
      this.openMarkup(name)
    }
    this.lastEnd = this.position()
  }

  /** Inline markup inside a source or target: a placeholder is a barrier no term reads across. */
  private openMarkup(name: string): void {
    this.markupDepth++
    if (!placeholders.has(name)) return
    if (this.reading === 'target')
      this.target?.appendVerbatim(barrier, lastEndOfTagStart(this.xml, this.position()))
    else this.sourceText += barrier
  }

  text(value: string): void {
    // The text ended at the `<` just read; it began where the last tag or comment ended.
    const rawStart = this.lastEnd
    const rawEnd = this.position() - 1
    if (this.reading === 'source') this.sourceText += value
    else if (this.reading === 'target' && this.target) {
      const raw = this.xml.slice(rawStart, rawEnd)
      if (raw === value) this.target.appendVerbatim(value, rawStart)
      else this.target.appendMapped(value, decodeOffsets(raw, rawStart, value.length))
    }
  }

  cdataSection(value: string): void {
    const start = this.position() - 3 - value.length
    if (this.reading === 'source') this.sourceText += value
    else if (this.reading === 'target') this.target?.appendVerbatim(value, start)
    this.cdata.push([start, this.position() - 3])
    this.lastEnd = this.position()
  }

  /** A comment or processing instruction: no text, but the next text begins after it. */
  skip(): void {
    this.lastEnd = this.position()
  }

  close(tag: SaxesTag): void {
    const name = localName(tag.name)
    this.lastEnd = this.position()
    if (this.reading !== undefined && this.markupDepth > 0) {
      this.markupDepth--
      return
    }
    if (name === 'trans-unit' || name === 'unit') {
      for (const segment of this.units) segment.entry = [this.unitStart, this.position()]
    }
    if (name === 'source' && this.reading === 'source') {
      this.source = this.sourceText
      this.reading = undefined
    } else if (name === 'target' && this.reading === 'target' && this.target) {
      const segment = toSegment(this.target.build(), { source: this.source, id: this.unitId })
      this.segments.push(segment)
      this.units.push(segment)
      this.target = undefined
      this.reading = undefined
    }
  }
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/**
 * Escape text for XML character data: `&`, `<`, `>` (which could close a `]]>`) and `"`. The
 * apostrophe, frequent in Italian, is left as it is: it needs no escape in content.
 *
 * @param value - Text to write as XML content.
 */
export function escapeXml(value: string): string {
  assertString('escapeXml', 'value', value)
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
