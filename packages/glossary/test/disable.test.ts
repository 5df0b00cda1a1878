import { describe, expect, it } from 'vitest'
import { suppressed } from '../src/disable.js'

// Two entries of a bilingual file, as file ranges: the text of each is a line of this document.
const text = [
  '# fonte-disable-next-entry forbidden-term', // 1, offset 0
  'msgid "a"', // 2
  'msgstr "b"', // 3
  '',
  'msgid "c"', // 5
  'msgstr "d"', // 6
  '<!-- fonte-disable-next-line --> <!-- fonte-disable-foo -->', // 7
  'x', // 8
].join('\n')
const offsetOf = (line: number) =>
  text
    .split('\n')
    .slice(0, line - 1)
    .join('\n').length + (line > 1 ? 1 : 0)
const entries: Array<[number, number]> = [
  [0, offsetOf(4) - 1],
  [offsetOf(5), offsetOf(7) - 1],
]

describe('suppressed', () => {
  const silenced = suppressed(text, entries)
  const cases: Array<[name: string, line: number, rule: string, silent: boolean]> = [
    ['the named rule in the entry below the comment', 3, 'forbidden-term', true],
    ['another rule in that entry', 3, 'missing-term', false],
    ['the next entry', 6, 'forbidden-term', false],
    ['the line after fonte-disable-next-line', 8, 'missing-term', true],
  ]
  for (const [name, line, rule, silent] of cases) {
    it(`${silent ? 'silences' : 'leaves'} ${name}`, () => {
      expect(silenced(line, rule, 'concept', offsetOf(line) + 8)).toBe(silent)
    })
  }

  it('reads fonte-disable-foo as no directive, not as fonte-disable', () => {
    expect(suppressed('<!-- fonte-disable-foo -->\nx')(2, 'forbidden-term', 'c')).toBe(false)
  })

  it('does nothing with fonte-disable-next-entry where a file has no entries', () => {
    expect(suppressed('<!-- fonte-disable-next-entry -->\nx')(2, 'forbidden-term', 'c', 40)).toBe(
      false,
    )
  })
})
