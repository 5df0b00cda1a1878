import { describe, expect, it } from 'vitest'
import { InputError, readArticle } from '../src/index.js'

describe('readArticle', () => {
  it('splits YAML front matter from the body and keeps offsets into the file', () => {
    const text = '---\ntitle: "Patto"\nlanguage: it\n---\nIl testo.\n'
    const article = readArticle(text, 'a.md')
    expect(article.frontMatter).toEqual({ title: 'Patto', language: 'it' })
    expect(article.body).toBe('Il testo.\n')
    expect(text.slice(article.bodyStart)).toBe(article.body)
  })

  it.each([
    ['a byte order mark', '\uFEFF---\ntitle: Patto\n---\nIl testo.\n'],
    ['CRLF line ends', '---\r\ntitle: Patto\r\n---\r\nIl testo.\r\n'],
    ['both', '\uFEFF---\r\ntitle: Patto\r\n---\r\nIl testo.\r\n'],
  ])('splits front matter from the body after %s', (_, text) => {
    const article = readArticle(text, 'a.md')
    expect(article.frontMatter).toEqual({ title: 'Patto' })
    expect(article.body.trimEnd()).toBe('Il testo.')
    expect(text.slice(article.bodyStart)).toBe(article.body)
  })

  it('returns the whole text as body without front matter', () => {
    expect(readArticle('Solo testo.')).toMatchObject({
      body: 'Solo testo.',
      bodyStart: 0,
      frontMatter: null,
    })
  })

  it('names file, line and column of malformed front matter', () => {
    const read = () => readArticle('---\ntitle: "Patto\nlanguage: [it\n---\nTesto', 'bad.md')
    expect(read).toThrow(InputError)
    expect(read).toThrow(/^bad\.md:\d+:\d+: Unexpected front matter/)
    // One place, before the message: not again, with a dangling colon, after it.
    expect(read).not.toThrow(/at line \d+, column \d+/)
  })

  it('reports front matter that is never closed', () => {
    expect(() => readArticle('---\ntitle: x\nTesto', 'open.md')).toThrow(
      /open\.md:1:1: Unexpected unclosed front matter/,
    )
  })

  it('rejects front matter that is not a mapping', () => {
    expect(() => readArticle('---\n- a\n- b\n---\nTesto', 'list.md')).toThrow(
      /expected a YAML mapping/,
    )
  })
})
