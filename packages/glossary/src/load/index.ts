import {
  assertArrayOf,
  assertOneOf,
  assertString,
  assertTermBase,
  isObject,
  isString,
} from '../validate.js'
import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { TermBaseError } from '../errors.js'
import type { Concept, Place, TermBase } from '../types.js'
import { parseCsvTermBase } from './csv.js'
import { decodeTermBase } from './decode.js'
import { conflictingTerm, parseNativeTermBase } from './native.js'
import { parseTbx } from './tbx.js'

/** The term base formats fonte reads. */
export type TermBaseFormat = 'yaml' | 'tbx' | 'csv'

const formatByExtension: Record<string, TermBaseFormat> = {
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'yaml',
  '.tbx': 'tbx',
  '.xml': 'tbx',
  '.csv': 'csv',
  '.tsv': 'csv',
}

/**
 * Parse a term base from text.
 *
 * @param text - The file's content.
 * @param file - The file's path, for places and errors; its extension picks the format when
 *   `format` is not given (`.yaml`, `.yml`, `.json`: fonte's format; `.tbx`, `.xml`: TBX;
 *   `.csv`, `.tsv`: CSV).
 * @param format - The format, overriding the extension (optional).
 * @throws {TermBaseError} When the term base cannot be used, naming file, line and column.
 */
export function parseTermBase(text: string, file: string, format?: TermBaseFormat): TermBase {
  assertString('parseTermBase', 'text', text)
  assertString('parseTermBase', 'file', file)
  if (format !== undefined) assertOneOf('parseTermBase', 'format', format, ['yaml', 'tbx', 'csv'])
  const resolved = format ?? formatByExtension[extname(file).toLowerCase()]
  switch (resolved) {
    case 'yaml':
      return parseNativeTermBase(text, file)
    case 'tbx': {
      const { concepts, files } = parseTbx(text, file)
      return { concepts, files }
    }
    case 'csv':
      return parseCsvTermBase(text, file)
    default:
      throw new TermBaseError(
        { file, start: { line: 1, column: 1 } },
        `Unexpected term base extension \`${extname(file)}\`, expected .yaml, .yml, .json, .tbx, .xml, .csv or .tsv`,
      )
  }
}

/**
 * Read term bases from files and merge them into one.
 *
 * @param files - Paths of term bases in any supported format.
 * @returns The merged term base.
 * @throws {TermBaseError} When a file cannot be read or used, or the files disagree on a term.
 */
export async function loadTermBases(files: readonly string[]): Promise<TermBase> {
  assertArrayOf('loadTermBases', 'files', files, 'an array of file paths', isString)
  const bases: TermBase[] = []
  for (const file of files) bases.push(await readTermBase(file, file))
  return mergeTermBases(bases)
}

/**
 * Read and parse one term base file; module-internal (`loadTermBases`, `loadGlossary`).
 *
 * @param file - Where to read it.
 * @param name - How places and errors name it (the path as the user gave it).
 * @throws {TermBaseError} When the file cannot be read or used.
 */
export async function readTermBase(file: string, name: string): Promise<TermBase> {
  let bytes: Uint8Array
  try {
    // A named pipe waits for a writer and a device may never end (`/dev/zero`): files only.
    const info = await stat(file)
    if (!info.isFile()) {
      throw new TermBaseError(
        { file: name, start: { line: 1, column: 1 } },
        `Unexpected ${info.isDirectory() ? 'folder' : 'named pipe, socket or device'}, expected a term base file`,
      )
    }
    bytes = await readFile(file)
  } catch (error) {
    if (error instanceof TermBaseError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new TermBaseError(
      { file: name, start: { line: 1, column: 1 } },
      code === 'ENOENT'
        ? 'Cannot read the term base: no such file'
        : `Cannot read the term base: ${code ?? 'unreadable'}`,
      { cause: error },
    )
  }
  return parseTermBase(decodeTermBase(bytes, name), name)
}

/**
 * Merge term bases: concepts with the same id become one, with the terms of both (a term listed
 * twice with the same status is kept once).
 *
 * @throws {TermBaseError} When one base allows a term that another forbids for the same concept.
 */
export function mergeTermBases(bases: readonly TermBase[]): TermBase {
  assertArrayOf('mergeTermBases', 'bases', bases, 'an array of term bases', isObject)
  bases.forEach((base, index) => assertTermBase('mergeTermBases', `bases[${index}]`, base))
  const byId = new Map<string, Concept>()
  const files: string[] = []
  for (const base of bases) {
    files.push(...base.files)
    for (const concept of base.concepts) {
      const existing = byId.get(concept.id)
      if (!existing) {
        byId.set(concept.id, { ...concept, terms: [...concept.terms] })
        continue
      }
      for (const term of concept.terms) {
        const duplicate = existing.terms.some(
          (other) =>
            other.language === term.language &&
            other.text === term.text &&
            other.status === term.status,
        )
        if (!duplicate) existing.terms.push(term)
      }
      existing.note ??= concept.note
      existing.domain ??= concept.domain
      const conflict = conflictingTerm(existing)
      if (conflict) {
        const where = conflict.other.place
        throw new TermBaseError(
          conflict.term.place as Place,
          `Unexpected \`${conflict.term.text}\` as ${conflict.term.status} in \`${concept.id}\`: it is ${conflict.other.status} in ${where ? `${where.file}:${where.start.line}` : 'another term base'}; a term is either allowed or forbidden`,
        )
      }
    }
  }
  return { concepts: [...byId.values()], files }
}
