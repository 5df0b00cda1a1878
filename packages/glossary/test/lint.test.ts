import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { applyFixes, createGlossary, lintFile } from '../src/index.js'
import { glossary, lint } from './helpers.js'

/** The file offsets of a message's place. */
function offsets(message: { place?: unknown }): [number, number] {
  const place = message.place as { start: { offset: number }; end: { offset: number } }
  return [place.start.offset, place.end.offset]
}

describe('lintFile', () => {
  it('leaves vfile messages with rule, source, place, actual, expected, url, note and cause', () => {
    const file = lintFile(new VFile({ path: 'a.md', value: 'La difesa reciproca.' }), glossary)
    const [message] = file.messages
    expect(message).toMatchObject({
      ruleId: 'forbidden-term',
      source: 'fonte',
      fatal: true,
      actual: 'difesa reciproca',
      expected: ['mutua difesa'],
      url: 'https://www.npmjs.com/package/@fonte/glossary#forbidden-term',
      note: "House style is 'mutua difesa'.",
      file: 'a.md',
      line: 1,
      column: 4,
    })
    expect(message?.cause).toMatchObject({ file: 'house.yaml', line: 7, column: 9 })
  })

  it('applies fixes, keeping the rest of the text', () => {
    const text = 'Le difese reciproche e i partenariati strategici completi.'
    const file = lintFile(new VFile({ path: 'a.md', value: text }), glossary)
    expect(applyFixes(text, file.messages)).toEqual({
      text: 'Le mutue difese e i partenariati strategici globali.',
      applied: 2,
    })
  })

  it('offers no automatic fix across Markdown markup', () => {
    const text = 'La **difesa** reciproca.'
    const file = lintFile(new VFile({ path: 'a.md', value: text }), glossary)
    expect(file.messages[0]?.expected).toEqual(['mutua difesa'])
    expect(applyFixes(text, file.messages)).toEqual({ text, applied: 0 })
  })

  it('silences findings with disable comments of every kind', () => {
    const text = [
      'La difesa reciproca. <!-- fonte-disable-line -->',
      '<!-- fonte-disable forbidden-term -->',
      'La difesa reciproca.',
      '<!-- fonte-enable forbidden-term -->',
      'La difesa reciproca.',
    ].join('\n')
    expect(lint(text).map((message) => message.line)).toEqual([5])
  })

  it('rejects an unknown rule or severity', () => {
    const file = new VFile({ path: 'a.md', value: '' })
    expect(() => lintFile(file, glossary, { rules: { 'no-such-rule': 'off' } as never })).toThrow(
      /unknown rule `no-such-rule`/,
    )
    expect(() =>
      lintFile(file, glossary, { rules: { 'forbidden-term': 'loud' as never } }),
    ).toThrow(/must be 'error', 'warn' or 'off'/)
  })
})

describe('lintFile: properties', () => {
  const pieces = fc.constantFrom(
    'difesa',
    'difese',
    'reciproca',
    'reciproche',
    'mutua',
    'Seul',
    'Seoul',
    'Kim Jong Un',
    ' ',
    '\n',
    '\n\n',
    '**',
    '_',
    '`',
    '> ',
    '# ',
    '- ',
    '&amp;',
    '\\*',
    '[',
    '](x)',
    '<!-- fonte-disable -->',
    'à',
    '😀',
  )
  const text = fc.array(pieces, { maxLength: 50 }).map((parts) => parts.join(''))

  it('never throws on text, and every finding slices back to its term', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const message of lintFile(new VFile({ path: 'a.txt', value: input }), glossary)
          .messages) {
          if (message.ruleId === 'missing-term') continue
          const [start, end] = offsets(message)
          expect(input.slice(start, end)).toBe(message.actual)
        }
      }),
      { numRuns: 1000 },
    )
    // A thousand documents, on a machine shared with other test runs.
  }, 30_000)

  it('never throws on Markdown, and every finding spans its term in the source', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const message of lintFile(new VFile({ path: 'a.md', value: input }), glossary)
          .messages) {
          const [start, end] = offsets(message)
          const actual = String(message.actual)
          const source = input.slice(start, end)
          expect(source.startsWith(actual.slice(0, 1))).toBe(true)
          expect(source.endsWith(actual.slice(-1))).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
    // A thousand documents, on a machine shared with other test runs.
  }, 30_000)
})

describe('documents nested too deeply', () => {
  it('are refused with a one-line error naming the file, line and column', () => {
    const file = new VFile({ path: 'deep.md', value: `${'>'.repeat(10_000)} difesa reciproca\n` })
    expect(() => lintFile(file, glossary)).toThrow(
      /^deep\.md:1:\d+: Unexpected block quotes and list items nested more than \d+ deep/,
    )
  })
})

describe('createGlossary: the source-language matcher', () => {
  it('is built when first read, once, and a lint of translations alone never reads it', () => {
    const compiled = createGlossary(glossary.termBase)
    let built = 0
    const { get } = Object.getOwnPropertyDescriptor(compiled, 'source')!
    Object.defineProperty(compiled, 'source', {
      get() {
        built++
        return get!.call(compiled) as unknown
      },
    })
    lintFile(new VFile({ path: 'a.md', value: 'La difesa reciproca.' }), compiled)
    expect(built).toBe(0)
    const source = compiled.source
    expect(compiled.source).toBe(source)
    expect(source.match('mutual defence').map((match) => match.concept.id)).toEqual([
      'mutual-defence',
    ])
  })

  it('is read by a lint with source text', () => {
    const compiled = createGlossary(glossary.termBase)
    const file = lintFile(
      new VFile({ path: 'a.po', value: 'msgid "mutual defence"\nmsgstr "la difesa comune"\n' }),
      compiled,
    )
    expect(file.messages.map((message) => message.ruleId)).toContain('missing-term')
  })
})
