import { describe, expect, it } from 'vitest'
import * as fonte from 'fonte'

describe('fonte exports', () => {
  it('exposes exactly the documented API', () => {
    expect(Object.keys(fonte).sort()).toEqual([
      'DocumentError',
      'InputError',
      'TermBaseError',
      'TermMatcher',
      'applyFixes',
      'createGlossary',
      'extractQuotes',
      'inflectTerm',
      'italianLanguage',
      'lintFile',
      'loadTermBases',
      'markdownProse',
      'mergeTermBases',
      'parseTermBase',
      'plainProse',
      'readArticle',
      'rules',
      'splitSentences',
      'toTbx',
    ])
  })
})
