import { describe, expect, it } from 'vitest'
import { markdownProse } from '@fonte/markdown'
import { identifyLanguage, languageBlocks } from '../src/index.js'

describe('identifyLanguage', () => {
  const cases: Array<[name: string, text: string, expected: string]> = [
    [
      'an Italian sentence',
      'La Corea del Nord e la Russia hanno concordato di fornire assistenza militare immediata.',
      'ita',
    ],
    [
      'an English sentence',
      'North Korea and Russia agreed to provide immediate military assistance if attacked.',
      'eng',
    ],
    ['English site boilerplate', 'Back to top button', 'eng'],
    ['a text too short to tell', 'Ultime Notizie', 'und'],
    ['a name alone', 'Daniele Bianchi', 'und'],
  ]
  for (const [name, text, expected] of cases) {
    it(`reads ${name} as ${expected}`, () => {
      expect(identifyLanguage(text)).toBe(expected)
    })
  }

  it('chooses among other candidates when told', () => {
    expect(
      identifyLanguage('Die Nordostwand des Kingspitz ist ungefähr sechshundert Meter hoch.', {
        only: ['deu', 'fra'],
      }),
    ).toBe('deu')
  })

  it('throws a TypeError for a value that is not text', () => {
    expect(() => identifyLanguage(4 as never)).toThrow(/`identifyLanguage` expects a string/)
  })
})

describe('languageBlocks', () => {
  it('gives each block its language and its offsets in the source', () => {
    const markdown =
      '# Corea del Nord e Russia firmano un patto di mutua difesa\n\nThe agreement was signed in Pyongyang on Wednesday by both leaders.\n'
    const blocks = languageBlocks(markdown)
    expect(blocks.map((block) => [block.type, block.language])).toEqual([
      ['heading', 'ita'],
      ['paragraph', 'eng'],
    ])
    for (const block of blocks)
      expect(markdown.slice(block.start, block.end)).toContain(block.text.slice(0, 10))
  })

  it('reads prose given instead of the document, with the same blocks', () => {
    const markdown = '---\ntitle: X\n---\n> The agreement was signed in Pyongyang on Wednesday.\n'
    expect(languageBlocks(markdownProse(markdown))).toEqual(languageBlocks(markdown))
    expect(languageBlocks(markdown)).toMatchObject([
      { type: 'paragraph', language: 'eng', start: 19 },
    ])
  })
})

describe('languageBlocks arguments', () => {
  it.each([
    [null, 'languageBlocks: `markdown` must be a string or a Prose, got null'],
    [42, 'languageBlocks: `markdown` must be a string or a Prose, got number'],
  ])('names the argument when given %s', (value, message) => {
    expect(() => languageBlocks(value as never)).toThrow(new TypeError(message))
  })
})
