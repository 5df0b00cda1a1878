import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { functionWordClasses, functionWords, isFunctionWord } from '../src/index.js'
import { setDataLocator } from '../src/load.js'
import type { FunctionWordClass } from '../src/index.js'

afterEach(() => setDataLocator())

describe('functionWords with the data package', () => {
  it.each([
    ['il', 'it', 'article'],
    ["l'", 'it', 'article'],
    ['l', 'it', 'article'],
    ['una', 'it', 'article'],
    ['della', 'it', 'preposition'],
    ['dell', 'it', 'preposition'],
    ['sulle', 'it', 'preposition'],
    ['tramite', 'it', 'preposition'],
    ['ma', 'it', 'coordinating-conjunction'],
    ['perché', 'it', 'subordinating-conjunction'],
    ['quando', 'it', 'subordinating-conjunction'],
    ['glielo', 'it', 'pronoun'],
    ['cui', 'it', 'pronoun'],
    ['ne', 'it', 'pronoun'],
    ['questa', 'it', 'determiner'],
    ['è', 'it', 'auxiliary'],
    ['avevano', 'it', 'auxiliary'],
    ['potrebbe', 'it', 'modal'],
    ['the', 'en', 'article'],
    ['among', 'en', 'preposition'],
    ['nor', 'en', 'coordinating-conjunction'],
    ['although', 'en', 'subordinating-conjunction'],
    ['themselves', 'en', 'pronoun'],
    ['those', 'en', 'determiner'],
    ['been', 'en', 'auxiliary'],
    ["doesn't", 'en', 'auxiliary'],
    ['s', 'en', 'auxiliary'],
    ['would', 'en', 'modal'],
    ['very', 'en', 'degree-adverb'],
    ['why', 'en', 'subordinating-conjunction'],
    ['dove', 'it', 'subordinating-conjunction'],
    ['non', 'it', 'negation'],
    ['not', 'en', 'negation'],
    ['didn', 'en', 'auxiliary'], // didn't, split at the apostrophe
    ['t', 'en', 'negation'],
    ['ll', 'en', 'modal'],
  ] as const)('%s (%s) is a function word of class %s', (word, language, found) => {
    expect(functionWords(language).has(word)).toBe(true)
    expect(functionWords(language, { classes: [found] }).has(word)).toBe(true)
    expect(functionWordClasses(word, language)).toContain(found)
  })

  it.each([
    ['anno', 'it'],
    ['impostare', 'it'],
    ['governo', 'it'],
    ['pero', 'it'], // a pear tree: only `pero'` stands for `però`
    ['ventun', 'it'], // a numeral, though Apertium tags it as a determiner too
    ['won', 'en'], // of won't, but the past of win
    ['government', 'en'],
    ['support', 'en'],
    ['', 'en'],
  ] as const)('%j (%s) is not one', (word, language) => {
    expect(isFunctionWord(word, language)).toBe(false)
    expect(functionWordClasses(word, language)).toEqual([])
  })

  it('lists a word in every class it has', () => {
    expect(functionWordClasses('la', 'it').sort()).toEqual(['article', 'pronoun'])
    expect(functionWords('it', { classes: ['article'] }).has('questa')).toBe(false)
  })

  it('ignores case and curly apostrophes in isFunctionWord', () => {
    expect(isFunctionWord('Dell’', 'it')).toBe(true)
    expect(isFunctionWord('THE', 'en')).toBe(true)
    expect(isFunctionWord('Della', 'it', { classes: ['article'] })).toBe(false)
  })

  it('returns the same set for the same classes', () => {
    const articles = functionWords('it', { classes: ['article', 'pronoun'] })
    expect(functionWords('it', { classes: ['pronoun', 'article'] })).toBe(articles)
    expect(functionWords('it')).toBe(functionWords('it', null))
  })

  it('keeps the two languages apart', () => {
    expect(isFunctionWord('the', 'it')).toBe(false)
    expect(isFunctionWord('il', 'en')).toBe(false)
  })
})

describe('functionWords without the data package (hand-written fallback)', () => {
  it.each([
    ['il', 'it', 'article'],
    ['della', 'it', 'preposition'],
    ['perché', 'it', 'subordinating-conjunction'],
    ['hanno', 'it', 'auxiliary'],
    ['the', 'en', 'article'],
    ['were', 'en', 'auxiliary'],
    ['not', 'en', 'negation'],
  ] as const)('%s (%s) is a function word of class %s', (word, language, found) => {
    setDataLocator(() => null)
    expect(functionWords(language, { classes: [found] }).has(word)).toBe(true)
  })

  it('is smaller than the generated list', () => {
    const generated = functionWords('it').size
    setDataLocator(() => null)
    expect(functionWords('it').size).toBeLessThan(generated)
    expect(functionWords('it').size).toBeGreaterThan(100)
  })
})

describe('a damaged function-word file', () => {
  it('says which file and what to do', () => {
    const folder = mkdtempSync(join(tmpdir(), 'fonte-function-words-'))
    writeFileSync(join(folder, 'it.function-words.tsv'), 'not a header\nil\tarticle\n')
    setDataLocator((language) => join(folder, `${language}.tsv.br`))
    expect(() => functionWords('it')).toThrow(/it\.function-words\.tsv .*reinstall/)
  })
})

describe('bad arguments', () => {
  it.each([
    ['functionWords(fr)', () => functionWords('fr' as 'it')],
    ['functionWords(null)', () => functionWords(null as unknown as 'it')],
    ['functionWords options 1', () => functionWords('it', 1 as unknown as null)],
    [
      'functionWords unknown class',
      () => functionWords('it', { classes: ['noun' as FunctionWordClass] }),
    ],
    [
      'functionWords classes not an array',
      () => functionWords('it', { classes: 'article' as unknown as FunctionWordClass[] }),
    ],
    ['isFunctionWord(null)', () => isFunctionWord(null as unknown as string, 'it')],
    ['isFunctionWord(1)', () => isFunctionWord(1 as unknown as string, 'it')],
    ['isFunctionWord language', () => isFunctionWord('il', 'de' as 'it')],
    ['functionWordClasses(null)', () => functionWordClasses(null as unknown as string, 'it')],
    ['functionWordClasses language', () => functionWordClasses('il', undefined as unknown as 'it')],
  ])('%s throws a TypeError naming the function', (name, call) => {
    expect(call).toThrow(TypeError)
    expect(call).toThrow(new RegExp(`\`${name.split(/[ (]/)[0]}\``))
  })
})
