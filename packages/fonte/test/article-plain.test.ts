import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { readFrontMatter } from '@fonte/markdown'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { plainFields } from '../src/article.js'

// `plainFields` reads simple front matter without the YAML parser: wherever it answers, the
// parser must read the same fields; everything else is left to the parser (`undefined`).
const read: Array<[string, string]> = [
  ['quoted strings', 'title: "Patto"\noutlet: "Euractiv Italia"'],
  ['null', 'date: null'],
  ['a mapping of fields', 'source:\n  outlet: "Reuters"\n  date: "2024-06-20"\n  found: null'],
  ['a key with nothing after it', 'source:\ntitle: "x"'],
  ['a key with nothing after it, last', 'title: "x"\nsource:'],
  ['blank lines', '\ntitle: "x"\n\nsource:\n\n  a: "b"\n'],
  ['typographic marks and accents', 'title: "l’aiuto militare — «sì» è #1: ok"'],
  ['an empty string', 'title: ""'],
  ['keys with digits, _ and -', 'a_1: "x"\nb-2: "y"\n_c: "z"\nyes: "w"'],
  ['spaces inside quotes', 'title: "  a  b "'],
  ['escaped quotes and backslashes', 'title: "il \\"diritto\\" e \\\\ no"'],
]

const leftToYaml: Array<[string, string]> = [
  ['a plain scalar', 'language: it'],
  ['a number', 'year: 2024'],
  ['single quotes', "title: 'x'"],
  ['an escape but \\" and \\\\', 'title: "a\\nb"'],
  ['a lone backslash', 'title: "a\\ b"'],
  ['a tab inside quotes', 'title: "a\tb"'],
  ['a comment', '# note\ntitle: "x"'],
  ['a comment after the value', 'title: "x" # note'],
  ['trailing spaces', 'title: "x" '],
  ['CRLF', 'title: "x"\r\nsource: null'],
  ['a key twice', 'title: "x"\ntitle: "y"'],
  ['a key twice inside a mapping', 'source:\n  a: "x"\n  a: "y"'],
  ['deeper nesting', 'source:\n  place:\n    city: "Roma"'],
  ['four spaces', 'source:\n    a: "x"'],
  ['an indented first line', '  title: "x"'],
  ['an indented line after a scalar', 'title: "x"\n  a: "y"'],
  ['a list', 'tags:\n  - "a"'],
  ['null as a key', 'null: "x"'],
  ['true as a key', 'True: "x"'],
  ['__proto__', '__proto__: "x"'],
  ['an astral character', 'title: "𝐀"'],
  ['a line separator', 'title: "a\u2028b"'],
  ['a byte order mark', 'title: "a\uFEFFb"'],
  ['a C1 control', 'title: "a\u0085b"'],
  ['a line of spaces', 'title: "x"\n  \nsource: null'],
  ['nothing', ''],
  ['a document marker', '%YAML 1.2\ntitle: "x"'],
]

describe('plainFields', () => {
  it.each(read)('reads %s as the YAML parser does', (_, yaml) => {
    expect(plainFields(yaml)).toStrictEqual(parse(yaml))
  })

  it.each(leftToYaml)('leaves %s to the YAML parser', (_, yaml) => {
    expect(plainFields(yaml)).toBeUndefined()
  })

  const corpus = new URL('../../../corpus-it/', import.meta.url)
  it.skipIf(!existsSync(corpus))(
    "reads corpus-it's front matter as the YAML parser does (skipped without corpus-it)",
    () => {
      const folders = readdirSync(corpus).filter((name) => /^\d{3}_/.test(name))
      expect(folders.length).toBeGreaterThan(0)
      for (const folder of folders) {
        const text = readFileSync(new URL(`${folder}/article.md`, corpus), 'utf8')
        const yaml = readFrontMatter(text).frontMatter ?? ''
        const fields = plainFields(yaml)
        expect(fields, folder).toBeDefined()
        expect(fields, folder).toStrictEqual(parse(yaml))
      }
    },
  )

  it('agrees with the YAML parser on random front matter made of its lines', () => {
    const lines = [
      'title: "x"',
      'date: null',
      'source:',
      '  a: "b"',
      '  b: null',
      '  c:',
      'c: "d"',
      '',
      'title: "y"',
      '  a: "z"',
      'x-y: "’"',
      'null: "n"',
      'e: "\\"q\\" \\\\"',
    ]
    let state = 7
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
    let answered = 0
    for (let round = 0; round < 5000; round++) {
      const count = 1 + Math.floor(next() * 6)
      const yaml = Array.from(
        { length: count },
        () => lines[Math.floor(next() * lines.length)],
      ).join('\n')
      const fields = plainFields(yaml)
      if (fields === undefined) continue
      answered++
      expect(fields, JSON.stringify(yaml)).toStrictEqual(parse(yaml))
    }
    expect(answered).toBeGreaterThan(500)
  })
})
