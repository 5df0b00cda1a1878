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
      'applyFixes',
      'cognatesScorer',
      'createGlossary',
      'defaultQuoteCalibration',
      'defaultScorers',
      'dictionaryQuoteCalibration',
      'dictionaryScorer',
      'diffRenderings',
      'extractQuotes',
      'fonteAlign',
      'fonteGlossary',
      'fonteLanguage',
      'fonteSplit',
      'glossaryScorer',
      'groupRenderings',
      'identifyLanguage',
      'inflectTerm',
      'italianLanguage',
      'languageBlocks',
      'lengthScorer',
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
    ])
  })
})
