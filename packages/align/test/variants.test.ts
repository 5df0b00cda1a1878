import { createGlossary, parseTermBase } from '@fonte/glossary'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffRenderings, diffTokens, groupRenderings, type AlignedQuote } from '../src/index.js'

describe('diffRenderings', () => {
  const cases: Array<[name: string, first: string, second: string, marked: string]> = [
    [
      'marks the words one rendering has and the other lacks',
      'tutti i mezzi a sua disposizione senza indugio',
      'immediatamente tutti i mezzi disponibili',
      '{+immediatamente +}tutti i mezzi [-a sua disposizione senza indugio-]{+disponibili+}',
    ],
    ['finds nothing to mark in equal renderings', 'mutua difesa', 'mutua difesa', 'mutua difesa'],
    [
      'keeps the space before a word only one rendering has',
      'tutti i mezzi disponibili',
      'tutti i mezzi',
      'tutti i mezzi[- disponibili-]',
    ],
    [
      'does not interleave two different phrases at their spaces',
      'tutti i mezzi disponibili per fornire assistenza',
      'tutti i mezzi a sua disposizione',
      'tutti i mezzi [-disponibili per fornire assistenza-]{+a sua disposizione+}',
    ],
    [
      'cuts elided words at the apostrophe',
      'dell’accordo',
      'dell’intesa',
      'dell’[-accordo-]{+intesa+}',
    ],
  ]
  for (const [name, first, second, marked] of cases) {
    it(name, () => {
      const parts = diffRenderings(first, second)
      expect(
        parts
          .map((part) =>
            part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value,
          )
          .join(''),
      ).toBe(marked)
      expect(
        parts
          .filter((part) => !part.added)
          .map((part) => part.value)
          .join(''),
      ).toBe(first)
    })
  }

  it('rebuilds both renderings from its parts, for any two texts', () => {
    const text = fc.stringMatching(/^[a-zà ’'.,\n]{0,40}$/)
    fc.assert(
      fc.property(text, text, (first, second) => {
        const parts = diffRenderings(first, second)
        const rebuilt = (skip: 'added' | 'removed') =>
          parts
            .filter((part) => !part[skip])
            .map((part) => part.value)
            .join('')
        expect(rebuilt('added')).toBe(first)
        expect(rebuilt('removed')).toBe(second)
      }),
    )
  })

  it('tokenises so that the tokens rebuild the text', () => {
    const text = 'L’accordo, firmato il 19.06.2024 — «storico».'
    expect(diffTokens(text).join('')).toBe(text)
  })
})

describe('groupRenderings', () => {
  const quote = (text: string, start: number, end: number, score: number): AlignedQuote => ({
    text,
    start: 0,
    end: text.length,
    kind: 'direct',
    match: { file: 'en.md', text: 'x', start, end, score },
  })

  it('groups different renderings of overlapping English spans, confident ones only', () => {
    const groups = groupRenderings([
      { file: 'a.md', quotes: [quote('tutte le politiche della Russia', 10, 30, 0.9)] },
      {
        file: 'b.md',
        quotes: [quote('tutte le politiche russe', 15, 30, 0.8), quote('altro', 100, 110, 0.9)],
      },
      { file: 'c.md', quotes: [quote('politiche russe, forse', 10, 30, 0.3)] },
    ])
    expect(groups).toHaveLength(1)
    expect(groups[0]?.renderings.map((rendering) => rendering.file)).toEqual(['a.md', 'b.md'])
  })

  it('leaves out groups whose renderings are all the same', () => {
    expect(
      groupRenderings([
        { file: 'a.md', quotes: [quote('mutua difesa', 0, 10, 0.9)] },
        { file: 'b.md', quotes: [quote('Mutua  difesa', 0, 10, 0.9)] },
      ]),
    ).toEqual([])
  })

  it('groups different English versions of one text through a glossary concept', () => {
    const glossary = createGlossary(
      parseTermBase(
        [
          'concepts:',
          '  - id: all-means',
          '    en: [all means in its possession without delay, all available means, all means]',
          '    it:',
          '      - term: tutti i mezzi a sua disposizione senza indugio',
          '      - term: tutti i mezzi disponibili',
          '      - term: tutti i mezzi',
        ].join('\n'),
        'terms.yaml',
      ),
    )
    const matched = (text: string, english: string, file: string): AlignedQuote => ({
      text,
      start: 100,
      end: 100 + text.length,
      kind: 'direct',
      match: { file, text: english, start: 10, end: 10 + english.length, score: 0.9 },
    })
    const groups = groupRenderings(
      [
        {
          file: 'a.md',
          quotes: [
            matched(
              'l’altra parte utilizzerà tutti i mezzi disponibili per fornire assistenza',
              'the other side will use all available means to provide assistance',
              'reuters.md',
            ),
          ],
        },
        { file: 'b.md', quotes: [matched('tutti i mezzi', 'all means', 'aljazeera.md')] },
      ],
      { glossary },
    )
    expect(groups).toHaveLength(1)
    expect(groups[0]?.concept).toBe('all-means')
    expect(groups[0]?.original.text).toBe('all available means')
    expect(groups[0]?.renderings.map(({ file, text, start }) => [file, text, start])).toEqual([
      ['a.md', 'tutti i mezzi disponibili', 125],
      ['b.md', 'tutti i mezzi', 100],
    ])
  })

  it('does not form a concept group from one article', () => {
    const glossary = createGlossary(
      parseTermBase(
        'concepts:\n  - id: all-means\n    en: [all means]\n    it: [{ term: tutti i mezzi }]\n',
        'terms.yaml',
      ),
    )
    const quote = (text: string): AlignedQuote => ({
      text,
      start: 0,
      end: text.length,
      kind: 'direct',
      match: { file: 'en.md', text: 'all means', start: 0, end: 9, score: 0.9 },
    })
    expect(
      groupRenderings(
        [{ file: 'a.md', quotes: [quote('tutti i mezzi'), quote('Tutti i mezzi!')] }],
        {
          glossary,
        },
      ).filter((group) => group.concept),
    ).toEqual([])
  })
})
