// A fast reader for the plain block-style YAML most term bases are written in (issue #14: the
// `yaml` package cost ~75 ms of a one-file lint to load and parse 400 lines). It reads only
// what it can vouch for: block mappings and sequences, one-line plain and quoted scalars, blank
// lines, comments in the header and after values. Anything else (flow collections, anchors,
// tags, block or multi-line scalars, tabs, duplicate keys, values that are not valid term-base
// fields) makes it return null, and `parseNativeTermBase` reads the file with `yaml`, which
// gives the same term base or the exact error.
import { location } from '@fonte/location'
import type { Concept, Place, Point, Term, TermStatus } from '../types.js'

/** A scalar or a collection, with its offsets as `yaml` gives them (`range[0]`, `range[1]`). */
type Value = Scalar | Entries | Value[]

/** A one-line scalar: its value, and where it starts and ends. */
interface Scalar {
  kind: 'scalar'
  value: string | boolean
  start: number
  end: number
}

/** A block mapping: keys in order, with where it starts and where its last line ends. */
interface Entries {
  kind: 'map'
  entries: Map<string, Value>
  start: number
  end: number
}

/** One line: its indent, and where its content starts and ends (the newline excluded). */
interface Line {
  indent: number
  start: number
  end: number
}

// YAML 1.2 core-schema plain scalars that are not strings (null, numbers): left to `yaml`.
const notString =
  /^(?:~|null|Null|NULL|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/
const booleans: Record<string, boolean> = {
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
}
// Characters a plain scalar may not start with (YAML 1.2, 7.3.3), and a key's spelling.
const indicator = /^[-?:,[\]{}#&*!|>'"%@`]/
const keyLine = /^([A-Za-z][A-Za-z0-9_-]*):(?: +|$)/

/** Thrown inside the reader when the text is beyond it; caught by `plainTermBase`. */
class Beyond extends Error {}

/** Stops reading: the text is for `yaml` to read. */
function beyond(): never {
  throw new Beyond()
}

/** Where the quoted scalar at `start` closes before `end` (-1 when not on its line). */
function closingQuote(text: string, start: number, end: number): number {
  const quote = text[start]
  for (let at = start + 1; at < end; at++) {
    if (text[at] !== quote) continue
    // In single quotes, a doubled quote is a quote.
    if (quote === "'" && text[at + 1] === "'") at++
    else return at
  }
  return -1
}

/** A one-line scalar from `start` to the line's `end`; a trailing comment is left out. */
function scalarAt(text: string, start: number, end: number): Scalar {
  const first = text[start]
  if (first === "'" || first === '"') {
    const close = closingQuote(text, start, end)
    if (close < 0) return beyond()
    const raw = text.slice(start + 1, close)
    if (first === '"' && raw.includes('\\')) return beyond()
    if (!/^ *(?:#.*)?$/.test(text.slice(close + 1, end))) return beyond()
    const value = first === "'" ? raw.replaceAll("''", "'") : raw
    return { kind: 'scalar', value, start, end: close + 1 }
  }
  let stop = end
  const comment = text.indexOf(' #', start)
  if (comment >= 0 && comment < end) stop = comment
  const raw = text.slice(start, stop).trimEnd()
  if (raw === '' || indicator.test(raw) || raw.includes(': ') || raw.endsWith(':')) return beyond()
  if (notString.test(raw)) return beyond()
  const value = Object.hasOwn(booleans, raw) ? booleans[raw]! : raw
  return { kind: 'scalar', value, start, end: start + raw.length }
}

/** The lines of `text`, or null when it holds what this reader leaves to `yaml`. */
function linesOf(text: string): Line[] | null {
  if (/[\t\r\uFEFF]/.test(text)) return null
  const lines: Line[] = []
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    let content = start
    while (text.charCodeAt(content) === 32) content++
    // Blank lines carry nothing; comment lines only in the header (before the first key).
    const blank = content === end
    if (!blank && text[content] === '#' && lines.length > 0) return null
    if (!blank && text[content] !== '#')
      lines.push({ indent: content - start, start: content, end })
    start = end + 1
  }
  return lines
}

/** Reads the lines of a block collection; `at` is the next line to read. */
class Reader {
  at = 0

  constructor(
    private readonly text: string,
    private readonly lines: Line[],
  ) {}

  /** The end of line `line` with its newline (`yaml`'s end of a value that ends a line). */
  private lineEnd(line: Line): number {
    return Math.min(line.end + 1, this.text.length)
  }

  /** The value after a key that ends its line: a block sequence more indented than the key. */
  private nested(keyIndent: number): Value[] {
    const next = this.lines[this.at]
    if (!next || next.indent <= keyIndent || !this.text.startsWith('- ', next.start))
      return beyond()
    return this.sequence(next.indent)
  }

  /** A block mapping whose first key is at `start` of the current line, at column `indent`. */
  map(indent: number, start: number): Entries {
    const entries = new Map<string, Value>()
    let end = start
    for (let first = true; this.at < this.lines.length; first = false) {
      const line = this.lines[this.at]!
      const from = first ? start : line.start
      if (!first && line.indent !== indent) break
      const key = keyLine.exec(this.text.slice(from, line.end))
      if (!key || entries.has(key[1]!)) return beyond()
      this.at++
      const valueStart = from + key[0].length
      if (valueStart < line.end && this.text[valueStart] !== '#') {
        entries.set(key[1]!, scalarAt(this.text, valueStart, line.end))
        end = this.lineEnd(line)
      } else {
        const items = this.nested(indent)
        entries.set(key[1]!, items)
        end = this.lineEnd(this.lines[this.at - 1]!)
      }
    }
    return { kind: 'map', entries, start, end }
  }

  /** A block sequence whose dashes are at column `indent`. */
  sequence(indent: number): Value[] {
    const items: Value[] = []
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!
      if (line.indent < indent) break
      if (line.indent > indent || !this.text.startsWith('- ', line.start)) return beyond()
      let start = line.start + 2
      while (this.text.charCodeAt(start) === 32) start++
      if (start >= line.end || this.text[start] === '-') return beyond()
      if (keyLine.test(this.text.slice(start, line.end))) {
        items.push(this.map(start - line.start + line.indent, start))
      } else {
        items.push(scalarAt(this.text, start, line.end))
        this.at++
      }
    }
    return items
  }
}

const statuses = new Set<string>(['preferred', 'admitted', 'forbidden', 'deprecated', 'superseded'])
const termKeys = new Set(['term', 'status', 'caseSensitive', 'literal', 'partOfSpeech', 'note'])
const languageTag = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/

/** A string scalar's value, or beyond. */
function stringOf(value: Value | undefined): string {
  if (!value || !('kind' in value) || value.kind !== 'scalar' || typeof value.value !== 'string')
    return beyond()
  return value.value
}

/** A term map's fields, checked as `parseNativeTermBase` checks them (else beyond). */
function fieldsOf(entries: Map<string, Value>): Map<string, string | boolean> {
  const fields = new Map<string, string | boolean>()
  for (const [key, field] of entries) {
    if (!termKeys.has(key) || Array.isArray(field) || field.kind !== 'scalar') return beyond()
    const flag = key === 'caseSensitive' || key === 'literal'
    if (flag !== (typeof field.value === 'boolean')) return beyond()
    if (key === 'status' && !statuses.has(field.value as string)) return beyond()
    fields.set(key, field.value)
  }
  return fields
}

/** A term of the plain reader, its fields set in the order `parseNativeTermBase` sets them. */
function termOf(value: Value, language: string, place: PlaceAt): Term {
  if (Array.isArray(value)) return beyond()
  const fields =
    value.kind === 'map' ? fieldsOf(value.entries) : new Map([['term', stringOf(value)]])
  const text = stringOf(value.kind === 'map' ? value.entries.get('term') : value).trim()
  if (text === '') return beyond()
  const term: Term = {
    text,
    language,
    status: (fields.get('status') as TermStatus | undefined) ?? 'preferred',
    caseSensitive: false,
    place: place(value.start, value.end),
  }
  for (const key of ['caseSensitive', 'literal'] as const)
    if (fields.has(key)) term[key] = fields.get(key) as boolean
  if (term.literal && !fields.has('caseSensitive')) term.caseSensitive = true
  for (const key of ['partOfSpeech', 'note'] as const)
    if (fields.has(key)) term[key] = fields.get(key) as string
  return term
}

/** Where an offset is, as a place in the file (lines and columns from 1). */
type PlaceAt = (start: number, end?: number) => Place

/**
 * Places in `text`, as `yaml`'s line counter gives them: the plain reader leaves text with a
 * carriage return to `yaml`, so line feeds alone end lines here, as they do there.
 */
function placesIn(text: string, file: string): PlaceAt {
  const { toPoint } = location(text)
  const point = (offset: number) => toPoint(offset) as Point
  return (start, end) => {
    const place: Place = { file, start: point(start) }
    if (end !== undefined) place.end = point(end)
    return place
  }
}

/** A concept of the plain reader, or beyond. */
function conceptOf(value: Value, place: PlaceAt): Concept {
  if (Array.isArray(value) || value.kind !== 'map') return beyond()
  const id = stringOf(value.entries.get('id')).trim()
  if (id === '') return beyond()
  const concept: Concept = { id, terms: [], place: place(value.start) }
  for (const [key, field] of value.entries) {
    if (key === 'id') continue
    if (key === 'note' || key === 'domain') concept[key] = stringOf(field)
    else if (!languageTag.test(key) || !Array.isArray(field)) return beyond()
    else for (const item of field) concept.terms.push(termOf(item, key, place))
  }
  return concept
}

/**
 * The concepts of a term base in plain block-style YAML, or null when the text is beyond this
 * reader (see the top of this file) or not a valid term base: `yaml` then reads it. Duplicate ids
 * and conflicting terms are left to the caller's checks.
 *
 * @param text - The file's content.
 * @param file - The file's path, for places.
 */
export function plainTermBase(text: string, file: string): Concept[] | null {
  const lines = linesOf(text)
  const first = lines?.[0]
  if (!lines || !first || first.indent !== 0) return null
  try {
    const reader = new Reader(text, lines)
    const root = reader.map(0, first.start)
    const list = root.entries.get('concepts')
    if (reader.at !== lines.length || root.entries.size !== 1 || !Array.isArray(list)) return null
    const place = placesIn(text, file)
    return list.map((item) => conceptOf(item, place))
  } catch (error) {
    if (error instanceof Beyond) return null
    throw error
  }
}
