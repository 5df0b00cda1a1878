import { describe, expect, it } from 'vitest'
import * as glossary from '@fonte/glossary'

describe('@fonte/glossary exports', () => {
  it('exposes exactly the documented API', () => {
    expect(Object.keys(glossary).sort()).toEqual([
      'DocumentError',
      'TermBaseError',
      'TermMatcher',
      'applyFixes',
      'codeSpans',
      'conceptLabel',
      'createGlossary',
      'englishForms',
      'escapePo',
      'escapeXml',
      'fuzzyEdits',
      'inflectTerm',
      'isForbidden',
      'isLiteralTerm',
      'italianForms',
      'lintFile',
      'loadGlossary',
      'loadTermBases',
      'maskCode',
      'mergeTermBases',
      'parsePo',
      'parseTbx',
      'parseTermBase',
      'parseXliff',
      'readPo',
      'readXliff',
      'recommendedTerms',
      'replacementFor',
      'reviewEdits',
      'rules',
      'termsIn',
      'toTbx',
      'tokenize',
      'wordForms',
    ])
  })
})
