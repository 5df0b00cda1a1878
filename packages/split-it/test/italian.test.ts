import { describe, expect, it } from 'vitest'
import { abbreviations, prepositiveAbbreviations, letterLabelNouns } from '../src/index.js'

describe('Italian language data', () => {
  const lists: Array<[string, readonly string[]]> = [
    ['prepositiveAbbreviations', prepositiveAbbreviations],
    ['abbreviations', abbreviations],
    ['letterLabelNouns', letterLabelNouns],
  ]
  for (const [name, list] of lists) {
    it(`${name} is lower case without duplicates`, () => {
      expect(new Set(list).size).toBe(list.length)
      for (const entry of list) expect(entry).toBe(entry.toLowerCase())
    })
  }

  it('lists no abbreviation as both prepositive and sentence-ending', () => {
    const prepositive = new Set(prepositiveAbbreviations)
    expect(abbreviations.filter((entry) => prepositive.has(entry))).toEqual([])
  })

  it('ends every abbreviation with or around a full stop', () => {
    for (const entry of [...prepositiveAbbreviations, ...abbreviations])
      expect(entry).toContain('.')
  })
})
