// Every public function names a wrong argument in @fonte/arguments' words (issue #14):
// `fn: \`name\` must be …, got …`. Before, split-it wrote its own ("`splitSentences` expects a
// string as `text`, got `number`", "`splitSentences` option `quotes` must be 'auto', 'split' or
// 'keep', got `'all'`").
import { describe, expect, it } from 'vitest'
import { extractQuotes, splitSentences } from '../src/index.js'
import { splitToTxtAst } from '../src/txt-ast.js'

type Split = (text: unknown, options?: unknown) => unknown
const functions = { splitSentences, extractQuotes, splitToTxtAst } as unknown as Record<
  string,
  Split
>

// [arguments, message after `fn: `]; each row is tried on every function.
const rows: Array<[args: [unknown, unknown?], message: string]> = [
  [[42], '`text` must be a string, got a number'],
  [[null], '`text` must be a string, got null'],
  [[undefined], '`text` must be a string, got undefined'],
  [[['Uno.']], '`text` must be a string, got an array'],
  [[{ text: 'Uno.' }], '`text` must be a string, got an object'],
  [['Uno.', 'ud'], '`options` must be an options object, got "ud"'],
  [['Uno.', ['ud']], '`options` must be an options object, got an array'],
  [['Uno.', 7], '`options` must be an options object, got a number'],
  [
    ['Uno.', { convention: 'isdt' }],
    '`options.convention` must be one of `news`, `ud`, got "isdt"',
  ],
  [
    ['Uno.', { quotes: 'all' }],
    '`options.quotes` must be one of `auto`, `split`, `keep`, got "all"',
  ],
  [
    ['Uno.', { quotes: true }],
    '`options.quotes` must be one of `auto`, `split`, `keep`, got a boolean',
  ],
  [
    ['Uno.', { lineBreaks: 1 }],
    '`options.lineBreaks` must be one of `auto`, `boundary`, `space`, got a number',
  ],
  [
    ['Uno.', { abbreviations: 'sen.' }],
    '`options.abbreviations` must be an array of strings, got "sen."',
  ],
  [
    ['Uno.', { abbreviations: ['sen.', 3] }],
    '`options.abbreviations` must be an array of strings, got a number at index 1',
  ],
  [['Uno.', { colons: 'yes' }], '`options.colons` must be a boolean, got "yes"'],
  [['Uno.', { colons: 0 }], '`options.colons` must be a boolean, got a number'],
]

describe.each(Object.keys(functions))('%s on wrong arguments', (name) => {
  it.each(rows)('%j', (args, message) => {
    expect(() => functions[name]!(...args)).toThrow(new TypeError(`${name}: ${message}`))
  })

  it('cuts a long string received at 20 characters', () => {
    expect(() => functions[name]!('Uno.', { quotes: 'una modalità che non esiste' })).toThrow(
      new TypeError(
        `${name}: \`options.quotes\` must be one of \`auto\`, \`split\`, \`keep\`, got "una modalità che non…"`,
      ),
    )
  })

  it.each([
    [undefined],
    [null],
    [{}],
    [{ convention: null, quotes: undefined, lineBreaks: null, abbreviations: null, colons: null }],
    [
      {
        convention: 'ud',
        quotes: 'keep',
        lineBreaks: 'space',
        abbreviations: ['sen'],
        colons: true,
      },
    ],
  ])('takes %j as options', (options) => {
    expect(() => functions[name]!('Uno. Due.', options)).not.toThrow()
  })
})
