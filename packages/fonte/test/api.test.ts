import { describe, expect, it } from 'vitest'
import * as fonte from 'fonte'

describe('fonte exports', () => {
  it('exposes exactly the documented API', () => {
    expect(Object.keys(fonte).sort()).toEqual([
      'DocumentError',
      'InputError',
      'TermBaseError',
      'TermMatcher',
      'alignQuotes',
      'alignSentences',
      'analyse',
      'applyFixes',
      'blankBoilerplate',
      'cognatesScorer',
      'createGlossary',
      'defaultQuoteCalibration',
      'defaultScorers',
      'dictionaryQuoteCalibration',
      'dictionaryScorer',
      'diffRenderings',
      'extractQuotes',
      'findBoilerplate',
      'fonteAlign',
      'fonteGlossary',
      'fonteLanguage',
      'fonteSplit',
      'generate',
      'glossaryScorer',
      'groupRenderings',
      'identifyLanguage',
      'inflect',
      'inflectTerm',
      'italianLanguage',
      'languageBlocks',
      'lemmatize',
      'lengthScorer',
      'lexiconStatus',
      'lintFile',
      'lintInParallel',
      'loadDictdDictionary',
      'loadTermBases',
      'markdownProse',
      'mergeTermBases',
      'numbersScorer',
      'parseTermBase',
      'plainProse',
      'readArticle',
      'rules',
      'sharedKeysScorer',
      'splitSentences',
      'toTbx',
      'translate',
      'writeReport',
    ])
  })
})

describe('fonte functions name the argument that is wrong', () => {
  const rows: Array<[name: string, call: () => unknown, message: string]> = [
    [
      'findBoilerplate(null)',
      () => fonte.findBoilerplate(null as never),
      'findBoilerplate: `text` must be a string, got null',
    ],
    [
      'findBoilerplate(text, -1)',
      () => fonte.findBoilerplate('Testo.', -1),
      'findBoilerplate: `from` must be an offset (a whole number, 0 or more), got -1',
    ],
    [
      'blankBoilerplate(text, undefined)',
      () => fonte.blankBoilerplate('Testo.', undefined as never),
      'blankBoilerplate: `boilerplate` must be an array of findBoilerplate results, got undefined',
    ],
    [
      'blankBoilerplate(42, [])',
      () => fonte.blankBoilerplate(42 as never, []),
      'blankBoilerplate: `text` must be a string, got 42',
    ],
  ]

  it.each(rows)('%s', (_, call, message) => {
    expect(call).toThrow(new TypeError(message))
  })

  it('still blanks what findBoilerplate found', () => {
    const text = 'Leggi anche: altro\n\nIl testo.\n'
    expect(fonte.blankBoilerplate(text, fonte.findBoilerplate(text)).length).toBe(text.length)
  })
})
