import { csvParse } from '../lazy.js'
import { TermBaseError } from '../errors.js'
import type { Concept, Place, Term, TermBase, TermStatus } from '../types.js'
import { conflictingTerm } from './native.js'

const languageColumn = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?$/i
const statusColumn =
  /^(?:([a-z]{2,3})(?:[-_][A-Za-z]{2})?[ _-]?(?:term[ _-]?)?status|status[ _-]?([a-z]{2,3}))$/i
const idColumns = new Set(['id', 'concept', 'concept id', 'entry id', 'entry_id', 'conceptid'])
const noteColumns = new Set(['note', 'notes', 'definition', 'comment', 'comments'])
const domainColumns = new Set(['domain', 'subject', 'subject field', 'subjectfield'])
const posColumns = new Set(['pos', 'part of speech', 'partofspeech', 'part_of_speech'])
const literalColumns = new Set(['literal'])
const yes = new Set(['true', 'yes', 'y', '1', 'x'])
// Status words as CAT tools write them in CSV exports.
const statusWords: Record<string, TermStatus> = {
  preferred: 'preferred',
  'preferredterm-admn-sts': 'preferred',
  admitted: 'admitted',
  'admittedterm-admn-sts': 'admitted',
  approved: 'admitted',
  allowed: 'admitted',
  forbidden: 'forbidden',
  prohibited: 'forbidden',
  'do not use': 'forbidden',
  deprecated: 'deprecated',
  'deprecatedterm-admn-sts': 'deprecated',
  superseded: 'superseded',
  'supersededterm-admn-sts': 'superseded',
}

/**
 * Read a term base exported as CSV by a CAT tool: a header row, then one concept per row.
 *
 * Columns are recognised by their header, case-insensitively: a language code (`en`, `it`,
 * `en-GB`, `it_IT`) holds that language's term; `<lang> status` (or `<lang>_status`,
 * `status <lang>`) its status (`preferred`, `admitted`/`approved`, `forbidden`/`prohibited`,
 * `deprecated`, `superseded`; empty means admitted); `id`/`concept` groups rows into one concept
 * (rows with the same id merge); `note`/`definition` and `domain`/`subject` describe the concept;
 * `pos`/`part of speech` gives the row's terms a part of speech and `literal` (`true`, `yes`)
 * makes them match as written.
 * A language code is an ISO 639-1 or 639-3 code that CLDR names (`bar` is Bavarian, `foo` is
 * no language), in any case (`EN` reads as `en`).
 * Commas, semicolons and tabs are recognised as delimiters from the header row.
 *
 * @param text - The file's content.
 * @param file - The file's path, for places and errors.
 * @throws {TermBaseError} For malformed CSV, a header without a language column, a header column
 *   that is none of these (its cells would be dropped in silence), a status column for a language
 *   no column holds, an unknown status, or a term both allowed and forbidden in one concept, with
 *   file, line and column.
 */
export function parseCsvTermBase(text: string, file: string): TermBase {
  const { header, rows, delimiter } = readRecords(text, file)
  const columns = readColumns(header.record, delimiter, file)
  const byId = new Map<string, Concept>()
  for (const { record, info } of rows) {
    const line = info.lines
    assertNoCellPastHeader(record, header.record.length, { file, start: { line, column: 1 } })
    const cell = (index: number) => (index >= 0 ? (record[index] ?? '').trim() : '')
    const id = cell(columns.id) || `row-${line}`
    let concept = byId.get(id)
    if (!concept) {
      concept = { id, terms: [], place: { file, start: { line, column: 1 } } }
      byId.set(id, concept)
    }
    if (cell(columns.note)) concept.note = cell(columns.note)
    if (cell(columns.domain)) concept.domain = cell(columns.domain)
    for (const [index, language] of columns.languages) {
      const term = termOf(record, index, language, columns, { file, start: { line, column: 1 } })
      if (term) concept.terms.push(term)
    }
    const conflict = conflictingTerm(concept)
    if (conflict) {
      throw new TermBaseError(
        conflict.term.place as Place,
        `Unexpected \`${conflict.term.text}\` as ${conflict.term.status} in \`${concept.id}\`: it is ${conflict.other.status} at line ${conflict.other.place?.start.line ?? '?'}; a term is either allowed or forbidden`,
      )
    }
  }
  return {
    concepts: [...byId.values()].filter((concept) => concept.terms.length > 0),
    files: [file],
  }
}

