import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { escapesGlossary } from './helpers.js'
import { fuzzyEdits, parsePo, readPo } from '../src/exports/bilingual.js'
import { applyFixes, DocumentError, lintFile } from '../src/index.js'

const header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'

const software = escapesGlossary

const lint = (text: string, path = 'it.po') =>
  lintFile(new VFile({ path, value: text }), software).messages

describe('readPo', () => {
  const escapes: Array<[name: string, written: string, read: string]> = [
    ['bell', '\\a', '\x07'],
    ['backspace', '\\b', '\b'],
    ['form feed', '\\f', '\f'],
    ['vertical tab', '\\v', '\v'],
    ['tab', '\\t', '\t'],
    ['line feed', '\\n', '\n'],
    ['carriage return', '\\r', '\r'],
    ['backslash', '\\\\', '\\'],
    ['double quote', '\\"', '"'],
    ['octal byte', '\\101', 'A'],
    ['one octal digit', '\\0', '\0'],
    ['octal UTF-8 bytes', '\\303\\250', 'è'],
    ['hex byte', '\\x41', 'A'],
    ['hex UTF-8 bytes', '\\xc3\\xa8', 'è'],
  ]
  for (const [name, written, read] of escapes) {
    it(`reads the ${name} escape \`${written}\``, () => {
      const [segment] = readPo(`${header}msgid "x"\nmsgstr "a${written}z"\n`, 'it.po')
      expect(segment?.text).toBe(`a${read}z`)
    })
  }

  it('keeps offsets exact after escapes', () => {
    const text = `${header}msgid "x"\nmsgstr "\\a\\v\\"difesa\\" \\x41 mutua difesa"\n`
    const [segment] = readPo(text, 'it.po')
    const start = segment?.text.indexOf('mutua') ?? 0
    const [from, to] = segment?.toFileRange(start, start + 'mutua difesa'.length) ?? [0, 0]
    expect(text.slice(from, to)).toBe('mutua difesa')
  })

  it.each([
    ['octal UTF-8', '\\303\\250'],
    ['hex UTF-8', '\\xc3\\xa8'],
    ['a four-byte character', '\\360\\237\\230\\200'],
  ])(
    'maps each character of %s escapes to the escape of its first byte (z, q: not hex digits)',
    (_name, escaped) => {
      const text = `${header}msgid "x"\nmsgstr "${escaped}z${escaped}q"\n`
      const [segment] = readPo(text, 'it.po')
      const character = segment?.text.replace(/[zq]/g, '') ?? ''
      const width = escaped.length
      const at = (index: number) => segment?.toFileRange(index, index + 1)[0] ?? -1
      const msgstr = text.lastIndexOf('msgstr "') + 'msgstr "'.length
      expect(at(character.length / 2)).toBe(msgstr + width)
      expect(at(character.length / 2 + 1)).toBe(msgstr + width + 1)
      const [from, to] = segment?.toFileRange(character.length / 2 + 1, character.length + 2) ?? [
        0, 0,
      ]
      expect(text.slice(from, to)).toBe(`${escaped}q`)
    },
  )

  it('reads every plural form against msgid_plural, and entries with msgctxt', () => {
    const text = `${header}msgctxt "menu"\nmsgid "File"\nmsgstr "Archivio"\n\nmsgid "one file"\nmsgid_plural "%d files"\nmsgstr[0] "un file"\nmsgstr[1] "%d file"\nmsgstr[2] "%d documenti"\n`
    expect(
      readPo(text, 'it.po').map((segment) => [segment.id, segment.source, segment.text]),
    ).toEqual([
      ['File', 'File', 'Archivio'],
      ['one file', 'one file', 'un file'],
      ['one file', '%d files', '%d file'],
      ['one file', '%d files', '%d documenti'],
    ])
  })

  it('reads several strings on one line, CRLF line ends, and skips obsolete entries', () => {
    const text = `${header.replace(/\n/g, '\r\n')}msgid "a" "b"\r\nmsgstr "c" "d"\r\n\r\n#~ msgid "old"\r\n#~ msgstr "vecchio"\r\n`
    expect(readPo(text, 'it.po').map((segment) => [segment.source, segment.text])).toEqual([
      ['ab', 'cd'],
    ])
  })

  it('reads keywords that share a line, and entries after a domain directive, as msgfmt does', () => {
    const text =
      `${header}msgid "a"msgstr "b" msgid "c" msgstr "d"\ndomain "other"\nmsgid "e"\nmsgstr [0] "f"\n`.replace(
        'msgstr [0]',
        'msgstr',
      )
    expect(readPo(text, 'it.po').map((segment) => segment.text)).toEqual(['b', 'd', 'f'])
  })

  it('names a long msgid by its start in messages', () => {
    const long =
      'Save the current document with mutual defence under a new name, in a folder you choose, and keep the old one'
    const [message] = lint(`${header}msgid "${long}"\nmsgstr "Salva"\n`)
    expect(message?.reason).toContain('in `Save the current document with mutual defence u…`')
  })

  it('reads the header charset, flags and entry ranges', () => {
    const text = `msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n# comment\n#, c-format\nmsgid "a"\nmsgstr "b"\n`
    const { charset, entries } = parsePo(text, 'it.po')
    expect(charset).toBe('iso-8859-1')
    expect(entries[1]?.flags).toEqual(['c-format'])
    expect(text.slice(entries[1]?.start, entries[1]?.end)).toBe(
      '# comment\n#, c-format\nmsgid "a"\nmsgstr "b"',
    )
  })

  const malformed: Array<[name: string, text: string, message: RegExp]> = [
    [
      'an unterminated string',
      'msgid "a"\nmsgstr "b\n',
      /^bad\.po:2:10: Unexpected end of line, expected a closing `"`/,
    ],
    ['an unknown escape', 'msgid "a"\nmsgstr "\\q"\n', /^bad\.po:2:9: Unexpected escape `\\q`/],
    [
      'a missing msgstr',
      'msgid "a"\n\nmsgid "b"\nmsgstr "c"\n',
      /^bad\.po:3:1: Unexpected `msgid`, expected a msgstr for the entry at line 1/,
    ],
    [
      'msgstr[n] without msgid_plural',
      'msgid "a"\nmsgstr[0] "b"\n',
      /^bad\.po:2:1: Unexpected `msgstr\[0\]` in an entry without msgid_plural/,
    ],
    [
      'msgstr with msgid_plural',
      'msgid "a"\nmsgid_plural "as"\nmsgstr "b"\n',
      /^bad\.po:3:1: Unexpected `msgstr` in an entry with msgid_plural/,
    ],
    [
      'plural forms out of order',
      'msgid "a"\nmsgid_plural "as"\nmsgstr[1] "b"\n',
      /^bad\.po:3:1: Unexpected `msgstr\[1\]`, expected msgstr\[0\]/,
    ],
    [
      'a stray word',
      'msgid "a"\nmsgstr "b"\nhello\n',
      /^bad\.po:3:1: Unexpected `hello`, expected a PO keyword/,
    ],
    [
      'an entry without msgstr at the end',
      'msgid "a"\n',
      /^bad\.po:1:1: Unexpected end of the entry at line 1, expected a msgstr/,
    ],
  ]
  for (const [name, text, message] of malformed) {
    it(`rejects ${name} with file, line and column`, () => {
      expect(() => readPo(text, 'bad.po')).toThrow(DocumentError)
      expect(() => readPo(text, 'bad.po')).toThrow(message)
    })
  }
})

