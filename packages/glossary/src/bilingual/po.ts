import { po as poParser } from 'gettext-parser'
import { DocumentError } from '../errors.js'
import type { Segment } from '../segment.js'
import { MappedText } from './mapped-text.js'

interface RawEntry {
  context: string | undefined
  msgid: string
  msgidPlural: string | undefined
  /** Each msgstr (one, or one per plural form) with its characters' file offsets. */
  msgstr: MappedText[]
  line: number
}

const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v' }

/**
 * Read the translations of a gettext PO file: one segment per `msgstr` (per plural form), with
 * its `msgid` (or `msgid_plural`) as source, mapped back to exact file offsets across escapes and
 * continuation lines. The file is parsed by `gettext-parser`; the header entry is skipped, and
 * so are untranslated entries.
 *
 * @param text - The file's content.
 * @param file - The file's path, for errors.
 * @throws {DocumentError} When the file is not valid PO, naming line and column.
 */
export function readPo(text: string, file: string): Segment[] {
  let parsed: ReturnType<typeof poParser.parse>
  try {
    parsed = poParser.parse(text)
  } catch (error) {
    const line = /line (\d+)/i.exec((error as Error).message)?.[1]
    throw new DocumentError(file, Number(line ?? 1), 1, `Unexpected PO: ${(error as Error).message}`, { cause: error })
  }
  const segments: Segment[] = []
  for (const entry of scanEntries(text, file)) {
    if (entry.msgid === '') continue
    const translated = parsed.translations[entry.context ?? '']?.[entry.msgid]
    if (!translated) {
      throw new DocumentError(file, entry.line, 1, `Unexpected entry \`${entry.msgid}\` that gettext-parser did not read`)
    }
    entry.msgstr.forEach((mapped, index) => {
      if (mapped.text === '') return
      const source = index > 0 && entry.msgidPlural !== undefined ? entry.msgidPlural : entry.msgid
      segments.push(mapped.toSegment({ source, id: entry.msgid }))
    })
  }
  return segments
}

/** The entries of a PO file in order, with the file offsets of every msgstr character. */
function scanEntries(text: string, file: string): RawEntry[] {
  const entries: RawEntry[] = []
  let current: RawEntry | undefined
  let field: 'msgctxt' | 'msgid' | 'msgid_plural' | 'msgstr' | undefined
  let offset = 0
  let lineNumber = 0
  const flush = () => {
    if (current) entries.push(current)
    current = undefined
  }
  for (const line of text.split('\n')) {
    lineNumber++
    const lineStart = offset
    offset += line.length + 1
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#')) {
      if (trimmed === '' || (current && current.msgstr.length > 0)) field = undefined
      continue
    }
    const keyword = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+/.exec(trimmed)
    let stringStart: number
    if (keyword) {
      const name = keyword[1] as string
      // An entry starts at its msgctxt, or at its msgid after the previous entry's msgstr.
      if (name === 'msgctxt' || (name === 'msgid' && current && current.msgstr.length > 0)) flush()
      current ??= { context: undefined, msgid: '', msgidPlural: undefined, msgstr: [], line: lineNumber }
      if (name.startsWith('msgstr')) {
        field = 'msgstr'
        current.msgstr.push(new MappedText())
      } else {
        field = name as 'msgctxt' | 'msgid' | 'msgid_plural'
        if (field === 'msgctxt') current.context = ''
        if (field === 'msgid_plural') current.msgidPlural = ''
      }
      stringStart = lineStart + line.indexOf(trimmed) + keyword[0].length
    } else if (trimmed.startsWith('"') && current && field) {
      stringStart = lineStart + line.indexOf('"')
    } else {
      throw new DocumentError(file, lineNumber, 1, `Unexpected line \`${trimmed.slice(0, 40)}\`, expected a PO keyword or a quoted string`)
    }
    const decoded = decodeString(text, stringStart, file, lineNumber)
    if (!current || !field) continue
    if (field === 'msgstr') (current.msgstr.at(-1) as MappedText).appendMapped(decoded.value, decoded.offsets)
    else if (field === 'msgid') current.msgid += decoded.value
    else if (field === 'msgid_plural') current.msgidPlural = (current.msgidPlural ?? '') + decoded.value
    else current.context = (current.context ?? '') + decoded.value
  }
  flush()
  return entries
}

/** Decode the C-style string starting at the `"` at `start`, with each character's offset. */
function decodeString(text: string, start: number, file: string, line: number): { value: string; offsets: number[] } {
  if (text[start] !== '"') throw new DocumentError(file, line, 1, 'Unexpected text, expected a quoted string')
  let value = ''
  const offsets: number[] = []
  let index = start + 1
  while (index < text.length && text[index] !== '"' && text[index] !== '\n') {
    if (text[index] === '\\') {
      const next = text[index + 1] ?? ''
      value += escapes[next] ?? next
      offsets.push(index)
      index += 2
    } else {
      value += text[index]
      offsets.push(index)
      index++
    }
  }
  if (text[index] !== '"') throw new DocumentError(file, line, index - start + 1, 'Unexpected end of line, expected a closing `"`')
  return { value, offsets }
}
