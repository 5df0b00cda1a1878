// groupRenderings with a compiled glossary as its ConceptFinder: here rather than in @fonte/align,
// which takes any ConceptFinder and does not depend on @fonte/glossary.
import { groupRenderings, type AlignedQuote } from '@fonte/align'
import { createGlossary, parseTermBase } from '@fonte/glossary'
import { describe, expect, it } from 'vitest'

describe('groupRenderings with a glossary', () => {
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
