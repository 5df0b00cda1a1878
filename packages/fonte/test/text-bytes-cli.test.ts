import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeFile } from '../src/cli/encoding.js'
import { fonteIn } from './in-process.js'

/**
 * The same bytes read the same from a file and from standard input (and from a term base: see
 * the glossary's text-bytes tests), or are refused with the same words, naming the line.
 */

const folder = mkdtempSync(join(tmpdir(), 'fonte-text-bytes-'))
const le = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const be = (text: string) =>
  Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])

type Row = [
  name: string,
  bytes: Buffer,
  expected: { sentences: number } | { refused: string } | { binary: true },
]

const rows: Row[] = [
  ['UTF-8', Buffer.from('Uno. Due.\n'), { sentences: 2 }],
  ['UTF-8 with its byte order mark', Buffer.from('\uFEFFUno. Due.\n'), { sentences: 2 }],
  ['UTF-16LE after its mark', le('Uno. Due.\n'), { sentences: 2 }],
  ['UTF-16BE after its mark', be('Uno. Due.\n'), { sentences: 2 }],
  [
    'a UTF-16 byte order mark alone: no text, no error',
    Buffer.from([0xff, 0xfe]),
    { sentences: 0 },
  ],
  [
    'invalid UTF-8',
    Buffer.concat([Buffer.from('Uno.\nCitt'), Buffer.from([0xe0]), Buffer.from('.\n')]),
    {
      refused: 'not valid UTF-8 (line 2); convert it to UTF-8 first (iconv -f <charset> -t UTF-8)',
    },
  ],
  [
    // A file with a lone surrogate was read as text before, standard input refused it.
    'UTF-16 with a lone surrogate',
    Buffer.concat([le('Uno.\nDue'), Buffer.from([0x00, 0xd8]), Buffer.from('.\n', 'utf16le')]),
    { refused: 'not valid UTF-16 (line 2)' },
  ],
  [
    'UTF-16 with an odd number of bytes',
    Buffer.concat([le('Uno. Due.'), Buffer.from([0x0a])]),
    { refused: 'not valid UTF-16: an odd number of bytes (line 1)' },
  ],
  [
    // A file in UTF-32 was "a binary file" before, standard input a text with NULs.
    'UTF-32LE',
    Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('U\0\0\0n\0\0\0o\0\0\0')]),
    {
      refused:
        'UTF-32LE, which fonte does not read; convert it to UTF-8 first (iconv -f UTF-32LE -t UTF-8)',
    },
  ],
  [
    // Standard input said "not valid UTF-8 (line 1); convert it to UTF-8 first (iconv …)".
    'a PNG image',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    { binary: true },
  ],
]

describe('text bytes from a file and from standard input', () => {
  rows.forEach(([name, bytes, expected], index) => {
    it(name, async () => {
      const file = `f${index}.md`
      writeFileSync(join(folder, file), bytes)
      const fromFile = await fonteIn(['split', file, '--format', 'json'], { cwd: folder })
      const fromStdin = await fonteIn(['split', '-', '--format', 'json'], {
        cwd: folder,
        inputBytes: bytes,
      })
      if ('sentences' in expected) {
        expect(fromFile.code, fromFile.stderr).toBe(0)
        expect(fromStdin.code, fromStdin.stderr).toBe(0)
        const count = (out: string) =>
          (JSON.parse(out) as Array<{ sentences: unknown[] }>)[0]?.sentences.length
        expect(count(fromFile.stdout)).toBe(expected.sentences)
        expect(count(fromStdin.stdout)).toBe(expected.sentences)
        return
      }
      if ('binary' in expected) {
        expect(fromFile.stderr).toBe(`fonte split: \`${file}\`: a binary file, expected text\n`)
        expect(fromStdin.stderr).toBe('fonte split: standard input: a binary file, expected text\n')
        expect([fromFile.code, fromStdin.code]).toEqual([2, 2])
        return
      }
      expect(fromFile.stderr).toBe(`fonte split: cannot read \`${file}\`: ${expected.refused}\n`)
      expect(fromStdin.stderr).toBe(
        `fonte split: cannot read standard input: ${expected.refused}\n`,
      )
      expect([fromFile.code, fromStdin.code]).toEqual([2, 2])
    })
  })

  it('writes UTF-16 back in its byte order, with its mark', () => {
    for (const bytes of [le('Uno.'), be('Uno.')]) {
      const { text, encoding } = decodeFile(bytes)
      expect(text).toBe('Uno.')
      expect('encode' in encoding && Buffer.from(encoding.encode(text) as Uint8Array)).toEqual(
        bytes,
      )
    }
  })
})

describe('columns as an editor counts them: a UTF-8 byte order mark is not a column', () => {
  const glossary = join(folder, 'terms.yaml')
  writeFileSync(
    glossary,
    'concepts:\n  - id: mutual-defence\n    en: [mutual defence]\n    it:\n      - term: mutua difesa\n        status: preferred\n      - term: difesa reciproca\n        status: forbidden\n',
  )
  const text = 'La difesa reciproca è firmata.\nLa difesa reciproca resta.\n'
  writeFileSync(join(folder, 'plain.md'), text)
  writeFileSync(join(folder, 'marked.md'), `\uFEFF${text}`)
  const places = {
    split: (out: string) =>
      (
        JSON.parse(out) as Array<{ sentences: Array<{ line: number; column: number }> }>
      )[0]!.sentences.map(({ line, column }) => [line, column]),
    lint: (out: string) =>
      (
        JSON.parse(out) as Array<{
          messages: Array<{ line: number; column: number; endLine: number; endColumn: number }>
        }>
      )[0]!.messages.map(({ line, column, endLine, endColumn }) => [
        line,
        column,
        endLine,
        endColumn,
      ]),
  }
  it.each([
    ['split', ['split', '--format', 'json']],
    ['lint', ['lint', '--glossary', glossary, '--format', 'json']],
  ] as const)('fonte %s puts line 1 where it is without the mark', async (command, args) => {
    const [plain, marked] = await Promise.all(
      ['plain.md', 'marked.md'].map((file) => fonteIn([...args, file], { cwd: folder })),
    )
    expect(places[command](marked!.stdout)).toEqual(places[command](plain!.stdout))
    expect(places[command](marked!.stdout)[0]?.slice(0, 2)).toEqual(
      command === 'split' ? [1, 1] : [1, 4],
    )
  })
})
