import { assertOffsets, assertString } from '../validate.js'
import { DocumentError } from '../errors.js'
import { MappedTextBuilder, type MappedText } from '@fonte/markdown'
import { toSegment, type Segment } from '../segment.js'

/** One entry of a PO file, as read by `parsePo`. */
export interface PoEntry {
  /** File offset where the entry begins: its first comment, or its first keyword. */
  start: number
  /** File offset of its first keyword (`msgctxt` or `msgid`). */
  keywordStart: number
  /** File offset just after its last string. */
  end: number
  /** 1-based line of its first keyword. */
  line: number
  /** The `msgctxt`, when it has one. */
  context: string | undefined
  msgid: string
  msgidPlural: string | undefined
  /** Each `msgstr` (one, or one per plural form in order), mapped to file offsets. */
  msgstr: MappedText[]
  /** Its flags (`fuzzy`, `c-format`…), from `#,` comments. */
  flags: string[]
  /** File offset of its first `#,` line, when it has one. */
  flagsStart: number | undefined
  /** File offset of its first `#|` (previous msgid) line, when it has one. */
  previousStart: number | undefined
}

/** A PO file, read. */
export interface PoFile {
  /** Its live entries in order (the header included; obsolete `#~` entries left out). */
  entries: PoEntry[]
  /** The `charset` of its header's `Content-Type`, lower-cased, when it names one. */
  charset: string | undefined
}

const simpleEscapes: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  '\\': '\\',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
}