type CsvRecord = { record: string[]; info: { lines: number } }

/**
 * Refuses a row with text in a cell the header does not name: it would be dropped in silence
 * (a missing or stray delimiter shifts the row). Empty cells past the header are trailing
 * delimiters, and rows shorter than the header have empty cells: both are read as they are.
 */
function assertNoCellPastHeader(record: readonly string[], width: number, place: Place): void {
  const stray = record.findIndex((cell, index) => index >= width && cell.trim() !== '')
  if (stray < 0) return
  throw new TermBaseError(
    place,
    `Unexpected \`${record[stray]!.trim()}\` in column ${stray + 1} of a row, the header names ${width} columns; check the row's delimiters and quotes`,
  )
}

/** The header row and the rows of a CSV file, with the delimiter its header uses. */
function readRecords(
  text: string,
  file: string,
): { header: CsvRecord; rows: CsvRecord[]; delimiter: string } {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const delimiter = [',', ';', '\t'].reduce((best, candidate) =>
    firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best,
  )
  let records: CsvRecord[]
  try {
    records = csvParse().parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as CsvRecord[]
  } catch (error) {
    const line =
      error instanceof csvParse().CsvError && typeof error.lines === 'number' ? error.lines : 1
    throw new TermBaseError(
      { file, start: { line, column: 1 } },
      `Unexpected CSV: ${(error as Error).message}`,
      { cause: error },
    )
  }
  const [header, ...rows] = records
  if (!header)
    throw new TermBaseError(
      { file, start: { line: 1, column: 1 } },
      'Unexpected empty CSV, expected a header row',
    )
  return { header, rows, delimiter }
}

/** What each column of a CSV term base holds, by index (-1: no such column). */
interface Columns {
  /** Term columns, with their language (`en-GB` for `en_GB`). */
  languages: Map<number, string>
  /** Status columns, by primary language subtag. */
  statuses: Map<string, number>
  id: number
  note: number
  domain: number
  partOfSpeech: number
  literal: number
}

// Which named column a header cell is, tried in this order after the status pattern.
const namedColumns: Array<[keyof Omit<Columns, 'languages' | 'statuses'>, ReadonlySet<string>]> = [
  ['id', idColumns],
  ['note', noteColumns],
  ['domain', domainColumns],
  ['partOfSpeech', posColumns],
  ['literal', literalColumns],
]

function readColumns(header: readonly string[], delimiter: string, file: string): Columns {
  const names = header.map((name) => name.trim())
  const columns: Columns = {
    languages: new Map(),
    statuses: new Map(),
    id: -1,
    note: -1,
    domain: -1,
    partOfSpeech: -1,
    literal: -1,
  }
  const unknown: number[] = []
  names.forEach((name, index) => {
    const lower = name.toLowerCase()
    const status = statusColumn.exec(name)
    const named = namedColumns.find(([, set]) => set.has(lower))
    if (status) columns.statuses.set((status[1] ?? status[2] ?? '').toLowerCase(), index)
    else if (named) columns[named[0]] = index
    else if (isLanguageCode(name)) columns.languages.set(index, languageOf(name))
    else unknown.push(index)
  })
  if (columns.languages.size === 0) {
    throw new TermBaseError(
      { file, start: { line: 1, column: 1 } },
      `Unexpected CSV header \`${names.join(delimiter)}\`, expected a column per language named by its code (en, it)`,
    )
  }
  assertNoUnknownColumn(header, unknown, file)
  assertStatusesHaveTerms(header, columns, file)
  return columns
}

// Language names in English from CLDR (through ICU, in Node and in browsers): a code it cannot
// name (`foo`, `und`) is no language. Made on first use.
let languageNames: Intl.DisplayNames | undefined