describe('PO lint', () => {
  it('checks plural forms and entries with msgctxt, at the msgstr text', () => {
    const text = `${header}msgctxt "title"\nmsgid "mutual defence"\nmsgstr "difesa reciproca"\n\nmsgid "a mutual defence pact"\nmsgid_plural "%d mutual defence pacts"\nmsgstr[0] "un patto di mutua difesa"\nmsgstr[1] "%d patti di difesa reciproca"\n`
    expect(
      lint(text).map((message) => [message.ruleId, message.line, message.column, message.actual]),
    ).toEqual([
      ['forbidden-term', 7, 9, 'difesa reciproca'],
      ['forbidden-term', 12, 24, 'difesa reciproca'],
    ])
  })

  it('silences an entry with a translator comment `fonte-disable-next-entry`', () => {
    const text = `${header}# fonte-disable-next-entry forbidden-term\n#: menu.c:12\nmsgid "mutual defence"\nmsgstr "difesa reciproca"\n\nmsgid "mutual defence"\nmsgstr ""\n"la difesa reciproca"\n`
    expect(lint(text).map((message) => message.line)).toEqual([12])
  })

  it('reads `# fonte-disable-next-line` above an entry as meaning the entry', () => {
    const text = `${header}# fonte-disable-next-line\nmsgid "mutual defence"\nmsgstr "difesa reciproca"\n\nmsgid "mutual defence"\nmsgstr "difesa reciproca"\n`
    expect(lint(text).map((message) => message.line)).toEqual([10])
  })

  it('writes fixes escaped for PO: a preferred term with quotes', () => {
    const text = `${header}msgid "Save As"\nmsgstr "Salva come"\n`
    const [message] = lint(text)
    expect(message?.fix).toEqual({
      range: [text.indexOf('Salva come'), text.indexOf('Salva come') + 10],
      text: '\\"Salva con nome\\"',
    })
    const fixed = applyFixes(text, lint(text)).text
    expect(readPo(fixed, 'it.po')[0]?.text).toBe('"Salva con nome"')
  })

  it('fixes an occurrence written with escapes, and leaves one across continuation lines to a person', () => {
    const text = `${header}msgid "mutual defence"\nmsgstr "la difesa\\treciproca"\n\nmsgid "mutual defence"\nmsgstr "la difesa "\n"reciproca"\n`
    const messages = lint(text)
    expect(messages.map((message) => [message.line, message.fix?.text])).toEqual([
      [6, 'mutua difesa'],
      [9, undefined],
    ])
    expect(applyFixes(text, messages).text).toContain('msgstr "la mutua difesa"\n')
  })

  it('marks fixed entries fuzzy: a new flag line, or the flag added to an existing one', () => {
    const text = `${header}msgid "Save As"\nmsgstr "Salva come"\n\n#, c-format\nmsgid "Save As %s"\nmsgstr "Salva come %s"\n\n#, fuzzy\nmsgid "Save As"\nmsgstr "Salva come"\n`
    const messages = lint(text)
    const edits = fuzzyEdits(
      text,
      'it.po',
      messages.flatMap((message) => (message.fix ? [message.fix.range[0]] : [])),
    )
    const fixed = applyFixes(text, [...messages, ...edits.map((fix) => ({ fix }))] as never).text
    expect(parsePo(fixed, 'it.po').entries.map((entry) => entry.flags)).toEqual([
      [],
      ['fuzzy'],
      ['fuzzy', 'c-format'],
      ['fuzzy'],
    ])
    expect(fixed).toContain('#, fuzzy\nmsgid "Save As"\nmsgstr "\\"Salva con nome\\""')
  })

  it('reports one finding per rule and range, not one per matching form', () => {
    const text = `${header}msgid "mutual defence and mutual defence"\nmsgstr "difesa reciproca e difesa reciproca"\n`
    const messages = lint(text)
    const keys = messages.map((message) => `${message.ruleId}@${message.line}:${message.column}`)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