const keywordPattern =
  /^(msgctxt|msgid_plural|msgid|msgstr)(?:[ \t]*\[[ \t]*(\d+)[ \t]*\])?(?=[\s"]|$)/

/**
 * Read the translations of a gettext PO file: one segment per `msgstr` (per plural form), with
 * its `msgid` (or `msgid_plural`) as source, mapped back to exact file offsets across escapes and
 * continuation lines. The header entry, untranslated and obsolete (`#~`) entries are skipped.
 * Every escape gettext accepts is read (`\a \b \f \n \r \t \v \\ \"`, octal and hex bytes).
 *
 * @param text - The file's content.
 * @param file - The file's path, for errors.
 * @throws {DocumentError} When the file is not valid PO, naming line and column.
 */
export function readPo(text: string, file: string): Segment[] {
  assertString('readPo', 'text', text)
  assertString('readPo', 'file', file)
  const segments: Segment[] = []
  for (const entry of parsePo(text, file).entries) {
    if (entry.msgid === '' && entry.context === undefined) continue
    const id = entry.msgid
    entry.msgstr.forEach((mapped, index) => {
      if (mapped.text === '') return
      const source = index > 0 && entry.msgidPlural !== undefined ? entry.msgidPlural : entry.msgid
      segments.push(toSegment(mapped, { source, id, entry: [entry.start, entry.end] }))
    })
  }
  return segments
}

/**
 * Parse a PO file into its entries, as gettext's `msgfmt` reads it: keywords with one or more
 * strings each (continuation lines, or several on one line), comments, plural forms.
 *
 * @param text - The file's content.
 * @param file - The file's path, for errors.
 * @throws {DocumentError} When the file is not valid PO, naming line and column.
 */
export function parsePo(text: string, file: string): PoFile {
  assertString('parsePo', 'text', text)
  assertString('parsePo', 'file', file)
  const state = new PoReader(text, file)
  let offset = 0
  let lineNumber = 0
  while (offset <= text.length) {
    const newline = text.indexOf('\n', offset)
    const lineEnd = newline === -1 ? text.length : newline
    lineNumber++
    state.line(offset, lineEnd, lineNumber)
    if (newline === -1) break
    offset = newline + 1
  }
  const entries = state.finish()
  return { entries, charset: charsetOf(entries) }
}

type Field = 'msgctxt' | 'msgid' | 'msgid_plural' | 'msgstr'

/** Reads a PO file line by line into entries. */
class PoReader {
  private readonly entries: PoEntry[] = []
  private current: PoEntry | undefined
  /** The current entry's msgstr strings, built into its `msgstr` when it closes. */
  private msgstrs: MappedTextBuilder[] = []
  private field: Field | undefined
  /** Offset of the first comment line since the last entry, and its flags. */
  private commentsStart: number | undefined
  private flags: string[] = []
  private flagsStart: number | undefined
  private previousStart: number | undefined
  /** The 1-based column of the token being read, for errors. */
  private column = 1

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  line(start: number, end: number, lineNumber: number): void {
    const raw = this.text.slice(start, end)
    const indent = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed === '') return
    if (trimmed.startsWith('#')) {
      this.comment(trimmed, start + indent)
      return
    }
    // Keywords and strings are tokens, as msgfmt reads them: several may share a line.
    let cursor = start + indent
    while (cursor < end) {
      const char = this.text[cursor] as string
      if (char === ' ' || char === '\t' || char === '\r' || char === '\f' || char === '\v') {
        cursor++
        continue
      }
      if (char === '"') {
        const current = this.current
        if (!current || !this.field)
          this.fail(
            lineNumber,
            cursor - start + 1,
            'Unexpected quoted string, expected a PO keyword (msgid, msgstr…) before it',
          )
        const decoded = decodeString(this.text, cursor, end, (column, reason) =>
          this.fail(lineNumber, column - start + 1, reason),
        )
        this.append(current, decoded)
        current.end = decoded.end
        cursor = decoded.end
        continue
      }
      const rest = this.text.slice(cursor, end)
      const keyword = keywordPattern.exec(rest)
      this.column = cursor - start + 1
      if (keyword) {
        this.keyword(keyword, cursor, lineNumber)
        cursor += keyword[0].length
        continue
      }
      const domain = /^domain[ \t]+"[^"]*"/.exec(rest)
      if (domain) {
        // `domain "name"` starts the entries of another message domain: still entries to check.
        if (this.current && this.field !== 'msgstr')
          this.fail(
            lineNumber,
            this.column,
            `Unexpected \`domain\`, expected a msgstr for the entry at line ${this.current.line}`,
          )
        this.closeEntry()
        this.resetComments()
        cursor += domain[0].length
        continue
      }
      this.fail(
        lineNumber,
        cursor - start + 1,
        `Unexpected \`${rest.trim().slice(0, 40)}\`, expected a PO keyword (msgid, msgstr…), a quoted string or a # comment`,
      )
    }
  }

  private comment(trimmed: string, offset: number): void {
    // An obsolete entry's comments are its own: forget them.
    if (trimmed.startsWith('#~')) {
      this.closeEntry()
      this.resetComments()
      return
    }
    if (this.current && this.field === 'msgstr') this.closeEntry()
    this.commentsStart ??= offset
    if (trimmed.startsWith('#,')) {
      this.flagsStart ??= offset
      this.flags.push(
        ...trimmed
          .slice(2)
          .split(',')
          .map((flag) => flag.trim())
          .filter(Boolean),
      )
    } else if (trimmed.startsWith('#|')) {
      this.previousStart ??= offset
    }
  }

  private keyword(match: RegExpExecArray, offset: number, lineNumber: number): void {
    const name = match[1] as Field
    const index = match[2]
    if (index !== undefined && name !== 'msgstr')
      this.fail(
        lineNumber,
        this.column,
        `Unexpected \`${name}[${index}]\`, only msgstr takes a plural index`,
      )
    const current = this.current
    const startsEntry =
      name === 'msgctxt' ||
      (name === 'msgid' && (current === undefined || this.field !== 'msgctxt'))
    if (startsEntry) {
      if (current && this.field !== 'msgstr')
        this.fail(
          lineNumber,
          this.column,
          `Unexpected \`${name}\`, expected a msgstr for the entry at line ${current.line}`,
        )
      this.closeEntry()
      this.current = {
        start: this.commentsStart ?? offset,
        keywordStart: offset,
        end: offset,
        line: lineNumber,
        context: undefined,
        msgid: '',
        msgidPlural: undefined,
        msgstr: [],
        flags: this.flags,
        flagsStart: this.flagsStart,
        previousStart: this.previousStart,
      }
      this.resetComments()
      if (name === 'msgctxt') this.current.context = ''
      this.field = name
      return
    }
    if (!current)
      return this.fail(lineNumber, this.column, `Unexpected \`${name}\` before any msgid`)
    const order: Record<Field, Field[]> = {
      msgctxt: [],
      msgid: ['msgctxt'],
      msgid_plural: ['msgid'],
      msgstr: ['msgid', 'msgid_plural', 'msgstr'],
    }
    if (!order[name].includes(this.field as Field))
      this.fail(
        lineNumber,
        this.column,
        `Unexpected \`${name}\` after \`${this.field}\` in the entry at line ${current.line}`,
      )
    if (name === 'msgid_plural') current.msgidPlural = ''
    if (name === 'msgstr') this.plural(current, index, lineNumber)
    this.field = name
  }

  /** Check a msgstr against the entry's plural form and add it. */
  private plural(entry: PoEntry, index: string | undefined, lineNumber: number): void {
    const plural = entry.msgidPlural !== undefined
    if (plural && index === undefined)
      this.fail(
        lineNumber,
        this.column,
        'Unexpected `msgstr` in an entry with msgid_plural, expected msgstr[0], msgstr[1]…',
      )
    if (!plural && index !== undefined)
      this.fail(
        lineNumber,
        this.column,
        `Unexpected \`msgstr[${index}]\` in an entry without msgid_plural, expected msgstr`,
      )
    if (!plural && this.msgstrs.length > 0)
      this.fail(lineNumber, this.column, 'Unexpected second `msgstr` in one entry')
    if (plural && Number(index) !== this.msgstrs.length)
      this.fail(
        lineNumber,
        this.column,
        `Unexpected \`msgstr[${index}]\`, expected msgstr[${this.msgstrs.length}]`,
      )
    this.msgstrs.push(new MappedTextBuilder())
  }

  private append(entry: PoEntry, decoded: Decoded): void {
    switch (this.field) {
      case 'msgstr':
        ;(this.msgstrs.at(-1) as MappedTextBuilder).appendMapped(decoded.value, decoded.offsets)
        break
      case 'msgid':
        entry.msgid += decoded.value
        break
      case 'msgid_plural':
        entry.msgidPlural = (entry.msgidPlural ?? '') + decoded.value
        break
      case 'msgctxt':
        entry.context = (entry.context ?? '') + decoded.value
        break
    }
  }

  private closeEntry(): void {
    if (this.current) {
      if (this.field !== 'msgstr') {
        this.fail(
          lineOf(this.text, this.current.end),
          1,
          `Unexpected end of the entry at line ${this.current.line}, expected a msgstr`,
        )
      }
      this.current.msgstr = this.msgstrs.map((builder) => builder.build())
      this.entries.push(this.current)
    }
    this.msgstrs = []
    this.current = undefined
    this.field = undefined
  }

  private resetComments(): void {
    this.commentsStart = undefined
    this.flags = []
    this.flagsStart = undefined
    this.previousStart = undefined
  }

  finish(): PoEntry[] {
    this.closeEntry()
    return this.entries
  }

  private fail(line: number, column: number, reason: string): never {
    throw new DocumentError(this.file, line, column, reason)
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  )
    line++
  return line
}

