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

  // The shared wording of @fonte/arguments (before: "`identifyLanguage` expects a string").
  it.each([
    [[4], 'identifyLanguage: `text` must be a string, got a number'],
    [[null], 'identifyLanguage: `text` must be a string, got null'],
    [['testo', 'ita'], 'identifyLanguage: `options` must be an options object, got a string'],
    [['testo', []], 'identifyLanguage: `options` must be an options object, got an array'],
    [
      ['testo', { only: 'ita' }],
      'identifyLanguage: `options.only` must be an array of ISO 639-3 codes, got a string',
    ],
    [
      ['testo', { only: ['ita', 3] }],
      'identifyLanguage: `options.only` must be an array of ISO 639-3 codes, got an array',
    ],
    [
      ['testo', { minLength: '15' }],
      'identifyLanguage: `options.minLength` must be a number, 0 or more, got a string',
    ],
    [
      ['testo', { minLength: -1 }],
      'identifyLanguage: `options.minLength` must be a number, 0 or more, got a number',
    ],
  ])('throws a TypeError naming the wrong argument (%j)', (args, message) => {
    expect(() => (identifyLanguage as (...values: unknown[]) => string)(...args)).toThrow(
      new TypeError(message),
    )
  })

  it('takes null, undefined and empty options', () => {
    const text = 'Il governo ha approvato la legge di bilancio'
    for (const options of [null, undefined, {}, { only: null, minLength: undefined }]) {
      expect(identifyLanguage(text, options)).toBe('ita')
    }
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
    [42, 'languageBlocks: `markdown` must be a string or a Prose, got a number'],
  ])('names the argument when given %s', (value, message) => {
    expect(() => languageBlocks(value as never)).toThrow(new TypeError(message))
  })

  it('checks its options even for a document without blocks', () => {
    expect(() => languageBlocks('', { only: 'ita' } as never)).toThrow(
      new TypeError(
        'languageBlocks: `options.only` must be an array of ISO 639-3 codes, got a string',
      ),
    )
  })
})
