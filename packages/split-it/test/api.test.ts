import { describe, expect, it } from 'vitest'
import * as splitIt from '@fonte/split-it'
import * as txtAst from '@fonte/split-it/txt-ast'

describe('@fonte/split-it exports', () => {
  it('exposes exactly the documented API', () => {
    expect(Object.keys(splitIt).sort()).toEqual([
      'abbreviations',
      'exclamationWords',
      'extractQuotes',
      'italianLanguage',
      'letterLabelNouns',
      'numberAbbreviations',
      'prepositiveAbbreviations',
      'sentenceOpeners',
      'splitSentences',
    ])
  })

  it('exposes the TxtAST entry as its own subpath', () => {
    expect(Object.keys(txtAst).sort()).toEqual(['splitToTxtAst'])
  })
})
