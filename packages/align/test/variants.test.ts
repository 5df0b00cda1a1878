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
})
