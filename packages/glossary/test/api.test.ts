import { describe, expect, it } from 'vitest'
import * as glossary from '@fonte/glossary'
import * as bilingual from '@fonte/glossary/bilingual'
import * as internals from '@fonte/glossary/internals'
import * as lexiconAnswers from '@fonte/glossary/lexicon-answers'
import * as morphology from '@fonte/glossary/morphology'

describe('@fonte/glossary exports', () => {
  const entries: Array<[string, object, string[]]> = [
    [
      '@fonte/glossary',
      glossary,
      [
        'DocumentError',
        'TermBaseError',
        'TermMatcher',
        'applyFixes',
        'createGlossary',
        'inflectTerm',
        'isForbidden',
        'lintFile',
        'loadGlossary',
        'loadTermBases',
        'mergeTermBases',
        'parseTermBase',
        'recommendedTerms',
        'rules',
        'termsIn',
        'toTbx',
      ],
    ],
    [
      '@fonte/glossary/bilingual',
      bilingual,
      [
        'escapePo',
        'escapeXml',
        'fuzzyEdits',
        'parsePo',
        'parseXliff',
        'readPo',
        'readXliff',
        'reviewEdits',
      ],
    ],
    [
      '@fonte/glossary/morphology',
      morphology,
      ['englishForms', 'italianForms', 'replacementFor', 'tokenize', 'wordForms'],
    ],
    [
      '@fonte/glossary/internals',
      internals,
      ['codeSpans', 'conceptLabel', 'isLiteralTerm', 'maskCode', 'parseTbx'],
    ],
    ['@fonte/glossary/lexicon-answers', lexiconAnswers, ['lexiconAnswers', 'useLexiconAnswers']],
  ]
  it.each(entries)('%s exposes exactly the documented API', (_, module, names) => {
    expect(Object.keys(module).sort()).toEqual(names)
  })
})