interface Decoded {
  value: string
  /** The file offset of each character of `value`. */
  offsets: number[]
  /** The offset just after the closing quote. */
  end: number
}

/**
 * Decode the C-style string whose `"` is at `start`, ending before `lineEnd`. Octal and hex
 * escapes are bytes: a run of them is read as UTF-8 when it is valid UTF-8 (a UTF-8 file's
 * `\303\250`), each byte as one character otherwise.
 */
function decodeString(
  text: string,
  start: number,
  lineEnd: number,
  fail: (offset: number, reason: string) => never,
): Decoded {
  let value = ''
  const offsets: number[] = []
  let bytes: number[] = []
  let bytesAt: number[] = []
  const flushBytes = () => {
    if (bytes.length === 0) return
    const decoded = decodeBytes(bytes)
    value += decoded
    offsets.push(...escapeOffsets(decoded, bytesAt, decoded.length !== bytes.length))
    bytes = []
    bytesAt = []
  }
  let index = start + 1
  while (index < lineEnd && text[index] !== '"') {
    if (text[index] !== '\\') {
      flushBytes()
      value += text[index]
      offsets.push(index)
      index++
      continue
    }
    const next = text[index + 1] ?? ''
    const simple = simpleEscapes[next]
    if (simple !== undefined) {
      flushBytes()
      value += simple
      offsets.push(index)
      index += 2
      continue
    }
    const numeric =
      /^[0-7]{1,3}/.exec(text.slice(index + 1, Math.min(index + 4, lineEnd))) ??
      /^x[0-9a-fA-F]*/.exec(text.slice(index + 1, lineEnd))
    if (!numeric || index + 1 >= lineEnd)
      fail(
        index,
        `Unexpected escape \`\\${next}\`, expected one of \\a \\b \\f \\n \\r \\t \\v \\\\ \\" or an octal or hex byte`,
      )
    const digits = (numeric as RegExpExecArray)[0]
    bytes.push(
      digits.startsWith('x')
        ? Number.parseInt(digits.slice(1) || '0', 16) & 0xff
        : Number.parseInt(digits, 8) & 0xff,
    )
    bytesAt.push(index)
    index += 1 + digits.length
  }
  flushBytes()
  if (text[index] !== '"') fail(index, 'Unexpected end of line, expected a closing `"`')
  return { value, offsets, end: index + 1 }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * The offset of each UTF-16 unit of `decoded`: the escape of the first byte of its character,
 * read as UTF-8 when `asUtf8` (a character of 2–4 bytes), one byte a character otherwise.
 */
function escapeOffsets(decoded: string, bytesAt: readonly number[], asUtf8: boolean): number[] {
  if (!asUtf8) return bytesAt.slice(0, decoded.length)
  const offsets: number[] = []
  let byte = 0
  for (const char of decoded) {
    const codePoint = char.codePointAt(0) as number
    for (let unit = 0; unit < char.length; unit++) offsets.push(bytesAt[byte] as number)
    byte += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
  }
  return offsets
}

function decodeBytes(bytes: number[]): string {
  try {
    return utf8.decode(Uint8Array.from(bytes))
  } catch {
    return String.fromCharCode(...bytes)
  }
}

function charsetOf(entries: readonly PoEntry[]): string | undefined {
  const header = entries.find((entry) => entry.msgid === '' && entry.context === undefined)
  const value = header?.msgstr[0]?.text ?? ''
  return /charset=([^\s;]+)/i.exec(value)?.[1]?.toLowerCase()
}

/**
 * Escape text for a PO string: backslash, double quote and control characters.
 *
 * @param value - Text to write between a PO string's quotes.
 */
export function escapePo(value: string): string {
  assertString('escapePo', 'value', value)
  let escaped = ''
  for (const char of value) {
    const name = escapeNames.get(char)
    escaped += name === undefined ? char : `\\${name}`
  }
  return escaped
}

const escapeNames = new Map(Object.entries(simpleEscapes).map(([name, char]) => [char, name]))

/**
 * The edits that mark PO entries `#, fuzzy`: one for each entry that holds one of `offsets`
 * and is not fuzzy yet (an existing `#,` line gets the flag; otherwise a `#, fuzzy` line is
 * inserted before the entry's `#|` lines or its first keyword).
 *
 * @param text - The file's content, as parsed.
 * @param file - The file's path, for errors.
 * @param offsets - File offsets inside the entries to mark (fixes' starts).
 * @returns Zero-width insertions, as `{range, text}` edits, in file order.
 */
export function fuzzyEdits(
  text: string,
  file: string,
  offsets: readonly number[],
): Array<{ range: [number, number]; text: string }> {
  assertString('fuzzyEdits', 'text', text)
  assertString('fuzzyEdits', 'file', file)
  assertOffsets('fuzzyEdits', 'offsets', offsets)
  const edits: Array<{ range: [number, number]; text: string }> = []
  const marked = new Set<PoEntry>()
  const entries = parsePo(text, file).entries
  for (const offset of offsets) {
    const entry = entries.find(
      (candidate) => offset >= candidate.keywordStart && offset < candidate.end,
    )
    if (!entry || marked.has(entry) || entry.flags.includes('fuzzy')) continue
    marked.add(entry)
    if (entry.flagsStart !== undefined) {
      const at = entry.flagsStart + 2
      edits.push({ range: [at, at], text: text[at] === ' ' ? ' fuzzy,' : ' fuzzy, ' })
    } else {
      const at = entry.previousStart ?? entry.keywordStart
      const eol = text.includes('\r\n') ? '\r\n' : '\n'
      edits.push({ range: [at, at], text: `#, fuzzy${eol}` })
    }
  }
  return edits.sort((a, b) => a.range[0] - b.range[0])
}
