import { describe, expect, it } from 'vitest'
import {
  byteOrderMarkOf,
  decodeText,
  TextBytesError,
  type InvalidTextBytes,
} from '../src/load/text-bytes.js'
import { decodeTermBase } from '../src/load/decode.js'
import { TermBaseError } from '../src/errors.js'

const bytes = (...parts: Array<number[] | string>) =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))),
  )
const le = (text: string) => [...Buffer.from(text, 'utf16le')]
const be = (text: string) => [...Buffer.from(text, 'utf16le').swap16()]

type Row = [
  name: string,
  input: Buffer,
  expected:
    { text: string; encoding: string } | (Omit<InvalidTextBytes, 'reason'> & { reason: RegExp }),
]

/** What every reader of text bytes (term bases, files, standard input) makes of them. */
const rows: Row[] = [
  ['nothing', bytes(), { text: '', encoding: 'UTF-8' }],
  ['UTF-8', bytes('città\n'), { text: 'città\n', encoding: 'UTF-8' }],
  [
    'a UTF-8 byte order mark, kept',
    bytes([0xef, 0xbb, 0xbf], 'a'),
    { text: '\uFEFFa', encoding: 'UTF-8' },
  ],
  [
    'a UTF-16LE byte order mark alone: empty text',
    bytes([0xff, 0xfe]),
    { text: '', encoding: 'UTF-16LE' },
  ],
  ['a UTF-16BE byte order mark alone', bytes([0xfe, 0xff]), { text: '', encoding: 'UTF-16BE' }],
  [
    'UTF-16LE, the mark left out',
    bytes([0xff, 0xfe], le('città\nè')),
    { text: 'città\nè', encoding: 'UTF-16LE' },
  ],
  [
    'UTF-16BE, the mark left out',
    bytes([0xfe, 0xff], be('città')),
    { text: 'città', encoding: 'UTF-16BE' },
  ],
  [
    'UTF-16 with a second mark: kept as text',
    bytes([0xff, 0xfe], le('\uFEFFa')),
    { text: '\uFEFFa', encoding: 'UTF-16LE' },
  ],
  ['a U+FFFD the file holds is text', bytes('a\uFFFDb'), { text: 'a\uFFFDb', encoding: 'UTF-8' }],
  [
    'invalid UTF-8, after a U+FFFD the file holds',
    bytes('ab\n\uFFFDc', [0xe9], 'd'),
    { encoding: 'UTF-8', line: 2, column: 3, reason: /^not valid UTF-8$/ },
  ],
  [
    'Latin-1 bytes',
    bytes('uno\ndue\ncitt', [0xe0]),
    { encoding: 'UTF-8', line: 3, column: 5, reason: /^not valid UTF-8$/ },
  ],
  [
    'UTF-8 cut in a character',
    bytes('a', [0xe2, 0x82]),
    { encoding: 'UTF-8', line: 1, column: 2, reason: /^not valid UTF-8$/ },
  ],
  [
    'an encoded surrogate',
    bytes('a\n', [0xed, 0xa0, 0x80]),
    { encoding: 'UTF-8', line: 2, column: 1, reason: /^not valid UTF-8$/ },
  ],
  [
    'UTF-16 with a lone surrogate (read as text by files before, refused by the rest)',
    bytes([0xff, 0xfe], le('a\nb'), [0x00, 0xd8], le('c')),
    { encoding: 'UTF-16LE', line: 2, column: 2, reason: /^not valid UTF-16$/ },
  ],
  [
    'UTF-16 with an odd number of bytes',
    bytes([0xff, 0xfe], le('ab'), [0x63]),
    {
      encoding: 'UTF-16LE',
      line: 1,
      column: 3,
      reason: /^not valid UTF-16: an odd number of bytes$/,
    },
  ],
  [
    'UTF-16BE with a U+FFFD it holds, then a lone low surrogate',
    bytes([0xfe, 0xff], be('\uFFFDa'), [0xdc, 0x00]),
    { encoding: 'UTF-16BE', line: 1, column: 3, reason: /^not valid UTF-16$/ },
  ],
  [
    'UTF-32LE (read as UTF-16 with NULs before)',
    bytes([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]),
    { encoding: 'UTF-32LE', line: 1, column: 1, reason: /^UTF-32LE, which fonte does not read$/ },
  ],
  [
    'UTF-32BE',
    bytes([0, 0, 0xfe, 0xff, 0, 0, 0, 0x61]),
    { encoding: 'UTF-32BE', line: 1, column: 1, reason: /UTF-32BE/ },
  ],
]

describe('decodeText', () => {
  for (const [name, input, expected] of rows) {
    it(name, () => {
      if ('text' in expected) {
        expect(decodeText(input, { invalid: 'refuse' })).toEqual(expected)
        expect(decodeText(input, { invalid: 'replace' })).toEqual(expected)
        expect(decodeTermBase(input, 't.csv')).toBe(expected.text)
        return
      }
      const { reason, ...place } = expected
      let thrown: unknown
      try {
        decodeText(input, { invalid: 'refuse' })
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(TextBytesError)
      expect((thrown as TextBytesError).place).toMatchObject(place)
      expect((thrown as TextBytesError).place.reason).toMatch(reason)
      const replaced = decodeText(input, { invalid: 'replace' })
      expect(replaced.invalid).toEqual((thrown as TextBytesError).place)
      if (!place.encoding.startsWith('UTF-32')) expect(replaced.text).toContain('\uFFFD')
      expect(() => decodeTermBase(input, 't.csv')).toThrow(TermBaseError)
      expect(() => decodeTermBase(input, 't.csv')).toThrow(
        `t.csv:${place.line}:${place.column}: Unexpected`,
      )
    })
  }

  it('names the byte order mark of a buffer', () => {
    expect(byteOrderMarkOf(bytes([0xff, 0xfe, 0x61, 0]))).toBe('UTF-16LE')
    expect(byteOrderMarkOf(bytes([0xef, 0xbb, 0xbf]))).toBe('UTF-8')
    expect(byteOrderMarkOf(bytes('a'))).toBeUndefined()
  })

  it('throws a TypeError on a wrong argument, naming it', () => {
    expect(() => decodeText('text' as never, { invalid: 'refuse' })).toThrow(
      'decodeText: `bytes` must be a Uint8Array, got a string',
    )
    expect(() => decodeText(bytes('a'), {} as never)).toThrow(
      'decodeText: `options.invalid` must be one of `refuse`, `replace`, got undefined',
    )
    expect(() => decodeText(bytes('a'), undefined as never)).toThrow(TypeError)
  })
})
