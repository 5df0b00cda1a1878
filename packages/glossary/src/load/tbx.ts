import { assertString } from '../validate.js'
import type { SaxesTagPlain } from 'saxes'
import { saxes, saxesReason } from '../lazy.js'
import { TermBaseError } from '../errors.js'
import type { Concept, Place, Term, TermBase, TermStatus } from '../types.js'
import { conflictingTerm } from './native.js'

// TBX administrative status values (ISO 30042, TBX-Basic) and what they mean here.
const administrativeStatus: Record<string, TermStatus> = {
  'preferredTerm-admn-sts': 'preferred',
  'admittedTerm-admn-sts': 'admitted',
  'deprecatedTerm-admn-sts': 'deprecated',
  'supersededTerm-admn-sts': 'superseded',
}

/** Which TBX a document is: TBX 2 (`martif`, ISO 30042:2008) or TBX 3 (`tbx`, ISO 30042:2019). */
export type TbxDialect = 'tbx2' | 'tbx3'

/**
 * Read a TBX term base, in either dialect that tools export: TBX 2 (`martif` / `termEntry` /
 * `langSet` / `tig` or `ntig`) and TBX 3 (`tbx` / `conceptEntry` / `langSec` / `termSec`), in the
 * DCA style (`<termNote type="administrativeStatus">`) or the DCT style
 * (`<basic:administrativeStatus>`). Reads `administrativeStatus` (`preferredTerm-admn-sts`,
 * `admittedTerm-admn-sts`, `deprecatedTerm-admn-sts`, `supersededTerm-admn-sts`; a term without
 * one is admitted), `partOfSpeech`, the `subjectField` and notes or definitions, and fonte's
 * `<termNote type="x-caseSensitive">` and `<termNote type="x-literal">` (`true`: matched as written).
 *
 * @param text - The file's content.
 * @param file - The file's path, for places and errors.
 * @returns The term base; every concept and term keeps its place in the file.
 * @throws {TermBaseError} For malformed XML, an unknown root or status, a term without text, or
 *   a term both allowed and forbidden in one concept, with file, line and column.
 */
export function parseTbx(text: string, file: string): TermBase & { dialect: TbxDialect } {
  assertString('parseTbx', 'text', text)
  assertString('parseTbx', 'file', file)
  const parser = new (saxes().SaxesParser)({ xmlns: false, position: true, fileName: file })
  const reader = new TbxReader(file, () => ({ line: parser.line, column: parser.column + 1 }))
  let fatal: TermBaseError | undefined
  parser.on('error', (error) => {
    fatal ??= new TermBaseError(reader.here(), `Unexpected XML: ${saxesReason(error)}`, {
      cause: error,
    })
    throw fatal
  })
  parser.on('opentag', (tag) => reader.open(tag))
  parser.on('text', (value) => reader.text(value))
  parser.on('cdata', (value) => reader.text(value))
  parser.on('closetag', (tag) => reader.close(tag))
  try {
    parser.write(text).close()
  } catch (error) {
    if (error instanceof TermBaseError) throw error
    throw new TermBaseError(reader.here(), `Unexpected XML: ${saxesReason(error)}`, {
      cause: error,
    })
  }
  if (!reader.dialect)
    fail(
      { file, start: { line: 1, column: 1 } },
      'Unexpected empty TBX file, expected <martif> or <tbx>',
    )
  return { concepts: reader.concepts, files: [file], dialect: reader.dialect }
}

/** What the text being read is: a term, a status, a part of speech, a note or a subject field. */
type Reading = 'term' | 'status' | 'partOfSpeech' | 'caseSensitive' | 'literal' | 'note' | 'domain'

/** The elements that hold a concept, a language section and a term, in both dialects. */
type Level = 'concept' | 'language' | 'term'

const levels: Record<string, Level> = {
  termEntry: 'concept',
  conceptEntry: 'concept',
  langSet: 'language',
  langSec: 'language',
  tig: 'term',
  ntig: 'term',
  termSec: 'term',
}

/**
 * The elements whose text is a field, and which field: by element (DCT style,
 * `<basic:administrativeStatus>`), or by element and `type` (DCA style, `<termNote
 * type="administrativeStatus">`).
 */
const readings: Record<string, Reading | Record<string, Reading>> = {
  term: 'term',
  termNote: {
    administrativeStatus: 'status',
    partOfSpeech: 'partOfSpeech',
    'x-caseSensitive': 'caseSensitive',
    'x-literal': 'literal',
  },
  administrativeStatus: 'status',
  partOfSpeech: 'partOfSpeech',
  descrip: { subjectField: 'domain', definition: 'note' },
  subjectField: 'domain',
  note: 'note',
  definition: 'note',
}

/** The end tags that end reading each field. */
const closers: Record<Reading, readonly string[]> = {
  term: ['term'],
  status: ['termNote', 'administrativeStatus'],
  partOfSpeech: ['termNote', 'partOfSpeech'],
  caseSensitive: ['termNote'],
  literal: ['termNote'],
  note: ['note', 'descrip', 'definition'],
  domain: ['descrip', 'subjectField'],
}

