// The pure parts of the EN–IT data build (scripts/lexicon/build-en-it.mjs): reading FreeDict
// entries, pivot keys and lemmas, and weighing attestations. The build itself needs Debian's
// dictionaries and is run by hand; these parts decide what goes into the data.
import { describe, expect, it } from 'vitest'
import {
  defaultSettings,
  freeDictEntry,
  freeDictLemma,
  pivotKey,
  scoreAttestations,
  // @ts-expect-error -- a plain ESM script of the repository, without types
} from '../../../scripts/lexicon/build-en-it.mjs'

interface Attestation {
  route: string
  en: string
  it: string
  alternatives: number
}
type Row = [string, string, number]

const score = (attestations: Attestation[], settings = defaultSettings): Row[] =>
  scoreAttestations(attestations, settings) as Row[]

describe('freeDictEntry', () => {
  it.each([
    [
      'WikDict: the first line and numbered senses, not the definitions after them',
      'dire /diʁ/ <v>\n1. dire, raccontare\nExprimer par la parole\n2. riferire 2.\nÉnoncer par écrit\n 3.\nOrdonner, conseiller',
      true,
      ['dire', 'raccontare', 'riferire'],
    ],
    [
      'WikDict: an unnumbered sense and its definition',
      "governo //go'vɛrno// <n>\ngobierno\nistituzione che governa uno stato",
      true,
      ['gobierno'],
    ],
    ['a proper name', 'Agnone /aɡnˈɔn/ <pn>\nAgnone\nCommune', true, []],
    [
      'Ding: notes, examples, cross-references and tags dropped',
      'support /səpˈɔːt/\nAuflage <fem>, Unterlage <fem>, Stütze <fem>\n      "Place the ladder on a firm support."  - Stellen Sie die Leiter auf.\n   Synonym: {rest}\n\n see: {rests}, {supports}\n',
      false,
      ['Auflage', 'Unterlage', 'Stütze'],
    ],
    [
      'Ding: a usage label before the word',
      "carrion hunter /kˈaɹiən hˈʌntə/\n [hunters' parlance] Aasjäger <masc> [Jägersprache]\n         Note: der es nur auf Fleisch abgesehen hat",
      false,
      ['Aasjäger'],
    ],
    [
      'older FreeDict: numbered senses, all read',
      'accent /æksənt/ <s> <vt>\n1. acento, ênfase\n2. sotaque\n3. enfatizar; acentuar',
      false,
      ['acento', 'ênfase', 'sotaque', 'enfatizar', 'acentuar'],
    ],
  ])('%s', (_, text, wikDict, expected) => {
    expect(freeDictEntry(text, wikDict)).toEqual(expected)
  })
})

describe('pivotKey and freeDictLemma', () => {
  it.each([
    ['Regierung', 'regierung'],
    ['Stellen Sie die Leiter', ''],
    ['bureau de vote', ''],
    ['gouverneur général', 'gouverneur général'],
    ['42', ''],
  ])('pivotKey(%j) is %j', (term, key) => {
    expect(pivotKey(term)).toBe(key)
  })

  it.each([
    ['governo', 'governo'],
    ['di buon’ora', "di buon'ora"],
    ['Roma', ''],
    ['attachι', ''],
    ['fare (qualcosa)', ''],
    ['uno due tre quattro', ''],
  ])('freeDictLemma(%j) is %j', (term, lemma) => {
    expect(freeDictLemma(term)).toBe(lemma)
  })
})

describe('scoreAttestations', () => {
  const weight = (rows: Row[], en: string, it: string) =>
    rows.find((row) => row[0] === en && row[1] === it)?.[2]

  it('combines independent routes by noisy-OR, so agreement ranks first', () => {
    const rows = score([
      { route: 'fd', en: 'war', it: 'guerra', alternatives: 0 },
      { route: 'ca', en: 'war', it: 'guerra', alternatives: 0 },
      { route: 'fd', en: 'war', it: 'conflitto', alternatives: 0 },
    ])
    expect(weight(rows, 'war', 'guerra')).toBeCloseTo(1 - 0.45 * 0.5)
    expect(weight(rows, 'war', 'conflitto')).toBeCloseTo(0.55)
  })

  it('lowers a non-first translation, a phrase, and a second pivot word of one route', () => {
    const rows = score([
      { route: 'fd-fr', en: 'support', it: 'sostegno', alternatives: 1 },
      { route: 'fd', en: 'say', it: 'dire addio', alternatives: 0 },
      { route: 'fd-de', en: 'stand', it: 'stare', alternatives: 0 },
      { route: 'fd-de', en: 'stand', it: 'stare', alternatives: 0 },
    ])
    expect(weight(rows, 'support', 'sostegno')).toBeCloseTo(0.3 * 0.6)
    expect(weight(rows, 'say', 'dire addio')).toBeCloseTo(0.55 * 0.5)
    expect(weight(rows, 'stand', 'stare')).toBeCloseTo(1 - 0.7 * (1 - 0.3 * 0.5))
  })
})
