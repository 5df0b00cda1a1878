import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  loadTermBases,
  mergeTermBases,
  parseTermBase,
  TermBaseError,
  toTbx,
  type TermBase,
} from '../src/index.js'

const fixture = (name: string) => new URL(`fixtures/termbases/${name}`, import.meta.url)
const read = (name: string) =>
  parseTermBase(readFileSync(fixture(name), 'utf8'), `termbases/${name}`)

/** A term base as plain rows, for comparing dialects: concept, language, term, status. */
function rows(base: TermBase): string[] {
  return base.concepts
    .flatMap((concept) =>
      concept.terms.map((term) => `${concept.id} ${term.language} ${term.text} ${term.status}`),
    )
    .sort()
}

describe('term base dialects', () => {
  const expected = [
    'csp en comprehensive strategic partnership',
    'csp it partenariato strategico completo',
    'csp it partenariato strategico globale preferred',
    'mutual-defence en mutual defence',
    'mutual-defence it difesa reciproca',
    'mutual-defence it mutua difesa preferred',
  ]
  const dialects: Array<[string, Record<string, string>]> = [
    ['house-tbx2.tbx', { csp: 'superseded', md: 'deprecated', en: 'admitted' }],
    ['house-tbx3.tbx', { csp: 'superseded', md: 'deprecated', en: 'admitted' }],
    ['house.csv', { csp: 'deprecated', md: 'forbidden', en: 'admitted' }],
  ]
  for (const [name, statuses] of dialects) {
    it(`reads ${name} with its statuses`, () => {
      const base = read(name)
      expect(rows(base)).toEqual([
        `${expected[0]} ${statuses.en}`,
        `${expected[1]} ${statuses.csp}`,
        expected[2],
        `${expected[3]} ${name.endsWith('.csv') ? 'admitted' : 'preferred'}`,
        `${expected[4]} ${statuses.md}`,
        expected[5],
      ])
    })
  }

  it('keeps the file position of every term', () => {
    const base = read('house.yaml')
    const term = base.concepts[0]?.terms.find((candidate) => candidate.text === 'difesa reciproca')
    expect(term?.place).toMatchObject({
      file: 'termbases/house.yaml',
      start: { line: 7, column: 9 },
    })
    expect(term?.note).toBe("House style is 'mutua difesa'.")
  })

  it('reads part of speech, notes and subject fields from TBX', () => {
    const [concept] = read('house-tbx2.tbx').concepts
    expect(concept?.domain).toBe('treaty')
    expect(concept?.terms.find((term) => term.text === 'mutua difesa')?.partOfSpeech).toBe('noun')
    expect(concept?.terms.find((term) => term.text === 'difesa reciproca')?.note).toBe(
      "House style is 'mutua difesa'.",
    )
    expect(read('house-tbx3.tbx').concepts[0]?.note).toBe(
      'An agreement that each party defends the other.',
    )
  })

  it('round-trips through TBX export in both dialects', () => {
    const base = read('house.yaml')
    for (const dialect of ['tbx2', 'tbx3'] as const) {
      const again = parseTermBase(toTbx(base, { dialect }), `export.${dialect}.tbx`)
      expect(rows(again)).toEqual(
        rows(base).map((row) => row.replace(/ forbidden$/, ' deprecated')),
      )
    }
  })
})

