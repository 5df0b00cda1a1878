import type { Node, YAMLMap } from 'yaml'
import { TermBaseError } from '../errors.js'
import { yaml } from '../lazy.js'
import { plainTermBase } from './plain.js'
import type { Concept, Place, Term, TermBase, TermStatus } from '../types.js'

const statuses: readonly TermStatus[] = [
  'preferred',
  'admitted',
  'forbidden',
  'deprecated',
  'superseded',
]
const conceptKeys = new Set(['id', 'note', 'domain'])
const termKeys = new Set(['term', 'status', 'caseSensitive', 'literal', 'partOfSpeech', 'note'])
const languageTag = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/

/**
 * Read a term base in fonte's own format: YAML (or JSON, which is YAML too) with a list of
 * concepts, each with an `id`, optional `note` and `domain`, and a list of terms per language:
 *
 * ```yaml
 * concepts:
 *   - id: mutual-defence
 *     en: [mutual defence, mutual defense]
 *     it:
 *       - { term: mutua difesa, status: preferred }
 *       - { term: difesa reciproca, status: forbidden }
 * ```
 *
 * A term is a string (a preferred term) or a mapping with `term`, `status` (`preferred`,
 * `admitted`, `forbidden`, `deprecated`, `superseded`; default `preferred`), `caseSensitive`
 * (default `false`), `literal` (default `false`: no inflection, case-sensitive), `partOfSpeech`
 * (`verb`, `adjective`, `noun`…) and `note`. `schema.json` in this package describes it.
 *
 * @param text - The file's content.
 * @param file - The file's path, for places and errors.
 * @returns The term base; every concept and term keeps its place in the file.
 * Plain block-style YAML is read by `plainTermBase`, without loading the `yaml` parser; anything
 * else, and every invalid term base, by `yaml` (the same term base, or the error).
 *
 * @throws {TermBaseError} At the first problem, with file, line and column.
 */
export function parseNativeTermBase(text: string, file: string): TermBase {
  const plain = plainTermBase(text, file)
  if (plain && plain.every((concept) => conflictingTerm(concept) === undefined)) {
    const ids = new Set(plain.map((concept) => concept.id))
    if (ids.size === plain.length) return { concepts: plain, files: [file] }
  }
  return parseYamlTermBase(text, file)
}

/** `parseNativeTermBase` by the `yaml` parser (exported for the tests that compare the two). */
export function parseYamlTermBase(text: string, file: string): TermBase {
  const { isMap, isSeq, LineCounter, parseDocument } = yaml()
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const placeAt = (offset: number, end?: number): Place => {
    const start = lineCounter.linePos(offset)
    const place: Place = { file, start: { line: start.line, column: start.col, offset } }
    if (end !== undefined) {
      const stop = lineCounter.linePos(end)
      place.end = { line: stop.line, column: stop.col, offset: end }
    }
    return place
  }
  const fail = (node: Node | null | undefined, reason: string): never => {
    throw new TermBaseError(placeAt(node?.range?.[0] ?? 0, node?.range?.[1]), reason)
  }

  const [error] = document.errors
  if (error) {
    // A .json term base is read as the YAML it is a part of: a syntax error is said to be JSON's.
    const syntax = /\.json$/i.test(file) ? 'JSON (read as YAML)' : 'YAML'
    throw new TermBaseError(
      placeAt(error.pos[0]),
      // The YAML parser recurses, and reports running out of stack as an error of the document.
      /call stack/i.test(error.message)
        ? `Unexpected ${syntax} nested too deeply to read, expected a term base (concepts, terms and their fields)`
        : `Unexpected ${syntax}: ${error.message.split('\n', 1)[0]}`,
      { cause: error },
    )
  }
  const root = document.contents
  if (!isMap(root))
    return fail(root, 'Unexpected term base, expected a mapping with a `concepts` list')
  const conceptList = root.get('concepts', true)
  if (!isSeq(conceptList)) {
    return fail(conceptList ?? root, 'Unexpected term base, expected a `concepts` list')
  }

  const concepts: Concept[] = []
  const ids = new Map<string, Place>()
  for (const item of conceptList.items) {
    if (!isMap(item))
      return fail(item as Node, 'Unexpected concept, expected a mapping with an `id`')
    const concept = readConcept(item, placeAt, fail)
    const earlier = ids.get(concept.id)
    if (earlier) {
      fail(
        item.get('id', true) as Node,
        `Unexpected duplicate concept id \`${concept.id}\`, first defined at line ${earlier.start.line}`,
      )
    }
    ids.set(concept.id, concept.place as Place)
    concepts.push(concept)
  }
  return { concepts, files: [file] }
}

type PlaceAt = (offset: number, end?: number) => Place
type Fail = (node: Node | null | undefined, reason: string) => never

