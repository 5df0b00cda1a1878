import { describe, expect, it } from 'vitest'
import { describer, describeType, listed, quoted } from '../src/index.js'
import type { Describe } from '../src/index.js'

const named = function named() {}

// Every kind of value, and how each style names it.
const values: Array<[label: string, value: unknown]> = [
  ['null', null],
  ['undefined', undefined],
  ['a short string', 'sì'],
  ['a long string', 'x'.repeat(12)],
  ['a number', 3],
  ['NaN', Number.NaN],
  ['a bigint', 7n],
  ['a boolean', false],
  ['a symbol', Symbol('s')],
  ['a function', named],
  ['an object', { a: 1 }],
  ['an object without a prototype', Object.create(null) as unknown],
  ['a short array', [1, 'a', null]],
  ['a long array', [1, 2, 3, 4]],
  ['a nested array', [[1], []]],
]

const styles: Array<[style: string, describe: Describe, expected: string[]]> = [
  [
    'by type (the default)',
    describeType,
    [
      'null',
      'undefined',
      'a string',
      'a string',
      'a number',
      'a number',
      'a bigint',
      'a boolean',
      'a symbol',
      'a function',
      'an object',
      'an object',
      'an array',
      'an array',
      'an array',
    ],
  ],
  [
    'quoted strings, listed arrays, scalars as they print',
    describer({ string: quoted(10), scalar: String, array: listed(3) }),
    [
      'null',
      'undefined',
      '"sì"',
      '"xxxxxxxxxx…"',
      '3',
      'NaN',
      '7',
      'false',
      'Symbol(s)',
      'a function',
      'an object',
      'an object',
      '[1, "a", null]',
      'an array',
      '[[1], []]',
    ],
  ],
  [
    'functions and scalars by a hook of their own',
    describer({ scalar: (value) => `<${typeof value}>`, function: (value) => `fn ${value.name}` }),
    [
      'null',
      'undefined',
      'a string',
      'a string',
      '<number>',
      '<number>',
      '<bigint>',
      '<boolean>',
      '<symbol>',
      'fn named',
      'an object',
      'an object',
      'an array',
      'an array',
      'an array',
    ],
  ],
]

describe.each(styles)('a describer %s', (_, describeValue, expected) => {
  it.each(values.map(([label, value], index) => [label, value, expected[index]] as const))(
    'names %s',
    (_label, value, name) => {
      expect(describeValue(value)).toBe(name)
    },
  )
})

describe('quoted', () => {
  it.each([
    [3, 'abc', '"abc"'],
    [3, 'abcd', '"abc…"'],
    [5, 'a"b\nc', '"a\\"b\\nc"'],
    [0, '', '""'],
  ])('quoted(%i)(%j) is %s', (limit, text, shown) => {
    expect(quoted(limit)(text)).toBe(shown)
  })
})
