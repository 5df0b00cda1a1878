import { fileURLToPath } from 'node:url'
import TextLintTester from 'textlint-tester'
import rule from '../src/index.js'

const glossary = fileURLToPath(
  new URL('../../glossary/test/fixtures/termbases/house.yaml', import.meta.url),
)
const tester = new TextLintTester()

/** The range of the first `needle` in `text`, as textlint-tester's `range`. */
function rangeOf(text: string, needle: string): [number, number] {
  const start = text.indexOf(needle)
  return [start, start + needle.length]
}

const forbidden = 'Titolo\n\nLe difese reciproche.\n'
const split = 'La **difesa** reciproca.\n\nA Seul e a Seoul.\n'

tester.run('fonte', rule, {
  valid: [
    { description: 'the preferred term', text: 'La mutua difesa.\n', options: { glossary } },
    {
      description: 'one concept two ways, with inconsistent-term off',
      text: 'A Seul e a Seoul.\n',
      options: { glossary, rules: { 'inconsistent-term': 'off' } },
    },
    {
      description: 'a forbidden term in code, which is not prose',
      text: 'Usa `difesa reciproca` qui.\n',
      options: { glossary },
    },
  ],
  invalid: [
    {
      description: 'a forbidden term in its plural, with line, column and a fix',
      text: forbidden,
      output: 'Titolo\n\nLe mutue difese.\n',
      options: { glossary },
      errors: [
        {
          message:
            'Unexpected forbidden term `difese reciproche` for *mutual defence*, expected `mutue difese` (forbidden-term)',
          range: rangeOf(forbidden, 'difese reciproche'),
          loc: { start: { line: 3, column: 4 }, end: { line: 3, column: 21 } },
        },
      ],
    },
    {
      description: 'a term split by emphasis, and one concept rendered two ways',
      text: split,
      options: { glossary },
      errors: [
        {
          message:
            'Unexpected forbidden term `difesa reciproca` for *mutual defence*, expected `mutua difesa` (forbidden-term)',
          range: [5, 23],
        },
        {
          message:
            'Unexpected `Seoul` for *Seoul*, this document also uses `Seul` (line 3); keep one rendering (inconsistent-term)',
          range: rangeOf(split, 'Seoul'),
        },
      ],
    },
    {
      description: 'no glossary option',
      text: 'Testo.\n',
      options: {},
      errors: [
        {
          message: 'textlint-rule-fonte needs the `glossary` option: the paths of your term bases',
        },
      ],
    },
    {
      description: 'a term base that cannot be read, named as given',
      text: 'Testo.\n',
      options: { glossary: 'nessuno.yaml' },
      errors: [{ message: 'nessuno.yaml:1:1: Cannot read the term base: no such file' }],
    },
    {
      description: 'a source file that cannot be read',
      text: 'Testo.\n',
      options: { glossary, source: 'nessuno.md' },
      errors: [{ message: "nessuno.md: Cannot read the `source` option's file: no such file" }],
    },
  ],
})