describe('bad term bases', () => {
  const cases: Array<[name: string, location: string, reason: RegExp]> = [
    ['bad-xml.tbx', 'termbases/bad-xml.tbx:6:', /Unexpected XML/],
    [
      'bad-status.tbx',
      'termbases/bad-status.tbx:8:',
      /Unexpected administrative status `favouriteTerm-admn-sts`/,
    ],
    [
      'bad-status.yaml',
      'termbases/bad-status.yaml:5:17',
      /Unexpected status `favourite` for `mutua difesa`/,
    ],
    ['bad-status.csv', 'termbases/bad-status.csv:2:', /Unexpected status `favourite`/],
    [
      'bad-conflict.yaml',
      'termbases/bad-conflict.yaml:6:9',
      /`Mutua difesa` as forbidden in `mutual-defence`: it is preferred at line 4/,
    ],
  ]
  for (const [name, location, reason] of cases) {
    it(`names file, line and column for ${name}`, () => {
      let error: unknown
      try {
        read(name)
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(TermBaseError)
      expect((error as Error).message.startsWith(location)).toBe(true)
      expect((error as Error).message).toMatch(reason)
    })
  }

  it('rejects malformed YAML with its position', () => {
    expect(() => parseTermBase('concepts:\n  - id: [x\n', 'x.yaml')).toThrow(
      /^x\.yaml:\d+:\d+: Unexpected YAML/,
    )
  })

  // Before: "Unexpected YAML: …" for a .json file too.
  it.each([
    ['x.json', '{"concepts": [\n', /^x\.json:2:1: Unexpected JSON \(read as YAML\): /],
    ['X.JSON', '{"concepts": [}', /^X\.JSON:\d+:\d+: Unexpected JSON \(read as YAML\): /],
    ['x.yml', 'concepts: [\n', /^x\.yml:2:1: Unexpected YAML: /],
  ])('names the syntax of %s in a syntax error', (file, text, message) => {
    expect(() => parseTermBase(text, file)).toThrow(message)
  })

  it('rejects YAML nested too deeply, saying so', () => {
    const text = `concepts: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`
    expect(() => parseTermBase(text, 'x.yaml')).toThrow(
      /^x\.yaml:\d+:\d+: Unexpected YAML nested too deeply to read/,
    )
  })

  it('rejects an unknown key with its position', () => {
    expect(() => parseTermBase('concepts:\n  - id: x\n    colour: red\n', 'x.yaml')).toThrow(
      /^x\.yaml:3:5: Unexpected key `colour` in concept `x`/,
    )
  })

  it('rejects a duplicate concept id', () => {
    expect(() => parseTermBase('concepts:\n  - id: x\n  - id: x\n', 'x.yaml')).toThrow(
      /duplicate concept id `x`/,
    )
  })

  it('rejects a status named like an Object method (`constructor`), which is no status', () => {
    const text = readFileSync(fixture('bad-status.tbx'), 'utf8').replace(
      'favouriteTerm-admn-sts',
      'constructor',
    )
    expect(() => parseTermBase(text, 'x.tbx')).toThrow(
      /^x\.tbx:8:\d+: Unexpected administrative status `constructor`/,
    )
  })

  it('rejects a CSV status named like an Object method', () => {
    expect(() => parseTermBase('it,it status\nmutua difesa,constructor\n', 'x.csv')).toThrow(
      /^x\.csv:2:14: Unexpected status `constructor` for `mutua difesa`/,
    )
  })

  it.each([
    [
      'a stray delimiter',
      'en,it\nmutual defence,mutua,difesa\n',
      /^x\.csv:2:1: Unexpected `difesa` in column 3 of a row, the header names 2 columns/,
    ],
    [
      'an unclosed quote shifting a row',
      'en;it\n"a;b";c;d\n',
      /^x\.csv:2:1: Unexpected `d` in column 3/,
    ],
  ])('rejects a CSV row with text past its header (%s)', (_name, text, message) => {
    expect(() => parseTermBase(text, 'x.csv')).toThrow(message)
  })

  it.each([
    ['a trailing delimiter', 'en,it\nmutual defence,mutua difesa,\n'],
    ['a short row', 'en,it,note\nmutual defence,mutua difesa\n'],
  ])('reads a CSV row with only empty cells past its header or cut short (%s)', (_name, text) => {
    expect(parseTermBase(text, 'x.csv').concepts[0]?.terms.map((term) => term.text)).toEqual([
      'mutual defence',
      'mutua difesa',
    ])
  })

  it('rejects an unknown extension', () => {
    expect(() => parseTermBase('', 'terms.docx')).toThrow(/Unexpected term base extension `.docx`/)
  })
})

describe('mergeTermBases', () => {
  it('merges concepts with the same id from several files', () => {
    const merged = mergeTermBases([read('house-tbx2.tbx'), read('house.yaml')])
    expect(merged.files).toEqual(['termbases/house-tbx2.tbx', 'termbases/house.yaml'])
    const concept = merged.concepts.find((candidate) => candidate.id === 'mutual-defence')
    expect(concept?.terms.map((term) => term.text)).toContain('mutual defense')
  })

  it('fails when one base allows a term another forbids', () => {
    const other = parseTermBase(
      'concepts:\n  - id: mutual-defence\n    it:\n      - term: difesa reciproca\n        status: admitted\n',
      'other.yaml',
    )
    expect(() => mergeTermBases([read('house.yaml'), other])).toThrow(
      /^other\.yaml:4:9: Unexpected `difesa reciproca` as admitted in `mutual-defence`: it is forbidden in termbases\/house\.yaml:7/,
    )
  })
})

describe('a term base that is not UTF-8', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'fonte-termbase-encoding-'))

  // Before: "(convert it with iconv -f <charset> -t UTF-8)" whatever the file declared.
  it.each([
    ['ISO-8859-1', 'it declares ISO-8859-1: convert it with iconv -f ISO-8859-1 -t UTF-8'],
    ['windows-1252', 'it declares windows-1252: convert it with iconv -f windows-1252 -t UTF-8'],
    ['UTF-8', 'convert it with iconv -f <charset> -t UTF-8'],
  ])(
    'names the encoding a TBX file declares (%s) in the command to convert it',
    async (name, hint) => {
      const file = join(scratch, `${name}.tbx`)
      const tbx = `<?xml version="1.0" encoding="${name}"?>\n<martif type="TBX"><text><body><termEntry id="c"><langSet xml:lang="it"><tig><term>dif\xe8sa</term></tig></langSet></termEntry></body></text></martif>\n`
      writeFileSync(file, Buffer.from(tbx, 'latin1'))
      await expect(loadTermBases([file])).rejects.toThrow(`${file}:2:`)
      await expect(loadTermBases([file])).rejects.toThrow(
        `Unexpected bytes that are not UTF-8, expected a term base saved as UTF-8 (${hint})`,
      )
    },
  )
})
