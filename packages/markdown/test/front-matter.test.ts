import { describe, expect, it } from 'vitest'
import { blankFrontMatter, readFrontMatter } from '../src/index.js'

describe('readFrontMatter', () => {
  const cases: Array<{
    name: string
    text: string
    frontMatter: string | null
    body: string
    unclosed?: boolean
  }> = [
    {
      name: 'reads LF fences',
      text: '---\ntitle: X\n---\nTesto.',
      frontMatter: 'title: X\n',
      body: 'Testo.',
    },
    {
      name: 'reads CRLF fences',
      text: '---\r\ntitle: X\r\n---\r\nTesto.',
      frontMatter: 'title: X\r\n',
      body: 'Testo.',
    },
    {
      name: 'reads fences after a byte order mark',
      text: '\uFEFF---\ntitle: X\n---\nTesto.',
      frontMatter: 'title: X\n',
      body: 'Testo.',
    },
    {
      name: 'allows spaces and tabs after the fences',
      text: '--- \t\ntitle: X\n---  \nTesto.',
      frontMatter: 'title: X\n',
      body: 'Testo.',
    },
    {
      name: 'accepts the YAML document end marker as closer',
      text: '---\ntitle: X\n...\nTesto.',
      frontMatter: 'title: X\n',
      body: 'Testo.',
    },
    { name: 'reads empty front matter', text: '---\n---\nTesto.', frontMatter: '', body: 'Testo.' },
    {
      name: 'reads front matter that ends the file',
      text: '---\na: 1\n---',
      frontMatter: 'a: 1\n',
      body: '',
    },
    {
      name: 'stops at the first closing fence',
      text: '---\na: 1\n---\nTesto.\n\n---\n',
      frontMatter: 'a: 1\n',
      body: 'Testo.\n\n---\n',
    },
    {
      name: 'reports an unclosed fence and reads no front matter',
      text: '---\na: 1\nTesto.',
      frontMatter: null,
      body: '---\na: 1\nTesto.',
      unclosed: true,
    },
    {
      name: 'reads none without a fence',
      text: 'Testo.\n---\n',
      frontMatter: null,
      body: 'Testo.\n---\n',
    },
    {
      name: 'reads none after a blank line',
      text: '\n---\na: 1\n---\n',
      frontMatter: null,
      body: '\n---\na: 1\n---\n',
    },
    {
      name: 'reads none for a longer rule',
      text: '----\na: 1\n----\n',
      frontMatter: null,
      body: '----\na: 1\n----\n',
    },
    {
      name: 'needs the closing fence alone on its line',
      text: '---\na: 1\n--- x\n---\nB',
      frontMatter: 'a: 1\n--- x\n',
      body: 'B',
    },
    { name: 'reads none in an empty document', text: '', frontMatter: null, body: '' },
  ]
  for (const row of cases) {
    it(row.name, () => {
      const split = readFrontMatter(row.text)
      expect(split.frontMatter).toBe(row.frontMatter)
      expect(split.body).toBe(row.body)
      expect(split.unclosed).toBe(row.unclosed ?? false)
      expect(row.text.slice(split.bodyOffset)).toBe(row.body)
      if (split.frontMatter !== null) {
        const at = split.frontMatterOffset
        expect(row.text.slice(at, at + split.frontMatter.length)).toBe(split.frontMatter)
      }
    })
  }
})

describe('blankFrontMatter', () => {
  it('blanks the front matter, keeping the length and every line break', () => {
    const text = '\uFEFF---\r\ntitle: X\r\n---\r\nTesto.'
    const blank = blankFrontMatter(text)
    expect(blank).toBe('    \r\n        \r\n   \r\nTesto.')
    expect(blank).toHaveLength(text.length)
  })

  it('returns a document without front matter as it is', () => {
    expect(blankFrontMatter('---\nTesto.')).toBe('---\nTesto.')
  })
})
