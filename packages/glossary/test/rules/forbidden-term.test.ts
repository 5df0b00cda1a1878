import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { createGlossary, lintFile, parseTermBase } from '../../src/index.js'
import { lint, type RuleCase } from '../helpers.js'

const valid: RuleCase[] = [
  { name: 'the preferred term', text: 'Il patto di mutua difesa.', findings: [] },
  { name: 'a word of a forbidden term alone', text: 'Un impegno reciproca.', findings: [] },
  { name: 'a forbidden term inside a longer word', text: 'L’autodifesa reciproca.', findings: [] },
  { name: 'a forbidden term in a code span', text: 'Si scrive `difesa reciproca`.', findings: [] },
  {
    name: 'a forbidden term in a code block',
    text: 'Testo.\n\n```\ndifesa reciproca\n```\n',
    findings: [],
  },
  {
    name: 'a case-sensitive forbidden term in another case',
    text: 'Il CONSIGLIO DI SICUREZZA.',
    findings: [],
  },
  {
    name: 'a finding silenced on the next line',
    text: '<!-- fonte-disable-next-line forbidden-term -->\nLa difesa reciproca.',
    findings: [],
  },
  {
    name: 'a concept silenced in a block',
    text: '<!-- fonte-disable concept:mutual-defence -->\nLa difesa reciproca.\n<!-- fonte-enable -->',
    findings: [],
  },
]

const invalid: RuleCase[] = [
  {
    name: 'a forbidden term',
    text: 'Il patto di difesa reciproca.',
    findings: [[1, 13, 'difesa reciproca']],
    expected: ['mutua difesa'],
  },
  {
    name: 'a forbidden term in the plural, with the suggestion in the plural',
    text: 'I partenariati strategici completi.',
    findings: [[1, 3, 'partenariati strategici completi']],
    expected: ['partenariati strategici globali'],
  },
  {
    name: 'a forbidden term opening a sentence, with a capitalised suggestion',
    text: 'Prima riga.\nDifese reciproche ovunque.',
    findings: [[2, 1, 'Difese reciproche']],
    expected: ['Mutue difese'],
  },
  {
    name: 'a forbidden term in a heading, a block quote, emphasis and a link',
    text: '# Difesa reciproca\n\n> la difesa reciproca\n\n*difesa reciproca* e [difesa reciproca](https://x.it)',
    findings: [
      [1, 3, 'Difesa reciproca'],
      [3, 6, 'difesa reciproca'],
      [5, 2, 'difesa reciproca'],
      [5, 23, 'difesa reciproca'],
    ],
  },
  {
    name: 'a forbidden term broken by bold, placed on the source',
    text: 'Parla della **difesa** reciproca.',
    findings: [[1, 15, 'difesa reciproca']],
  },
  {
    name: 'the forbidden spelling of a name that differs by a hyphen',
    text: 'Kim Jong-un ha incontrato Putin. Poi Kim Jong Un è partito.',
    findings: [[1, 38, 'Kim Jong Un']],
    expected: ['Kim Jong-un'],
  },
  {
    name: 'a case-sensitive forbidden term',
    text: 'Il Consiglio di Sicurezza si riunisce.',
    findings: [[1, 4, 'Consiglio di Sicurezza']],
    expected: ['Consiglio di sicurezza'],
  },
  {
    name: 'a forbidden term in a plain text file',
    path: 'doc.txt',
    text: 'Riga uno.\n\nLa difesa reciproca `non` è codice qui.',
    findings: [[3, 4, 'difesa reciproca']],
  },
]

describe('forbidden-term', () => {
  for (const row of valid) {
    it(`accepts ${row.name}`, () => {
      expect(
        lint(row.text, row.path).filter((message) => message.ruleId === 'forbidden-term'),
      ).toEqual([])
    })
  }
  for (const row of invalid) {
    it(`reports ${row.name}`, () => {
      const found = lint(row.text, row.path).filter(
        (message) => message.ruleId === 'forbidden-term',
      )
      expect(found.map((message) => [message.line, message.column, message.actual])).toEqual(
        row.findings,
      )
      for (const message of found) expect(message.fatal).toBe(true)
      if (row.expected) expect(found.map((message) => message.expected?.[0])).toEqual(row.expected)
    })
  }

  it('words its message as "Unexpected …, expected …" and points at the term base', () => {
    const [message] = lint('La difesa reciproca.')
    expect(message?.reason).toBe(
      'Unexpected forbidden term `difesa reciproca` for *mutual defence*, expected `mutua difesa`',
    )
    expect(message?.place).toMatchObject({
      start: { line: 1, column: 4 },
      end: { line: 1, column: 20 },
    })
  })
})

describe('forbidden-term: a verb term and the nouns that share its forms', () => {
  const glossary = createGlossary(
    parseTermBase(
      [
        'concepts:',
        '  - id: announce',
        '    en: [announce]',
        '    it:',
        '      - term: annunciare',
        '        status: preferred',
        '      - term: comunicare',
        '        status: forbidden',
        '  - id: set',
        '    en: [set]',
        '    it:',
        '      - term: impostare',
        '        status: preferred',
        '      - term: settare',
        '        status: forbidden',
      ].join('\n'),
      'verbs.yaml',
    ),
  )
  const flagged = (text: string) =>
    lintFile(new VFile({ path: 'a.md', value: text }), glossary).messages.map(
      (message) => message.actual,
    )
  it.each([
    // A participle or present form after a determiner is the noun (a press release, an
    // announcement), not the verb: its fix (`un annunciato stampa`) would be wrong.
    ['stando a un comunicato stampa della polizia', []],
    ['lo ha scritto nel comunicato.', []],
    ['secondo i comunicati ufficiali', []],
    ['dell’ultimo comunicato', []],
    ['lo stesso comunicato', []],
    // The verb, where no determiner stands before it (a pronoun, an auxiliary, a noun).
    ['lo ha comunicato la polizia', ['comunicato']],
    ['la polizia ha comunicato che', ['comunicato']],
    ['il valore settato', ['settato']],
    ['lo ha subito comunicato', ['comunicato']],
    // A verb's action noun is the verb's concept, after a determiner too.
    ['i settaggi del sistema', ['settaggi']],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected)
  })
})
