import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPo, readXliff } from '../src/exports/bilingual.js'
import { DocumentError } from '../src/index.js'
import { lint } from './helpers.js'

const read = (name: string) =>
  readFileSync(new URL(`fixtures/bilingual/${name}`, import.meta.url), 'utf8')
const rows = (name: string) =>
  lint(read(name), name).map((message) => [
    message.ruleId,
    message.line,
    message.column,
    message.actual,
  ])

describe('bilingual files', () => {
  it('checks each XLIFF 1.2 target against its source, at the target’s line and column', () => {
    expect(rows('treaty-1.2.xlf')).toEqual([
      ['forbidden-term', 7, 43, 'difesa reciproca'],
      ['missing-term', 11, 17, 'comprehensive strategic partnership'],
    ])
  })

  it('checks XLIFF 2.0 segments', () => {
    expect(rows('treaty-2.0.xlf')).toEqual([
      ['forbidden-term', 7, 43, 'difesa reciproca'],
      ['missing-term', 13, 17, 'comprehensive strategic partnership'],
    ])
  })

  it('checks PO translations, across escapes and continuation lines', () => {
    expect(rows('treaty.po')).toEqual([
      ['forbidden-term', 9, 35, 'difesa reciproca'],
      ['missing-term', 14, 2, 'comprehensive strategic partnership'],
      ['forbidden-term', 19, 12, 'difese reciproche'],
    ])
  })

  it('maps XLIFF targets through entities and inline markup', () => {
    const [, second, third] = readXliff(read('treaty-1.2.xlf'), 'x.xlf')
    expect(second?.text).toBe('Un accordo & altro.')
    expect(third?.text).toBe('La clausola di mutua difesa.')
    const text = read('treaty-1.2.xlf')
    const start = third?.text.indexOf('mutua difesa') ?? 0
    const [from, to] = third?.toFileRange(start, start + 'mutua difesa'.length) ?? [0, 0]
    expect(text.slice(from, to)).toBe('mutua</g> difesa')
  })

  it('maps PO strings through escapes', () => {
    const text = read('treaty.po')
    const segment = readPo(text, 'x.po')[1]
    expect(segment?.text).toBe('Un "accordo" di altro tipo.')
    const start = segment?.text.indexOf('accordo') ?? 0
    const [from, to] = segment?.toFileRange(start, start + 7) ?? [0, 0]
    expect(text.slice(from, to)).toBe('accordo')
  })

  it('rejects malformed XLIFF with file, line and column', () => {
    expect(() => readXliff('<xliff>\n<file><unit></file>', 'bad.xlf')).toThrow(DocumentError)
    expect(() => readXliff('<xliff>\n<file><unit></file>', 'bad.xlf')).toThrow(
      /^bad\.xlf:2:\d+: Unexpected XML/,
    )
    expect(() => readXliff('<html/>', 'page.xlf')).toThrow(
      /^page\.xlf:1:\d+: Unexpected root element <html>/,
    )
  })

  // The reason alone after fonte's own place: saxes's `line:column: ` (its column from 0) is not
  // repeated inside the message.
  it.each([
    ['', /^empty\.xlf:1:1: Unexpected empty file, expected an XLIFF document$/],
    [' \n\uFEFF', /^empty\.xlf:1:1: Unexpected empty file, expected an XLIFF document$/],
    ['<xliff version="1.2"><file', /^empty\.xlf:1:\d+: Unexpected XML: unclosed tag: xliff$/],
    ['<xliff>\n<file><unit></file>', /^empty\.xlf:2:\d+: Unexpected XML: [a-z]/],
  ])('words a broken XLIFF file %j without saxes position', (text, message) => {
    expect(() => readXliff(text, 'empty.xlf')).toThrow(message)
  })

  it('rejects malformed PO with file and line', () => {
    expect(() => readPo('msgid "a"\nmsgstr "b\n', 'bad.po')).toThrow(/^bad\.po:2:\d+: Unexpected/)
  })
})
