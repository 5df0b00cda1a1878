import { describe, expect, it } from 'vitest'
import * as glossary from '@fonte/glossary'

describe('@fonte/glossary exports', () => {
  it('exposes exactly the documented API', () => {
    expect(Object.keys(glossary).sort()).toEqual([
      'DocumentError',
      'TermBaseError',
      'TermMatcher',
      'applyFixes',
      'conceptLabel',
      'createGlossary',
      'englishForms',
      'inflectTerm',
      'isForbidden',
      'italianForms',
      'lintFile',
      'loadTermBases',
      'mergeTermBases',
      'parseTbx',
      'parseTermBase',
      'readPo',
      'readXliff',
      'recommendedTerms',
      'rules',
      'termsIn',
      'toTbx',
      'tokenize',
      'wordForms',
    ])
  })
})
