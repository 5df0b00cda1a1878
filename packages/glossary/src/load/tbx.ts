import { SaxesParser, type SaxesTagPlain } from 'saxes'
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
  const parser = new SaxesParser({ xmlns: false, position: true, fileName: file })
  const concepts: Concept[] = []
  let dialect: TbxDialect | undefined
  let concept: Concept | undefined
  let language: string | undefined
  let term: Partial<Term> | undefined
  // What the text being read is: a term, a status, a part of speech, a note or a subject field.
  let reading: { kind: Reading; place: Place } | undefined
  let buffer = ''
  let depth = 0
  let fatal: TermBaseError | undefined

  const here = (): Place => ({ file, start: { line: parser.line, column: parser.column + 1 } })
  const fail = (place: Place, reason: string): never => {
    throw new TermBaseError(place, reason)
  }

  parser.on('error', (error) => {
    // saxes prefixes "file:line:column: "; keep only the reason.
    const reason = error.message.replace(/^.*?:\d+:\d+: /, '')
    fatal ??= new TermBaseError(here(), `Unexpected XML: ${reason}`, { cause: error })
    throw fatal
  })

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name)
    depth++
    if (depth === 1) {
      if (name === 'martif') dialect = 'tbx2'
      else if (name === 'tbx') dialect = 'tbx3'
      else
        fail(
          here(),
          `Unexpected root element <${tag.name}>, expected <martif> (TBX 2) or <tbx> (TBX 3)`,
        )
      return
    }
    const type = attribute(tag, 'type')
    switch (name) {
      case 'termEntry':
      case 'conceptEntry':
        concept = {
          id: attribute(tag, 'id') ?? `entry-${parser.line}`,
          terms: [],
          place: here(),
        }
        break
      case 'langSet':
      case 'langSec':
        language = attribute(tag, 'xml:lang') ?? attribute(tag, 'lang')
        if (!language)
          fail(
            here(),
            `Unexpected <${tag.name}> without xml:lang, expected the language of its terms`,
          )
        break
      case 'tig':
      case 'ntig':
      case 'termSec':
        if (!concept || !language)
          fail(here(), `Unexpected <${tag.name}> outside a concept entry and language section`)
        term = {
          language: language as string,
          status: 'admitted',
          caseSensitive: false,
          place: here(),
        }
        break
      case 'term':
        if (term && reading === undefined) start('term')
        break
      case 'termNote':
        if (type === 'administrativeStatus') start('status')
        else if (type === 'partOfSpeech') start('partOfSpeech')
        else if (type === 'x-caseSensitive') start('caseSensitive')
        else if (type === 'x-literal') start('literal')
        break
      case 'administrativeStatus':
        start('status')
        break
      case 'partOfSpeech':
        start('partOfSpeech')
        break
      case 'descrip':
        if (type === 'subjectField') start('domain')
        else if (type === 'definition') start('note')
        break
      case 'subjectField':
        start('domain')
        break
      case 'note':
      case 'definition':
        start('note')
        break
    }
  })

  const start = (kind: Reading) => {
    if (reading) return
    reading = { kind, place: here() }
    buffer = ''
  }

  parser.on('text', (value) => {
    if (reading) buffer += value
  })
  parser.on('cdata', (value) => {
    if (reading) buffer += value
  })

  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name)
    depth--
    if (reading && closes(reading.kind, name)) {
      const value = buffer.replace(/\s+/g, ' ').trim()
      const { kind, place } = reading
      reading = undefined
      if (kind === 'term' && term) term.text = value
      else if (kind === 'status' && term) {
        const status = administrativeStatus[value]
        if (!status) {
          fail(
            place,
            `Unexpected administrative status \`${value}\`, expected one of ${Object.keys(administrativeStatus).join(', ')}`,
          )
        }
        term.status = status as TermStatus
      } else if (kind === 'partOfSpeech' && term) term.partOfSpeech = value
      else if (kind === 'caseSensitive' && term)
        term.caseSensitive = value === 'true' || value === 'yes'
      else if (kind === 'literal' && term) {
        term.literal = value === 'true' || value === 'yes'
        if (term.literal) term.caseSensitive = true
      } else if (kind === 'note') {
        if (term) term.note = value
        else if (concept) concept.note = value
      } else if (kind === 'domain' && concept) concept.domain = value
      return
    }
    switch (name) {
      case 'tig':
      case 'ntig':
      case 'termSec':
        if (term && concept) {
          if (!term.text)
            fail(
              term.place as Place,
              `Unexpected <${tag.name}> without a <term>, expected the term's text`,
            )
          concept.terms.push(term as Term)
        }
        term = undefined
        break
      case 'langSet':
      case 'langSec':
        language = undefined
        break
      case 'termEntry':
      case 'conceptEntry':
        if (concept) {
          const conflict = conflictingTerm(concept)
          if (conflict) {
            fail(
              conflict.term.place as Place,
              `Unexpected \`${conflict.term.text}\` as ${conflict.term.status} in \`${concept.id}\`: it is ${conflict.other.status} at line ${conflict.other.place?.start.line ?? '?'}; a term is either allowed or forbidden`,
            )
          }
          concepts.push(concept)
        }
        concept = undefined
        break
    }
  })

  try {
    parser.write(text).close()
  } catch (error) {
    if (error instanceof TermBaseError) throw error
    throw new TermBaseError(here(), `Unexpected XML: ${(error as Error).message}`, { cause: error })
  }
  if (!dialect)
    fail(
      { file, start: { line: 1, column: 1 } },
      'Unexpected empty TBX file, expected <martif> or <tbx>',
    )
  return { concepts, files: [file], dialect: dialect as TbxDialect }
}

function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  const value = tag.attributes[name]
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

type Reading = 'term' | 'status' | 'partOfSpeech' | 'caseSensitive' | 'literal' | 'note' | 'domain'

function closes(kind: Reading, name: string): boolean {
  switch (kind) {
    case 'caseSensitive':
    case 'literal':
      return name === 'termNote'
    case 'term':
      return name === 'term'
    case 'status':
      return name === 'termNote' || name === 'administrativeStatus'
    case 'partOfSpeech':
      return name === 'termNote' || name === 'partOfSpeech'
    case 'note':
      return name === 'note' || name === 'descrip' || name === 'definition'
    case 'domain':
      return name === 'descrip' || name === 'subjectField'
  }
}
