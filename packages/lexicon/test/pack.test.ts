import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync } from 'node:zlib'
import { analyse, inflect } from '../src/index.js'
import { setDataLocator } from '../src/load.js'
import { buildFilter, filterHashes, mayHold } from '../src/filter.js'
import { packMorphology } from '../src/pack.js'
import { isPackedTable, MorphologyTable } from '../src/table.js'

afterEach(() => setDataLocator())

// A hand-made `fonte-morphology/1` table: lemma lines out of order, a lemma of two entries, and
// lemmas that differ only after a non-ASCII letter (`città` sorts after `cittadino`).
const version1 = [
  '{"format":"fonte-morphology/1","language":"it"}',
  '#tags',
  'NOUN|Gender=Masc|Number=Sing',
  'NOUN|Gender=Masc|Number=Plur',
  'VERB|VerbForm=Inf',
  'VERB|Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin',
  'X',
  '#paradigms',
  'o\ti:1 o:0',
  'are\ta:3 are:2',
  '\t:0',
  '#lemmas',
  'portare\t1\t2',
  'porto\t0\t1',
  'città\t2\t1',
  'cittadino\t0\t1',
  'citta\t2\t0',
  'porta\t2\t0',
  'porta\t0\t1',
  'malformed line',
  '',
].join('\n')

const layouts = [
  ['compressed, one block per section', { compress: true }],
  ['compressed, a block per line or two', { compress: true, blockSize: 16 }],
  ['uncompressed, a block per line or two', { compress: false, blockSize: 16 }],
] as const

describe.each(layouts)('a packed table (%s)', (_, options) => {
  const table = new MorphologyTable(packMorphology(version1, options))
  const readings = (form: string) =>
    table.analyse(form).map(({ lemma, tag, entry }) => `${lemma} ${tag.pos} ${entry.sources}`)

  it.each([
    ['porti', ['porto NOUN 1']],
    ['portare', ['portare VERB 2']],
    // `porta` as a lemma of paradigm `o` has no form `porta`: its invariable entry and the verb do.
    ['porta', ['porta NOUN 0', 'portare VERB 2']],
    ['città', ['città NOUN 1']],
    ['cittadini', ['cittadino NOUN 1']],
    ['citta', ['citta NOUN 0']],
    ['gatti', []],
    ['', []],
  ])('reads %s', (form, expected) => {
    expect(readings(form)).toEqual(expected)
  })

  it('lists the forms of every entry of a lemma, in paradigm order', () => {
    expect(table.forms('porta').map(({ form }) => form)).toEqual(['porta', 'porti', 'porto'])
    expect(table.forms('portare').map(({ form, tag }) => `${form} ${tag.pos}`)).toEqual([
      'porta VERB',
      'portare VERB',
    ])
    expect(table.forms('portar')).toEqual([])
  })

  it.each([
    ['porto', true],
    ['città', true],
    ['cittadino', true],
    ['citt', false],
    ['malformed line', false],
    ['zzz', false],
  ])('knows whether %s is a lemma', (lemma, known) => {
    expect(table.has(lemma)).toBe(known)
  })

  it.each([
    ['orto', 'NOUN', 1],
    ['orta', 'NOUN', 2],
    ['tare', 'VERB', 1],
    ['tare', 'NOUN', 0],
    ['ittà', 'NOUN', 1],
    ['dino', 'NOUN', 1],
    ['xxxx', 'NOUN', 0],
  ] as const)('counts the lemmas ending in %s of %s', (ending, pos, count) => {
    expect(table.lemmasEndingIn(ending, pos)).toBe(count)
  })

  it('reads the tags, a part of speech fonte does not use as OTHER', () => {
    expect([0, 1, 2, 3, 4].map((id) => table.tag(id).pos)).toEqual([
      'NOUN',
      'NOUN',
      'VERB',
      'VERB',
      'OTHER',
    ])
    expect(table.tag(5)).toEqual({ pos: 'OTHER', features: {} })
  })
})