const yes = (value: string) => value === 'true' || value === 'yes'

/** How each field's text is stored, on the term being read or else its concept. */
const setters: Record<
  Reading,
  (
    value: string,
    term: Partial<Term> | undefined,
    concept: Concept | undefined,
    place: Place,
  ) => void
> = {
  term: (value, term) => {
    if (term) term.text = value
  },
  status: (value, term, _, place) => {
    if (term) term.status = statusOf(value, place)
  },
  partOfSpeech: (value, term) => {
    if (term) term.partOfSpeech = value
  },
  caseSensitive: (value, term) => {
    if (term) term.caseSensitive = yes(value)
  },
  literal: (value, term) => {
    if (!term) return
    term.literal = yes(value)
    if (term.literal) term.caseSensitive = true
  },
  note: (value, term, concept) => {
    if (term) term.note = value
    else if (concept) concept.note = value
  },
  domain: (value, _, concept) => {
    if (concept) concept.domain = value
  },
}

function statusOf(value: string, place: Place): TermStatus {
  const status = own(administrativeStatus, value)
  if (status) return status
  return fail(
    place,
    `Unexpected administrative status \`${value}\`, expected one of ${Object.keys(administrativeStatus).join(', ')}`,
  )
}

/** A table's own entry (element names and values such as `constructor` are not entries). */
function own<Value>(table: Record<string, Value>, key: string): Value | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

function fail(place: Place, reason: string): never {
  throw new TermBaseError(place, reason)
}

/** The state of a TBX file being read, event by event. */
class TbxReader {
  dialect: TbxDialect | undefined
  readonly concepts: Concept[] = []
  private concept: Concept | undefined
  private language: string | undefined
  private term: Partial<Term> | undefined
  private reading: { kind: Reading; place: Place } | undefined
  private buffer = ''
  private depth = 0

  constructor(
    private readonly file: string,
    private readonly position: () => { line: number; column: number },
  ) {}

  /** Where the parser is. */
  here(): Place {
    return { file: this.file, start: this.position() }
  }

  open(tag: SaxesTagPlain): void {
    const name = localName(tag.name)
    this.depth++
    if (this.depth === 1) return this.openRoot(tag, name)
    const level = own(levels, name)
    if (level) return this.openLevel(level, tag)
    const field = own(readings, name)
    const kind = typeof field === 'object' ? own(field, attribute(tag, 'type') ?? '') : field
    // A <term> is the term's text only inside a term section.
    if (kind && (kind !== 'term' || this.term) && !this.reading) {
      this.reading = { kind, place: this.here() }
      this.buffer = ''
    }
  }

  text(value: string): void {
    if (this.reading) this.buffer += value
  }

  close(tag: SaxesTagPlain): void {
    const name = localName(tag.name)
    this.depth--
    if (this.reading && closers[this.reading.kind].includes(name)) {
      const { kind, place } = this.reading
      this.reading = undefined
      setters[kind](this.buffer.replace(/\s+/g, ' ').trim(), this.term, this.concept, place)
      return
    }
    const level = own(levels, name)
    if (level === 'term') this.closeTerm(tag)
    else if (level === 'language') this.language = undefined
    else if (level === 'concept') this.closeConcept()
  }

  private openRoot(tag: SaxesTagPlain, name: string): void {
    if (name === 'martif') this.dialect = 'tbx2'
    else if (name === 'tbx') this.dialect = 'tbx3'
    else
      fail(
        this.here(),
        `Unexpected root element <${tag.name}>, expected <martif> (TBX 2) or <tbx> (TBX 3)`,
      )
  }

  private openLevel(level: Level, tag: SaxesTagPlain): void {
    const place = this.here()
    if (level === 'concept') {
      this.concept = { id: attribute(tag, 'id') ?? `entry-${place.start.line}`, terms: [], place }
    } else if (level === 'language') {
      this.language = attribute(tag, 'xml:lang') ?? attribute(tag, 'lang')
      if (!this.language)
        fail(place, `Unexpected <${tag.name}> without xml:lang, expected the language of its terms`)
    } else {
      if (!this.concept || !this.language)
        fail(place, `Unexpected <${tag.name}> outside a concept entry and language section`)
      this.term = { language: this.language, status: 'admitted', caseSensitive: false, place }
    }
  }

  private closeTerm(tag: SaxesTagPlain): void {
    const { term, concept } = this
    if (term && concept) {
      if (!term.text)
        fail(
          term.place as Place,
          `Unexpected <${tag.name}> without a <term>, expected the term's text`,
        )
      concept.terms.push(term as Term)
    }
    this.term = undefined
  }

  private closeConcept(): void {
    const concept = this.concept
    if (concept) {
      const conflict = conflictingTerm(concept)
      if (conflict) {
        fail(
          conflict.term.place as Place,
          `Unexpected \`${conflict.term.text}\` as ${conflict.term.status} in \`${concept.id}\`: it is ${conflict.other.status} at line ${conflict.other.place?.start.line ?? '?'}; a term is either allowed or forbidden`,
        )
      }
      this.concepts.push(concept)
    }
    this.concept = undefined
  }
}

function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  const value = tag.attributes[name]
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}
