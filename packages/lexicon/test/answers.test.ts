// The memo of word answers (`@fonte/lexicon/answers`): whatever it holds (nothing, what this
// process asked, what another process kept, damaged entries), `lemmatize` and `translate` give
// what the plain calls give.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import * as answers from '../src/answers.js'
import { dropWordAnswers, useWordAnswers, wordAnswers, type WordAnswers } from '../src/answers.js'
import { lemmatize, translate, type Language } from '../src/index.js'

afterEach(() => dropWordAnswers())

/** The distinct lowercase words of a corpus-it file of the repository, at most `count`. */
function wordsOf(file: string, count: number): string[] {
  const text = readFileSync(new URL(`../../../corpus-it/${file}`, import.meta.url), 'utf8')
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []
  return [...new Set(words)].slice(0, count)
}

const italian = wordsOf('000_19c8cfac660a9fd1/article.md', 250)
const english = wordsOf('000_19c8cfac660a9fd1/sources.en.md', 150)

/** Every call the memo keeps, on these words and their first lemmas: [name, call]. */
function calls(): Array<[string, () => unknown]> {
  const asked: Array<[string, () => unknown]> = []
  const words: Array<[string[], Language, Language]> = [
    [italian, 'it', 'en'],
    [english, 'en', 'it'],
  ]
  for (const [list, from, to] of words) {
    for (const word of list) {
      asked.push([`lemmatize ${word} ${from}`, () => lemmatize(word, from)])
      const lemma = lemmatize(word, from)[0] ?? word
      asked.push([`translate ${lemma} ${from} ${to}`, () => translate(lemma, from, to)])
    }
  }
  return asked
}

/** The answer to every call, in order. */
const answersOf = (list: Array<[string, () => unknown]>) => list.map(([, call]) => call())

describe('@fonte/lexicon/answers', () => {
  it('exports the contract', () => {
    expect(
      Object.keys(answers)
        .filter((name) => !/^(keep|known)/.test(name))
        .sort(),
    ).toEqual(['dropWordAnswers', 'useWordAnswers', 'wordAnswers'])
  })

  it('is off until turned on', () => {
    lemmatize('case', 'it')
    expect(wordAnswers()).toBeUndefined()
  })

  it('gives the plain answers, asked once and again, and seeded from what it kept', () => {
    const list = calls()
    expect(list.length).toBeGreaterThan(600)
    const plain = answersOf(list)
    useWordAnswers()
    expect(answersOf(list)).toEqual(plain)
    expect(answersOf(list)).toEqual(plain)
    const kept = JSON.parse(JSON.stringify(wordAnswers())) as WordAnswers
    expect(kept['lemmatize.it']?.length).toBeGreaterThan(200)
    expect(kept['translate.en.it']?.length).toBeGreaterThan(50)
    useWordAnswers(kept)
    expect(answersOf(list)).toEqual(plain)
    // Every answer came from the seed: nothing new to keep.
    expect(wordAnswers()).toBeUndefined()
  })

  it('returns answers a caller can change without changing later ones', () => {
    useWordAnswers()
    const lemmas = lemmatize('impostati', 'it')
    const translations = translate('casa', 'it', 'en')
    lemmas.push('changed')
    translations[0]!.lemma = 'changed'
    translations.pop()
    expect(lemmatize('impostati', 'it')).not.toContain('changed')
    const again = translate('casa', 'it', 'en')
    expect(again[0]!.lemma).not.toBe('changed')
    expect(again.length).toBe(translations.length + 1)
  })

  // Each row: a kept answer that does not read as one, for a word asked after.
  const damaged: Array<[string, keyof WordAnswers, string, unknown]> = [
    ['a number', 'lemmatize.it', 'case', 5],
    ['null', 'lemmatize.it', 'case', null],
    ['an empty lemma', 'lemmatize.en', 'houses', 'house\t'],
    ['a list', 'lemmatize.en', 'houses', ['house']],
    ['translations with a weight that is no number', 'translate.it.en', 'casa', 'house\tone'],
    ['translations of odd length', 'translate.it.en', 'casa', 'house\t1\thome'],
    ['a weight above 1', 'translate.en.it', 'house', 'casa\t1.5'],
    ['a weight above 1000 thousandths', 'translate.en.it', 'house', 'casa\t1001'],
    ['a weight of 0', 'translate.en.it', 'house', 'casa\t0'],
    ['an empty lemma among translations', 'translate.en.it', 'house', '\t0.5'],
  ]
  for (const [what, table, word, answer] of damaged) {
    it(`answers as the plain call when the seed holds ${what}, and replaces it`, () => {
      const [name, from, to] = table.split('.') as [string, Language, Language]
      const ask = () => (name === 'lemmatize' ? lemmatize(word, from) : translate(word, from, to))
      const plain = ask()
      useWordAnswers({ [table]: [word, answer, 'an odd one out'] } as WordAnswers)
      expect(ask()).toEqual(plain)
      expect(ask()).toEqual(plain)
      const kept = wordAnswers()?.[table] ?? []
      expect(kept.length).toBe(2)
      expect(kept[0]).toBe(word)
      expect(kept[1]).not.toEqual(answer)
    })
  }

  it('reads weights written in thousandths and as fractions', () => {
    useWordAnswers({ 'translate.en.it': ['zzz', 'a\t1000\tb\t500\tc\t0.25\td\t1e-7'] })
    expect(translate('zzz', 'en', 'it')).toEqual([
      { lemma: 'a', weight: 1 },
      { lemma: 'b', weight: 0.5 },
      { lemma: 'c', weight: 0.25 },
      { lemma: 'd', weight: 1e-7 },
    ])
  })

  it('keeps nothing of a call with options, or of one that throws', () => {
    const plain = lemmatize('controllata', 'it', { pos: 'ADJ' })
    useWordAnswers()
    expect(lemmatize('controllata', 'it', { pos: 'ADJ' })).toEqual(plain)
    expect(() => lemmatize(5 as unknown as string, 'it')).toThrow(TypeError)
    expect(() => translate('casa', 'it', 'fr' as Language)).toThrow(TypeError)
    expect(() => translate(5 as unknown as string, 'it', 'en')).toThrow(TypeError)
    expect(wordAnswers()).toBeUndefined()
  })

  it('keeps the most recently asked answers within the limit', () => {
    useWordAnswers({ 'lemmatize.it': ['prima', 'primo', 'seconda', 'secondo'] })
    lemmatize('terza', 'it')
    expect(lemmatize('prima', 'it')).toEqual(['primo'])
    const words = (limit?: number) =>
      wordAnswers(limit)?.['lemmatize.it']?.filter((_, index) => index % 2 === 0)
    expect(words(2)).toEqual(['terza', 'prima'])
    expect(words()).toEqual(['seconda', 'terza', 'prima'])
  })

  // [what, call]
  const wrong: Array<[string, () => unknown]> = [
    ['known answers that are a number', () => useWordAnswers(5 as unknown as WordAnswers)],
    ['known answers that are null', () => useWordAnswers(null as unknown as WordAnswers)],
    ['known answers that are an array', () => useWordAnswers([] as unknown as WordAnswers)],
    ['a limit of 0', () => wordAnswers(0)],
    ['a fractional limit', () => wordAnswers(1.5)],
  ]
  for (const [what, call] of wrong) {
    it(`throws a TypeError on ${what}`, () => {
      expect(call).toThrow(TypeError)
    })
  }
})
