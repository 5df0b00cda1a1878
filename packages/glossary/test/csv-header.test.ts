import { describe, expect, it } from 'vitest'
import { parseTermBase } from '../src/index.js'

/**
 * A CSV term base's header names every column: a language, a status, or one of the named columns
 * the README lists. Anything else is refused at line 1 with its column, rather than read as a
 * language (`foo`) or dropped in silence (`it staus`).
 */

/** The languages a header gives its terms, in column order. */
const languages = (header: string, row: string) =>
  parseTermBase(`${header}\n${row}\n`, 'x.csv').concepts[0]?.terms.map((term) => term.language)

const accepted: Array<[name: string, header: string, row: string, expected: string[]]> = [
  ['ISO 639-1 codes', 'en,it', 'a,b', ['en', 'it']],
  ['ISO 639-3 codes', 'eng,ita', 'a,b', ['eng', 'ita']],
  ['codes with a region', 'en-GB,it_IT', 'a,b', ['en-GB', 'it-IT']],
  ['upper-case codes, read in lower case', 'EN,It', 'a,b', ['en', 'it']],
  ['a real three-letter code (Bavarian)', 'en,bar', 'a,b', ['en', 'bar']],
  [
    'every named column',
    'ID,en,it,it status,Note,domain,pos,literal',
    '1,a,b,,n,d,noun,',
    ['en', 'it'],
  ],
  [
    'their synonyms',
    'concept,en,it,status_it,definition,subject,part of speech',
    '1,a,b,,n,d,noun',
    ['en', 'it'],
  ],
  ['a trailing delimiter in the header', 'en,it,', 'a,b', ['en', 'it']],
  ['spaces around names', ' en , it ', 'a,b', ['en', 'it']],
]

const refused: Array<[name: string, header: string, message: string | RegExp]> = [
  [
    'a header that names no language, beside one that does',
    'foo,bar',
    'x.csv:1:1: Unexpected CSV column `foo` (column 1 of the header), expected a language code (en, it, it-IT), a status (it status), id, note, domain, pos or literal',
  ],
  [
    'a misspelt status',
    'en,it,it staus',
    /^x\.csv:1:7: Unexpected CSV column `it staus` \(column 3 of the header\)/,
  ],
  ['a source column', 'source,target,en', /^x\.csv:1:1: Unexpected CSV column `source`/],
  ['a two-letter code CLDR does not know', 'en,it,xx', /^x\.csv:1:7: Unexpected CSV column `xx`/],
  ['und, no language', 'en,und', /^x\.csv:1:4: Unexpected CSV column `und`/],
  [
    'an empty name between columns',
    'en,,it',
    /^x\.csv:1:4: Unexpected CSV column without a name \(column 2 of the header\)/,
  ],
  [
    'a status for a language no column holds',
    'en,it,de status',
    'x.csv:1:7: Unexpected CSV column `de status` (column 3 of the header): no column holds `de` terms for it to give the status of',
  ],
  [
    'no language at all (the header is named as a whole)',
    'identifier,comment',
    /^x\.csv:1:1: Unexpected CSV header `identifier,comment`/,
  ],
]

describe('CSV term base headers', () => {
  for (const [name, header, row, expected] of accepted) {
    it(`reads ${name}`, () => {
      expect(languages(header, row)).toEqual(expected)
    })
  }
  for (const [name, header, message] of refused) {
    it(`refuses ${name}`, () => {
      expect(() => parseTermBase(`${header}\na,b,c\n`, 'x.csv')).toThrow(message)
    })
  }
})
