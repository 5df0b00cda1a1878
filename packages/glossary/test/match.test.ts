import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { italianForms, tokenize } from '../src/exports/morphology.js'
import { inflectTerm } from '../src/index.js'
import { glossary } from './helpers.js'

const matches = (text: string) =>
  glossary.target.match(text).map((match) => `${match.concept.id}:${match.text}`)

describe('TermMatcher: what matches', () => {
  const cases: Array<[name: string, text: string, expected: string[]]> = [
    ['a term as written', 'il patto di mutua difesa', ['mutual-defence:mutua difesa']],
    [
      'the plural of every word',
      'i partenariati strategici globali',
      ['csp:partenariati strategici globali'],
    ],
    ['a feminine plural in -che', 'le difese reciproche', ['mutual-defence:difese reciproche']],
    [
      'a capital letter at the start of a sentence',
      'Difesa reciproca e altro.',
      ['mutual-defence:Difesa reciproca'],
    ],
    ['a line break inside the term', 'la mutua\ndifesa', ['mutual-defence:mutua\ndifesa']],
    ['several spaces inside the term', 'la mutua   difesa', ['mutual-defence:mutua   difesa']],
    ['a straight apostrophe', "la Carta dell'ONU", ["un-charter:Carta dell'ONU"]],
    ['a typographic apostrophe', 'la Carta dell’ONU', ['un-charter:Carta dell’ONU']],
    ['a term after an elided article', 'dell’ONU', ['onu:ONU']],
    ['a term ending in an accented letter', 'la neutralità del paese', ['neutrality:neutralità']],
    ['a term in decomposed (NFD) Unicode', 'la neutralita\u0300', ['neutrality:neutralita\u0300']],
    [
      'the hyphenated name as its own term',
      'Kim Jong-un e Kim Jong Un',
      ['kim-jong-un:Kim Jong-un', 'kim-jong-un:Kim Jong Un'],
    ],
    [
      'a case-sensitive term in its own case',
      'il Consiglio di sicurezza',
      ['security-council:Consiglio di sicurezza'],
    ],
    [
      'the longest of overlapping terms',
      'Carta delle Nazioni Unite',
      ['un-charter:Carta delle Nazioni Unite'],
    ],
  ]
  for (const [name, text, expected] of cases) {
    it(`matches ${name}`, () => {
      expect(matches(text)).toEqual(expected)
    })
  }
})

describe('TermMatcher: what does not match', () => {
  const cases: Array<[name: string, text: string]> = [
    ['one word of a term alone', 'un impegno reciproca'],
    ['a term inside a longer word', 'l’autodifesa reciproca'],
    ['a prefix of a word', 'il leader nordcoreano'],
    ['words of a term apart', 'la difesa che è reciproca'],
    ['a term across a blank line', 'la mutua\n\ndifesa'],
    ['a term across punctuation', 'la mutua, difesa'],
    ['a case-sensitive term in another case', 'la onu'],
    ['an inflection the term does not have', 'mutui difesa'],
  ]
  for (const [name, text] of cases) {
    it(`does not match ${name}`, () => {
      expect(matches(text)).toEqual([])
    })
  }
})

describe('inflection', () => {
  const forms: Array<[word: string, expected: string[]]> = [
    ['partenariato', ['partenariato', 'partenariati']],
    ['strategico', ['strategico', 'strategici', 'strategichi']],
    ['bianco', ['bianco', 'bianchi', 'bianci']],
    ['reciproca', ['reciproca', 'reciproche']],
    ['globale', ['globale', 'globali']],
    ['provincia', ['provincia', 'province', 'provincie']],
    ['arma', ['arma', 'arme', 'armi']],
    ['neutralità', ['neutralità']],
    ['ONU', ['ONU']],
    ['Nazioni', ['Nazioni']],
    ['di', ['di']],
  ]
  for (const [word, expected] of forms) {
    it(`inflects ${word}`, () => {
      expect(italianForms(word).map((form) => form.form)).toEqual(expected)
    })
  }

  it('writes a term in the plural, keeping what stands between its words', () => {
    const term = {
      text: 'partenariato strategico globale',
      language: 'it',
      status: 'preferred',
      caseSensitive: false,
    } as const
    expect(inflectTerm(term, 'plural')).toBe('partenariati strategici globali')
    expect(inflectTerm({ ...term, text: 'Kim Jong-un' }, 'plural')).toBe('Kim Jong-un')
  })
})

describe('tokenize', () => {
  it('records the separator before each word', () => {
    expect(
      tokenize('Kim Jong-un, dell’ONU').map((token) => `${token.before}${token.text}`),
    ).toEqual(['|Kim', ' Jong', '-un', '|dell', "'ONU"])
  })
})

describe('TermMatcher: properties', () => {
  const pieces = fc.constantFrom(
    'mutua',
    'difesa',
    'difese',
    'reciproca',
    'reciproche',
    'partenariati',
    'strategici',
    'globali',
    'Kim',
    'Jong',
    'Un',
    'un',
    'ONU',
    'dell',
    ' ',
    '  ',
    '\n',
    '\n\n',
    '-',
    "'",
    '’',
    ',',
    '**',
    'à',
    '\u0300',
    '😀',
    '\uD800',
  )
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join('')),
  )

  it('never throws, and every match slices back to its text', () => {
    fc.assert(
      fc.property(text, (input) => {
        let previousEnd = 0
        for (const match of glossary.target.match(input)) {
          expect(input.slice(match.start, match.end)).toBe(match.text)
          expect(match.start).toBeGreaterThanOrEqual(previousEnd)
          previousEnd = match.end
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('handles a megabyte of a term’s prefix repeated', () => {
    const input = 'partenariato strategico '.repeat(45000)
    expect(glossary.target.match(input)).toEqual([])
  })
})