describe('what is not a table', () => {
  it.each([
    ['an empty text', ''],
    ['a text without sections', 'lemma\t0\t1\n'],
  ])('packMorphology refuses %s', (_, text) => {
    expect(() => packMorphology(text)).toThrow(/not a fonte-morphology\/1 file/)
  })

  it.each([
    ['empty', new Uint8Array()],
    ['another format', Buffer.from('{"format":"fonte-morphology/1"}\n#tags\n')],
    ['a broken header', Buffer.from('{"format":"fonte-morphology/2",\n')],
  ])('MorphologyTable refuses %s data', (_, data) => {
    expect(() => new MorphologyTable(data)).toThrow(/not a fonte-morphology\/2 file/)
  })
})

describe('a table packed before the key filters', () => {
  // The header of a table packed before `filters` existed: the same blocks, every key searched.
  const packed = Buffer.from(packMorphology(version1, { blockSize: 16 }))
  const newline = packed.indexOf(10)
  const header = JSON.parse(packed.toString('utf8', 0, newline)) as Record<string, unknown>
  delete header.filters
  const older = Buffer.concat([Buffer.from(JSON.stringify(header)), packed.subarray(newline)])
  const answers = (table: MorphologyTable) =>
    ['porti', 'portare', 'porta', 'città', 'cittadini', 'citta', 'gatti', 'portarono', ''].map(
      (form) => [table.analyse(form), table.has(form), table.forms(form)],
    )

  it('answers as the table with them', () => {
    expect(answers(new MorphologyTable(older))).toEqual(answers(new MorphologyTable(packed)))
  })
})

describe('the key filter', () => {
  const keys = Array.from({ length: 5000 }, (_, index) => `${(index * 7919).toString(36)}à${index}`)
  const filter = buildFilter(keys)

  it('holds every key it was built of', () => {
    expect(keys.filter((key) => !mayHold(filter, filterHashes, key, key.length, ''))).toEqual([])
  })

  it('takes a key in two parts as the key whole', () => {
    const key = keys[42]!
    expect(mayHold(filter, filterHashes, `${key.slice(0, 3)}xyz`, 3, key.slice(3))).toBe(true)
  })

  it('lets few absent keys through (about 0.3%)', () => {
    const absent = keys.map((key) => `${key}z`)
    const passed = absent.filter((key) => mayHold(filter, filterHashes, key, key.length, ''))
    expect(passed.length).toBeLessThan(absent.length * 0.01)
  })
})

it('tells a packed table by its first bytes', () => {
  expect(isPackedTable(packMorphology(version1))).toBe(true)
  expect(isPackedTable(Buffer.from(version1))).toBe(false)
  expect(isPackedTable(new Uint8Array())).toBe(false)
})

describe('a data package of the older format (brotli text)', () => {
  it('is packed when loaded, with the same answers', () => {
    const folder = mkdtempSync(join(tmpdir(), 'fonte-lexicon-v1-'))
    writeFileSync(join(folder, 'it.tsv.br'), brotliCompressSync(Buffer.from(version1)))
    setDataLocator((language) => (language === 'it' ? join(folder, 'it.tsv.br') : null))
    expect(analyse('cittadini', 'it')[0]).toMatchObject({ lemma: 'cittadino', pos: 'NOUN' })
    expect(inflect('portare', 'it', 'VERB')).toContain('porta')
  })
})

describe('a damaged data file', () => {
  it.each([
    ['cut short', (packed: Buffer) => packed.subarray(0, packed.indexOf(10) + 10), /cut short/],
    [
      'not a table',
      () => Buffer.from('not a morphology table'),
      /it\.morph is not a morphology table; reinstall/,
    ],
  ])('is %s: one line saying so', (_, damage, message) => {
    const folder = mkdtempSync(join(tmpdir(), 'fonte-lexicon-damaged-'))
    const packed = Buffer.from(packMorphology(version1, { blockSize: 16 }))
    writeFileSync(join(folder, 'it.morph'), damage(packed))
    setDataLocator((language) => (language === 'it' ? join(folder, 'it.morph') : null))
    expect(() => analyse('cittadini', 'it')).toThrow(message)
  })
})
