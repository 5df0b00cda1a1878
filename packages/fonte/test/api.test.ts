import { describe, expect, it } from 'vitest'
import * as fonte from 'fonte'

describe('fonte exports', () => {
  it('exposes exactly the documented API', () => {
    expect(Object.keys(fonte).sort()).toEqual([
      'InputError',
      'extractQuotes',
      'italianLanguage',
      'readArticle',
      'splitSentences',
    ])
  })
})