/**
 * Whether a header names a language: an ISO 639-1 or 639-3 code CLDR knows, in any case, with an
 * optional region (`en`, `IT`, `ita`, `en-GB`, `it_IT`). `bar` is Bavarian, `foo` nothing.
 */
function isLanguageCode(name: string): boolean {
  const match = languageColumn.exec(name)
  if (!match) return false
  // A runtime built without Intl (node --without-intl) cannot tell: the code's shape decides.
  if (typeof Intl === 'undefined' || typeof Intl.DisplayNames !== 'function') return true
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })
  return languageNames.of((match[1] as string).toLowerCase()) !== undefined
}

/** The language tag of a header: `it-IT` for `it_IT`, `en` for `EN`. */
function languageOf(name: string): string {
  const [primary, region] = name.split(/[-_]/) as [string, string | undefined]
  return region === undefined ? primary.toLowerCase() : `${primary.toLowerCase()}-${region}`
}

/**
 * Refuses a header cell that names nothing the reader knows: its column's cells would be dropped
 * in silence (a misspelt `it staus`, a `source` column). Empty names at the end of the header are
 * trailing delimiters, and are read as nothing.
 */
function assertNoUnknownColumn(header: readonly string[], unknown: number[], file: string): void {
  const lastNamed = header.findLastIndex((name) => name.trim() !== '')
  const index = unknown.find((at) => at <= lastNamed)
  if (index === undefined) return
  const name = (header[index] as string).trim()
  throw new TermBaseError(
    { file, start: { line: 1, column: columnOf(header, index) } },
    `Unexpected CSV column ${name === '' ? 'without a name' : `\`${name}\``} (column ${index + 1} of the header), expected a language code (en, it, it-IT), a status (it status), id, note, domain, pos or literal`,
  )
}

/** Refuses a status column for a language no column holds terms in (`de status` without `de`). */
function assertStatusesHaveTerms(header: readonly string[], columns: Columns, file: string): void {
  const primaries = new Set([...columns.languages.values()].map((tag) => tag.split('-')[0]))
  for (const [language, index] of columns.statuses) {
    if (primaries.has(language)) continue
    throw new TermBaseError(
      { file, start: { line: 1, column: columnOf(header, index) } },
      `Unexpected CSV column \`${(header[index] as string).trim()}\` (column ${index + 1} of the header): no column holds \`${language}\` terms for it to give the status of`,
    )
  }
}

/** The term in a row's language column, or `undefined` when the cell is empty. */
function termOf(
  record: string[],
  index: number,
  language: string,
  columns: Columns,
  row: Place,
): Term | undefined {
  const cell = (at: number) => (at >= 0 ? (record[at] ?? '').trim() : '')
  const text = cell(index)
  if (!text) return undefined
  const line = row.start.line
  const place: Place = { file: row.file, start: { line, column: columnOf(record, index) } }
  const statusIndex = columns.statuses.get(language.slice(0, language.search(/-|$/)).toLowerCase())
  const statusText = statusIndex === undefined ? '' : cell(statusIndex).toLowerCase()
  const status: TermStatus | undefined =
    statusText === ''
      ? 'admitted'
      : Object.hasOwn(statusWords, statusText)
        ? statusWords[statusText]
        : undefined
  if (!status) {
    throw new TermBaseError(
      { file: row.file, start: { line, column: columnOf(record, statusIndex as number) } },
      `Unexpected status \`${statusText}\` for \`${text}\`, expected preferred, admitted, forbidden, deprecated or superseded`,
    )
  }
  const term: Term = { text, language, status, caseSensitive: false, place }
  if (cell(columns.partOfSpeech)) term.partOfSpeech = cell(columns.partOfSpeech)
  if (yes.has(cell(columns.literal).toLowerCase())) {
    term.literal = true
    term.caseSensitive = true
  }
  return term
}

/** 1-based column of a cell, counting the cells and delimiters before it (quotes not counted). */
function columnOf(record: readonly string[], index: number): number {
  let column = 1
  for (let cell = 0; cell < index; cell++) column += (record[cell] ?? '').length + 1
  return column
}
