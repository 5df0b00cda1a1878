import { describe, expect, it } from 'vitest'
import { datelinePattern, maybeDateline } from '../src/split.js'
import { seededRandom } from '../../../scripts/seeded.mjs'

// `maybeDateline` keeps the costly dateline pattern off text it cannot match: it must match
// wherever the pattern does (a superset), or datelines would be lost.
const dateline = datelinePattern()

function matchesAt(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0
  return pattern.test(text)
}

const rows: Array<{ text: string; dateline: boolean }> = [
  { text: 'ROMA – Il sindaco ha parlato.', dateline: true },
  { text: 'NEW YORK (Reuters) – The markets fell.', dateline: true },
  { text: 'ROMA, 12 giugno – Il governo ha deciso.', dateline: true },
  { text: 'Milano, 3 marzo 2024 - Oggi è festa.', dateline: true },
  { text: 'Roma, 12 giu. (Adnkronos) - Oggi è festa.', dateline: true },
  { text: '(ANSA) - ROMA, 12 GIU - Il governo ha deciso.', dateline: true },
  { text: '(ANSA) - Il governo ha deciso.', dateline: true },
  { text: 'Milano – Il sindaco ha parlato.', dateline: true },
  { text: 'SANT’ANGELO DEI LOMBARDI – Il sindaco.', dateline: true },
  { text: 'ÉVORA – O presidente.', dateline: true },
  { text: 'Forlì, 1/2/2024 – Il sindaco.', dateline: true },
  { text: '𝐀𝐁𝐂 – astral capitals', dateline: true },
  { text: 'CITTÀ DEL VATICANO – Il papa ha parlato.', dateline: true },
  { text: 'Il presidente ha detto – e lo ripete – che no.', dateline: false },
  { text: 'Roma - Lazio 2-1.', dateline: true },
  { text: 'La Repubblica, il giornale, scrive.', dateline: false },
]

// Pieces of datelines and of ordinary sentences, joined at random: the two patterns must agree
// that the wider one matches whenever the dateline pattern does.
const pieces = [
  'ROMA',
  'Roma',
  'NEW',
  'YORK',
  'Città',
  'CITTÀ',
  'É',
  'ʼ',
  '’',
  "'",
  '.',
  '-',
  '–',
  '—',
  ' ',
  '\t',
  ',',
  '(',
  ')',
  'ANSA',
  'Adnkronos',
  '12',
  '3',
  '2024',
  '/',
  'giugno',
  'giu.',
  'il',
  'sindaco',
  'a',
  'A',
  '\u0301',
  '𝐀',
  '𝐚',
  'ß',
  'Ǆ',
  'ǅ',
  ' – ',
  ' - ',
  'x',
  '\n',
]

function randomText(next: () => number): string {
  const count = 1 + Math.floor(next() * 12)
  let text = ''
  for (let i = 0; i < count; i++) text += pieces[Math.floor(next() * pieces.length)]
  return text
}

describe('maybeDateline', () => {
  it.each(rows)('$text: dateline $dateline, and the wider pattern matches it too', (row) => {
    expect(matchesAt(dateline, row.text)).toBe(row.dateline)
    if (row.dateline) expect(matchesAt(maybeDateline, row.text)).toBe(true)
  })

  it('matches every text the dateline pattern matches (random texts of dateline pieces)', () => {
    const next = seededRandom(9)
    let datelines = 0
    for (let i = 0; i < 30_000; i++) {
      const text = randomText(next)
      if (!matchesAt(dateline, text)) continue
      datelines++
      expect(matchesAt(maybeDateline, text), JSON.stringify(text)).toBe(true)
    }
    // The generator must make datelines, or the test checks nothing.
    expect(datelines).toBeGreaterThan(500)
  })

  it('does not match ordinary sentences, so the dateline pattern stays uncompiled', () => {
    for (const text of ['Il presidente ha detto che no.', 'La Corea del Nord e la Russia.'])
      expect(matchesAt(maybeDateline, text)).toBe(false)
  })
})
