// Function words carry no evidence (evidence.ts, keys.ts). Words are compared without their
// accents, so the lists are too: `più`, `già`, `perché`, `così` are function words like `che`.
import { describe, expect, it } from 'vitest'
import { readWords } from '../src/evidence.js'
import { lexicalKeyer } from '../src/keys.js'

const accented = ['più', 'già', 'perché', 'così', 'è']
const keyer = lexicalKeyer({ lexicon: false })

describe('Italian function words written with accents', () => {
  it.each(accented)('`%s` is read as a function word', (word) => {
    const [read] = readWords(word, 'it')
    expect(read?.stop).toBe(true)
  })

  it.each(['più', 'già', 'perché'])('`%s` gives a sentence no key', (word) => {
    expect(keyer.italian(`${word} ${word}`)).toEqual([])
  })

  it.each(['governo', 'difesa'])('`%s`, a content word, is not one', (word) => {
    expect(readWords(word, 'it')[0]?.stop).toBe(false)
    expect(keyer.italian(word).length).toBeGreaterThan(0)
  })
})
