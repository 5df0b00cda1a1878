import { describe, expect, it } from 'vitest'
import {
  checkMarkdownDepth,
  MarkdownDepthError,
  markdownLimits,
  markdownProse,
} from '../src/index.js'

const nestedList = (depth: number, indent: string) =>
  Array.from({ length: depth }, (_, level) => `${indent.repeat(level)}- voce`).join('\n')

describe('checkMarkdownDepth', () => {
  const refused: Array<{ name: string; markdown: string; at: [number, number] }> = [
    { name: 'a block quote 10,000 deep', markdown: `${'> '.repeat(10_000)}ciao`, at: [1, 65] },
    { name: 'a list 10,000 deep on one line', markdown: `${'- '.repeat(10_000)}ciao`, at: [1, 65] },
    { name: 'a list nested by indentation', markdown: nestedList(40, '  '), at: [33, 65] },
    { name: 'block quotes and lists mixed', markdown: `${'> 1. '.repeat(20)}ciao`, at: [1, 81] },
    {
      name: '20,000 nested `*`',
      markdown: `${'*'.repeat(20_000)}a${'*'.repeat(20_000)}`,
      at: [1, 1],
    },
    {
      name: 'a long run of `_` that can open',
      markdown: `Testo.\n\nla ${'_'.repeat(40)}difesa`,
      at: [3, 4],
    },
    {
      name: 'emphasis nested 4,000 deep without long runs',
      markdown: `${'*a '.repeat(4000)}${'a* '.repeat(4000)}`,
      at: [1, 3001],
    },
    {
      name: 'alternating `*` and `_`',
      markdown: `${'*_'.repeat(4000)}a${'_*'.repeat(4000)}`,
      at: [1, 1001],
    },
    {
      name: 'closers with no opener in one paragraph',
      markdown: `${'a* \n'.repeat(2000)}`,
      at: [1001, 2],
    },
  ]
  for (const row of refused) {
    it(`refuses ${row.name}`, () => {
      let error: unknown
      try {
        checkMarkdownDepth(row.markdown, { file: 'a.md' })
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(MarkdownDepthError)
      const { line, column, name, message } = error as MarkdownDepthError
      expect([line, column]).toEqual(row.at)
      expect(name).toBe('MarkdownDepthError')
      expect(message).toMatch(new RegExp(`^a\\.md:${line}:${column}: Unexpected .+, expected `))
      expect(message).not.toContain('\n')
    })
  }

  const accepted: Array<{ name: string; markdown: string }> = [
    {
      name: 'an article',
      markdown: '# Titolo\n\nLa **difesa** _reciproca_.\n\n> - uno\n>   - due\n',
    },
    { name: 'a block quote 32 deep', markdown: `${'> '.repeat(markdownLimits.containers)}ciao` },
    { name: 'a list nested 16 deep by four spaces', markdown: nestedList(16, '    ') },
    { name: 'a long thematic break', markdown: `Uno.\n\n${'- '.repeat(100)}\n\nDue.` },
    { name: 'fill-in blanks', markdown: `Nome: ${'_'.repeat(200)} data: ${'_'.repeat(50)}` },
    { name: 'snake_case names', markdown: 'la variabile nome_del_file '.repeat(3000) },
    {
      name: 'emphasis in many short paragraphs',
      markdown: 'La **difesa** e la _mutua_ difesa.\n\n'.repeat(3000),
    },
    { name: 'a tight list with emphasis', markdown: '- la **difesa**\n'.repeat(3000) },
    {
      name: 'emphasis in a fenced code block',
      markdown: `\`\`\`\n${'*a* '.repeat(3000)}\n\`\`\`\n`,
    },
    { name: 'emphasis in code spans', markdown: `${'`*a*` '.repeat(3000)}` },
    { name: 'escaped asterisks', markdown: `${'\\*'.repeat(3000)}` },
  ]
  for (const row of accepted) {
    it(`accepts ${row.name}`, () => {
      expect(() => checkMarkdownDepth(row.markdown)).not.toThrow()
    })
  }

  it('leaves the file out of the message when none is given', () => {
    expect(() => checkMarkdownDepth(`${'> '.repeat(100)}x`)).toThrow(/^1:65: Unexpected/)
  })
})

describe('markdownProse on deep documents', () => {
  it('refuses a document nested too deep before parsing it', () => {
    expect(() => markdownProse(`${'> '.repeat(10_000)}ciao`, { file: 'a.md' })).toThrow(
      MarkdownDepthError,
    )
  })

  it('reads a document nested up to the limit', () => {
    const markdown = `${'> '.repeat(markdownLimits.containers)}ciao`
    const prose = markdownProse(markdown)
    expect(prose.text).toBe('ciao')
    expect(prose.toSource(0)).toBe(markdown.indexOf('ciao'))
  })
})
