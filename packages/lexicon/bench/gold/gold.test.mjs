// The hand-labelled gold file is well formed, its labels point at the right tokens when
// ../shared is present, and translate-gold.mjs scores labels as its README section says.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadGold, scoreGold } from '../translate-gold.mjs'
import { sourceFiles } from './label.mjs'

const gold = JSON.parse(
  readFileSync(new URL('ntrex-word-alignments.json', import.meta.url), 'utf8'),
)
const shared = fileURLToPath(new URL('../../../../../shared', import.meta.url))
const sharedPresent = Object.values(sourceFiles).every((file) => existsSync(`${shared}/${file}`))

describe('gold/ntrex-word-alignments.json', () => {
  it('has unique pairs with hashes and labels of known kinds', () => {
    const keys = gold.pairs.map((pair) => `${pair.source} ${pair.story} ${pair.link}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const pair of gold.pairs) {
      expect(Object.keys(sourceFiles)).toContain(pair.source)
      expect(pair.enHash).toMatch(/^[0-9a-f]{12}$/)
      expect(pair.itHash).toMatch(/^[0-9a-f]{12}$/)
      const english = pair.words.map((label) => label.en)
      expect(new Set(english).size).toBe(english.length)
      for (const label of pair.words) {
        expect(Object.keys(gold.kinds)).toContain(label.kind)
        if (label.kind === 'word' || label.kind === 'phrase')
          expect(label.it?.length).toBeGreaterThan(0)
        if (label.kind === 'none') expect(label.it).toBeNull()
      }
    }
  })

  it('holds positions only, no sentence text (the source data is licensed for evaluation only)', () => {
    for (const pair of gold.pairs) {
      expect(Object.keys(pair)).toEqual(['source', 'story', 'link', 'enHash', 'itHash', 'words'])
      for (const label of pair.words) {
        expect(Object.keys(label)).toEqual(['en', 'it', 'kind'])
        expect(Number.isInteger(label.en)).toBe(true)
        expect(label.it === null || label.it.every(Number.isInteger)).toBe(true)
      }
    }
  })

  it.skipIf(!sharedPresent)(
    'matches every labelled sentence of ../shared (skipped without it)',
    () => {
      const { pairs, skipped } = loadGold(`${shared}/`, gold)
      expect(skipped).toEqual([])
      expect(pairs.length).toBe(gold.pairs.length)
    },
  )
})

describe('scoreGold', () => {
  const pairs = [
    {
      source: 'test',
      labels: [
        { kind: 'word', form: 'dogs', gold: ['cani'] },
        { kind: 'word', form: 'houses', gold: ['l’abitazione'] },
        { kind: 'word', form: 'cat', gold: ['micio'] },
        { kind: 'free', form: 'said', gold: ['dichiarato'] },
        { kind: 'none', form: 'lot', gold: [] },
      ],
    },
  ]
  const table = {
    dog: ['cane'],
    house: ['casa', 'edificio', 'abitazione'],
    cat: ['gatto'],
  }
  const lookup = (lemma) =>
    (table[lemma] ?? []).map((italian, rank) => ({ lemma: italian, weight: 1 - rank / 10 }))

  it('counts a hit by a form of the translation or by a gold lemma, over word labels only', () => {
    const { kinds, counts } = scoreGold(pairs, lookup)
    expect(kinds).toEqual({ word: 3, phrase: 0, free: 1, none: 1, name: 0 })
    // dogs → cane (cani is a form of it); houses → abitazione, third (l’abitazione's lemma).
    expect(counts).toEqual({ covered: 3, top1: 1, top3: 2, all: 2, phraseTop3: 0 })
  })

  it('lists the words missed in the first three', () => {
    const misses = []
    scoreGold(pairs, lookup, misses)
    expect(misses).toEqual(['cat\tmicio\tgatto'])
  })
})
