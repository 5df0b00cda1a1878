import { describe, expect, it } from 'vitest'
import {
  abbreviations,
  letterLabelNouns,
  numberAbbreviations,
  prepositiveAbbreviations,
  sentenceOpeners,
} from '../src/index.js'

describe('Italian language data', () => {
  const lists: Array<[string, readonly string[]]> = [
    ['prepositiveAbbreviations', prepositiveAbbreviations],
    ['abbreviations', abbreviations],
    ['letterLabelNouns', letterLabelNouns],
    ['numberAbbreviations', numberAbbreviations],
    ['sentenceOpeners', sentenceOpeners],
  ]
  for (const [name, list] of lists) {
    it(`${name} is lower case without duplicates`, () => {
      expect(new Set(list).size).toBe(list.length)
      for (const entry of list) expect(entry).toBe(entry.toLowerCase())
    })
  }

  it('lists each abbreviation in one list only', () => {
    const all = [...prepositiveAbbreviations, ...abbreviations, ...numberAbbreviations]
    expect(new Set(all).size).toBe(all.length)
  })

  it('ends every abbreviation with or around a full stop', () => {
    for (const entry of [...prepositiveAbbreviations, ...abbreviations, ...numberAbbreviations])
      expect(entry).toContain('.')
  })
})
