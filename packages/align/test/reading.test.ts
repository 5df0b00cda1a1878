// How words are read for tracing: once per written word, function words never asked the lexicon
// for unless a glossary term makes them evidence, and the candidate index's answers the same
// whatever limits it was asked with before.
import { describe, expect, it } from 'vitest'
import { Idf, italianKeys, lemmasOfWord, readWords } from '../src/evidence.js'
import { lexiconHasData } from '../src/keys.js'
import type { ConceptFinder, ConceptMatch } from '../src/resources.js'
import { memoryIndex, readPool, withConcepts } from '../src/trace.js'

/** A term base of one English term, `the state`, found wherever it is written so. */
const theState: ConceptFinder = {
  source: { match: (text) => termsIn(text, 'the state') },
  target: { match: () => [] },
}

function termsIn(text: string, term: string): ConceptMatch[] {
  const found: ConceptMatch[] = []
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1))
    found.push({ concept: { id: 'c1' }, start: at, end: at + term.length })
  return found
}

describe('reading English words', () => {
  const text = 'Laws of the state and the union'
  const words = readWords(text, 'en')

  it('leaves a function word’s lemmas unread, and reads them when asked', () => {
    const the = words[2]
    expect(the?.plain).toBe('the')
    expect(the?.stop).toBe(true)
    expect(the?.lemmas.size).toBe(0)
    expect(the && lemmasOfWord(the, text, 'en').has('the')).toBe(true)
  })

  it('reads a content word’s lemmas, its own spelling first', () => {
    expect([...(words[3]?.lemmas ?? [])][0]).toBe('state')
  })

  it('gives a function word inside a term its lemmas and the concept', () => {
    const [, , the, state, , other] = withConcepts(words, theState, text, 0, text.length, 'en')
    expect(the?.stop).toBe(false)
    expect(the && [...the.lemmas]).toEqual(expect.arrayContaining(['the', 'g:c1']))
    expect(state && [...state.lemmas]).toEqual(expect.arrayContaining(['state', 'g:c1']))
    // A function word outside the term stays one, its lemmas unread.
    expect(other?.stop).toBe(true)
    expect(other?.lemmas.size).toBe(0)
  })

  it('reads the same word the same way each time it is written', () => {
    const [first, , , again] = readWords('state of the state', 'en')
    expect(again).toEqual({ ...first, start: 13, end: 18 })
  })
})

describe('reading Italian words', () => {
  it('keeps content words alone, as reading all and dropping function words does', () => {
    const text = 'Il governo di Roma ha detto che il 17,5% dei voti è suo'
    expect(italianKeys(text).words).toEqual(readWords(text, 'it').filter((word) => !word.stop))
  })

  it.runIf(lexiconHasData())('shares one lemma set between forms of one lemma', () => {
    const [dice, dicono] = readWords('dice dicono', 'it')
    expect(dice?.lemmas.size).toBeGreaterThan(0)
    expect(dice?.lemmas).toBe(dicono?.lemmas)
  })
})

describe('the memory index', () => {
  const sources = [
    {
      file: 'a.md',
      text: 'The minister resigned on Monday. The government denied it. Rome said nothing. The minister of defence resigned in 2024. Parliament voted.',
    },
  ]
  const pool = readPool(sources)
  const words = italianKeys('Il ministro della difesa si è dimesso nel 2024, ha detto Roma').words

  it.each([1, 2, 3, 5])(
    'answers limit %i after larger and smaller ones as a fresh index',
    (limit) => {
      const asked = memoryIndex(pool)
      asked.candidates(words, 3)
      asked.candidates(words, 5)
      expect(asked.candidates(words, limit)).toEqual(memoryIndex(pool).candidates(words, limit))
      expect(asked.candidates(words, limit).length).toBeLessThanOrEqual(limit)
    },
  )
})

describe('reading a pool', () => {
  const sources = [
    {
      file: 'a.md',
      text: '# Talks\n\nThe minister said "we will act" on 17.5 million claims. Rome’s reply: nothing.\n',
    },
    {
      file: 'b.md',
      text: 'Kim Jong Un, the leader, met Putin. They signed the treaty in Pyongyang.\n',
    },
  ]

  it('gives each sentence, when asked, the words readWords reads in it', () => {
    const pool = readPool(sources)
    expect(pool.sentences.length).toBeGreaterThan(2)
    for (const sentence of pool.sentences) {
      const { text } = pool.documents[sentence.doc] as { text: string }
      expect(sentence.words).toEqual(readWords(text, 'en', sentence.start, sentence.end))
    }
  })

  it('weighs words as an IDF of those words does, before any is read', () => {
    const pool = readPool(sources)
    const idf = new Idf()
    const all = pool.sentences.map((sentence) => {
      const { text } = pool.documents[sentence.doc] as { text: string }
      return readWords(text, 'en', sentence.start, sentence.end)
    })
    for (const words of all) idf.add(words)
    for (const word of all.flat()) expect(pool.idf.weight(word)).toBe(idf.weight(word))
  })
})
