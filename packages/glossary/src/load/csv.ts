import { parse, CsvError } from 'csv-parse/sync'
import { TermBaseError } from '../errors.js'
import type { Concept, Place, Term, TermBase, TermStatus } from '../types.js'
import { conflictingTerm } from './native.js'

const languageColumn = /^([a-z]{2,3})(?:[-_]([A-Za-z]{2}))?$/
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
 * Commas, semicolons and tabs are recognised as delimiters from the header row.
 *
 * @param text - The file's content.
 * @param file - The file's path, for places and errors.
 * @throws {TermBaseError} For malformed CSV, a header without a language column, an unknown
 *   status, or a term both allowed and forbidden in one concept, with file, line and column.
 */
export function parseCsvTermBase(text: string, file: string): TermBase {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const delimiter = [',', ';', '\t'].reduce((best, candidate) =>
    firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best,
  )
  let records: Array<{ record: string[]; info: { lines: number } }>
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>
  } catch (error) {
    const line = error instanceof CsvError && typeof error.lines === 'number' ? error.lines : 1
    throw new TermBaseError(
      { file, start: { line, column: 1 } },
      `Unexpected CSV: ${(error as Error).message}`,
      {
        cause: error,
      },
    )
  }
  const [header, ...rows] = records
  if (!header)
    throw new TermBaseError(
      { file, start: { line: 1, column: 1 } },
      'Unexpected empty CSV, expected a header row',
    )

  const columns = header.record.map((name) => name.trim())
  const languageOf = new Map<number, string>()
  const statusOf = new Map<string, number>()
  let idColumn = -1
  let noteColumn = -1
  let domainColumn = -1
  let posColumn = -1
  let literalColumn = -1
  columns.forEach((name, index) => {
    const lower = name.toLowerCase()
    const status = statusColumn.exec(name)
    if (status) statusOf.set((status[1] ?? status[2] ?? '').toLowerCase(), index)
    else if (idColumns.has(lower)) idColumn = index
    else if (noteColumns.has(lower)) noteColumn = index
    else if (domainColumns.has(lower)) domainColumn = index
    else if (posColumns.has(lower)) posColumn = index
    else if (literalColumns.has(lower)) literalColumn = index
    else if (languageColumn.test(name)) languageOf.set(index, name.replace('_', '-'))
  })
  if (languageOf.size === 0) {
    throw new TermBaseError(
      { file, start: { line: 1, column: 1 } },
      `Unexpected CSV header \`${columns.join(delimiter)}\`, expected a column per language named by its code (en, it)`,
    )
  }

  const byId = new Map<string, Concept>()
  for (const { record, info } of rows) {
    const line = info.lines
    const cell = (index: number) => (index >= 0 ? (record[index] ?? '').trim() : '')
    const id = cell(idColumn) || `row-${line}`
    let concept = byId.get(id)
    if (!concept) {
      concept = { id, terms: [], place: { file, start: { line, column: 1 } } }
      byId.set(id, concept)
    }
    if (cell(noteColumn)) concept.note = cell(noteColumn)
    if (cell(domainColumn)) concept.domain = cell(domainColumn)
    for (const [index, language] of languageOf) {
      const text = cell(index)
      if (!text) continue
      const place: Place = { file, start: { line, column: columnOf(record, index) } }
      const statusIndex = statusOf.get(language.slice(0, language.search(/-|$/)).toLowerCase())
      const statusText = statusIndex === undefined ? '' : cell(statusIndex).toLowerCase()
      const status = statusText === '' ? 'admitted' : statusWords[statusText]
      if (!status) {
        throw new TermBaseError(
          { file, start: { line, column: columnOf(record, statusIndex as number) } },
          `Unexpected status \`${statusText}\` for \`${text}\`, expected preferred, admitted, forbidden, deprecated or superseded`,
        )
      }
      const term: Term = { text, language, status, caseSensitive: false, place }
      if (cell(posColumn)) term.partOfSpeech = cell(posColumn)
      if (yes.has(cell(literalColumn).toLowerCase())) {
        term.literal = true
        term.caseSensitive = true
      }
      concept.terms.push(term)
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

/** 1-based column of a cell, counting the cells and delimiters before it (quotes not counted). */
function columnOf(record: string[], index: number): number {
  let column = 1
  for (let cell = 0; cell < index; cell++) column += (record[cell] ?? '').length + 1
  return column
}