function readConcept(item: YAMLMap, placeAt: PlaceAt, fail: Fail): Concept {
  const { isScalar, isSeq } = yaml()
  const idNode = item.get('id', true)
  if (!isScalar(idNode) || typeof idNode.value !== 'string' || idNode.value.trim() === '') {
    return fail(
      idNode ?? item,
      'Unexpected concept without an `id`, expected a non-empty string such as `mutual-defence`',
    )
  }
  const concept: Concept = {
    id: idNode.value.trim(),
    terms: [],
    place: placeAt(item.range?.[0] ?? 0),
  }
  for (const pair of item.items) {
    const keyNode = pair.key as Node
    const key = isScalar(keyNode) ? String(keyNode.value) : ''
    const value = pair.value as Node | null
    if (key === 'id') continue
    if (key === 'note' || key === 'domain') {
      if (!isScalar(value) || typeof value.value !== 'string')
        fail(value ?? keyNode, `Unexpected \`${key}\`, expected a string`)
      concept[key] = (value as { value: string }).value
      continue
    }
    if (!languageTag.test(key) || conceptKeys.has(key)) {
      fail(
        keyNode,
        `Unexpected key \`${key}\` in concept \`${concept.id}\`, expected id, note, domain or a language code such as it or en`,
      )
    }
    if (!isSeq(value))
      fail(value ?? keyNode, `Unexpected \`${key}\` terms, expected a list of terms`)
    for (const entry of (value as { items: unknown[] }).items) {
      concept.terms.push(readTerm(entry as Node, key, concept.id, placeAt, fail))
    }
  }
  checkConflicts(concept, fail)
  return concept
}

function readTerm(
  node: Node,
  language: string,
  conceptId: string,
  placeAt: PlaceAt,
  fail: Fail,
): Term {
  const { isMap, isScalar } = yaml()
  const place = placeAt(node.range?.[0] ?? 0, node.range?.[1])
  if (isScalar(node)) {
    if (typeof node.value !== 'string' || node.value.trim() === '') {
      return fail(node, `Unexpected term in \`${conceptId}\`, expected a non-empty string`)
    }
    return { text: node.value.trim(), language, status: 'preferred', caseSensitive: false, place }
  }
  if (!isMap(node))
    return fail(
      node,
      `Unexpected term in \`${conceptId}\`, expected a string or a mapping with \`term\``,
    )
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (!termKeys.has(key)) {
      fail(
        pair.key as Node,
        `Unexpected key \`${key}\` in a term, expected term, status, caseSensitive, literal, partOfSpeech or note`,
      )
    }
  }
  const termNode = node.get('term', true)
  if (!isScalar(termNode) || typeof termNode.value !== 'string' || termNode.value.trim() === '') {
    return fail(
      termNode ?? node,
      `Unexpected term in \`${conceptId}\` without \`term\`, expected its text`,
    )
  }
  const term: Term = {
    text: termNode.value.trim(),
    language,
    status: 'preferred',
    caseSensitive: false,
    place,
  }
  const statusNode = node.get('status', true)
  if (statusNode !== undefined) {
    const status = isScalar(statusNode) ? statusNode.value : undefined
    if (typeof status !== 'string' || !statuses.includes(status as TermStatus)) {
      fail(
        statusNode,
        `Unexpected status \`${String(status)}\` for \`${term.text}\`, expected one of ${statuses.join(', ')}`,
      )
    }
    term.status = status as TermStatus
  }
  for (const key of ['caseSensitive', 'literal'] as const) {
    const flagNode = node.get(key, true)
    if (flagNode === undefined) continue
    if (!isScalar(flagNode) || typeof flagNode.value !== 'boolean') {
      fail(flagNode, `Unexpected \`${key}\` for \`${term.text}\`, expected true or false`)
    }
    term[key] = (flagNode as { value: boolean }).value
  }
  // A literal term is case-sensitive unless the term base says otherwise.
  if (term.literal && node.get('caseSensitive', true) === undefined) term.caseSensitive = true
  for (const key of ['partOfSpeech', 'note'] as const) {
    const valueNode = node.get(key, true)
    if (valueNode === undefined) continue
    if (!isScalar(valueNode) || typeof valueNode.value !== 'string') {
      fail(valueNode, `Unexpected \`${key}\` for \`${term.text}\`, expected a string`)
    }
    term[key] = (valueNode as { value: string }).value
  }
  return term
}

/**
 * A term may not be both allowed and forbidden for one concept in one language.
 * Exported for the other readers, which check the same.
 */
export function conflictingTerm(concept: Concept): { term: Term; other: Term } | undefined {
  const seen = new Map<string, Term>()
  for (const term of concept.terms) {
    const key = `${term.language}\u0000${term.caseSensitive ? term.text : term.text.toLowerCase()}`
    const other = seen.get(key)
    if (other && isAllowed(other.status) !== isAllowed(term.status)) return { term, other }
    seen.set(key, term)
  }
  return undefined
}

function checkConflicts(concept: Concept, fail: Fail): void {
  const conflict = conflictingTerm(concept)
  if (!conflict) return
  const { term, other } = conflict
  const node = {
    range: [term.place?.start.offset ?? 0, term.place?.end?.offset ?? 0, 0],
  } as unknown as Node
  fail(
    node,
    `Unexpected \`${term.text}\` as ${term.status} in \`${concept.id}\`: it is ${other.status} at line ${other.place?.start.line ?? '?'}; a term is either allowed or forbidden`,
  )
}

function isAllowed(status: TermStatus): boolean {
  return status === 'preferred' || status === 'admitted'
}
