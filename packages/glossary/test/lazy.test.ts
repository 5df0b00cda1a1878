import { describe, expect, it } from 'vitest'
import { candidateKeys, compileTerm, needsClassifying } from '../src/morphology.js'
import { TermMatcher } from '../src/match.js'
import type { Term, TermBase } from '../src/types.js'

// The matcher indexes a term with no part of speech by `candidateKeys` and compiles it only when a
// text word hits one: the index must hold every form the compiled term matches, or occurrences
// would be lost.
const term = (text: string, partOfSpeech?: string): Term => ({
  text,
  language: 'it',
  status: 'preferred',
  caseSensitive: false,
  ...(partOfSpeech ? { partOfSpeech } : {}),
})

describe('index keys of a term not yet classed', () => {
  it.each([
    ['impostare'],
    ['fare clic'],
    ['predefinito'],
    ['difesa reciproca'],
    ['partenariato strategico globale'],
    ['file di configurazione'],
    ['attivo'],
    ['gestire le impostazioni'],
    ['Seoul'],
    ['città'],
  ])('%s: every compiled form is a key', (text) => {
    const keys = candidateKeys(term(text))
    const { words } = compileTerm(term(text), false)
    expect(keys).toHaveLength(words.length)
    words.forEach((word, index) => {
      const missing = [...word.forms.keys()].filter((form) => !keys[index]?.has(form))
      expect(missing).toEqual([])
    })
  })

  it('only Italian terms without a part of speech wait to be classed', () => {
    expect(needsClassifying(term('impostare'))).toBe(true)
    expect(needsClassifying(term('impostare', 'verb'))).toBe(false)
    expect(needsClassifying({ ...term('setting'), language: 'en' })).toBe(false)
  })

  it('classes a term when a text first holds one of its forms', () => {
    const base: TermBase = {
      files: ['test'],
      concepts: [{ id: 'set', terms: [term('impostare'), term('valore predefinito')] }],
    }
    const matcher = new TermMatcher(base)
    const found = matcher.match('Impostali tutti; poi impostando i valori predefiniti.')
    expect(found.map(({ text, wordClass }) => [text, wordClass])).toEqual([
      ['Impostali', 'verb'],
      ['impostando', 'verb'],
      ['valori predefiniti', 'other'],
    ])
  })
})
