import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import {
  argumentChecks,
  argumentError,
  arrayOf,
  describer,
  hasStrings,
  isBoolean,
  isFiniteNumber,
  isObject,
  isOffset,
  isOptions,
  isString,
  quoted,
} from '../src/index.js'

const byType = argumentChecks()
const quoting = argumentChecks(describer({ string: quoted(5), scalar: String }))
const isTrue = (value: unknown): boolean => value === true

// Each check given a wrong argument and the message it throws; `null` where it must pass.
const checks: Array<[call: string, run: () => unknown, message: string | null]> = [
  ['string(1)', () => byType.string('f', 'text', 1), 'f: `text` must be a string, got a number'],
  ['string("")', () => byType.string('f', 'text', ''), null],
  ['string(1) quoting', () => quoting.string('f', 'text', 1), 'f: `text` must be a string, got 1'],
  [
    'strings(null)',
    () => byType.strings('f', 'lines', null),
    'f: `lines` must be an array of strings, got null',
  ],
  [
    'strings(["a", 1]) quoting: the item by type',
    () => quoting.strings('f', 'lines', ['a', 1]),
    'f: `lines` must be an array of strings, got a number at index 1',
  ],
  [
    'strings(["a", "b", undefined])',
    () => byType.strings('f', 'lines', ['a', 'b', undefined]),
    'f: `lines` must be an array of strings, got undefined at index 2',
  ],
  ['strings([])', () => byType.strings('f', 'lines', []), null],
  [
    'argument([], isObject)',
    () => byType.argument('f', 'place', [], 'a place', isObject),
    'f: `place` must be a place, got an array',
  ],
  ['argument({}, isObject)', () => byType.argument('f', 'place', {}, 'a place', isObject), null],
  [
    'argument(false) quoting',
    () => quoting.argument('f', 'x', false, 'true', isTrue),
    'f: `x` must be true, got false',
  ],
  [
    'argument("longer", isOptions) quoting',
    () => quoting.argument('f', 'options', 'longer', 'an options object', isOptions),
    'f: `options` must be an options object, got "longe…"',
  ],
  [
    'argument([1, -1], arrayOf(isOffset)) quoting',
    () => quoting.argument('f', 'offsets', [1, -1], 'file offsets', arrayOf(isOffset)),
    'f: `offsets` must be file offsets, got an array',
  ],
  [
    'option(NaN, isFiniteNumber)',
    () => byType.option('f', 'options.band', Number.NaN, 'a number', isFiniteNumber),
    'f: `options.band` must be a number, got a number',
  ],
  ['option(null)', () => byType.option('f', 'options.band', null, 'a number', () => false), null],
  ['option(undefined)', () => byType.option('f', 'o', undefined, 'a number', () => false), null],
  ['option(2)', () => byType.option('f', 'options.band', 2, 'a number', isFiniteNumber), null],
  [
    'oneOf("many") quoting',
    () => quoting.oneOf('f', 'number', 'many', ['singular', 'plural']),
    'f: `number` must be one of `singular`, `plural`, got "many"',
  ],
  ['oneOf("plural")', () => byType.oneOf('f', 'n', 'plural', ['singular', 'plural']), null],
]

describe('checks', () => {
  it.each(checks)('%s', (_, run, message) => {
    if (message === null) expect(run()).toBeUndefined()
    else expect(run).toThrow(new TypeError(message))
  })

  it('error describes the value, argumentError takes it described', () => {
    const message = 'alignSentences: `target` must be an array of strings, got null'
    expect(byType.error('alignSentences', 'target', 'an array of strings', null)).toEqual(
      new TypeError(message),
    )
    const error = argumentError('alignSentences', 'target', 'an array of strings', 'null')
    expect(error).toBeInstanceOf(TypeError)
    expect(error.message).toBe(message)
  })

  it('work taken off their object', () => {
    const { string } = quoting
    expect(() => string('f', 'x', null)).toThrow('f: `x` must be a string, got null')
  })
})

const object = { file: 'a.md', text: 'x' }

// Each test and the values it accepts (`true`) or refuses (`false`).
const tests: Array<
  [test: string, accepts: (value: unknown) => boolean, rows: [unknown, boolean][]]
> = [
  [
    'isString',
    isString,
    [
      ['', true],
      [String('a'), true],
      [1, false],
      [null, false],
    ],
  ],
  [
    'isBoolean',
    isBoolean,
    [
      [false, true],
      [0, false],
      ['true', false],
    ],
  ],
  [
    'isFiniteNumber',
    isFiniteNumber,
    [
      [0, true],
      [-1.5, true],
      [Number.NaN, false],
      [Infinity, false],
      ['1', false],
      [1n, false],
    ],
  ],
  [
    'isOffset',
    isOffset,
    [
      [0, true],
      [12, true],
      [-1, false],
      [1.5, false],
      [Number.NaN, false],
      ['3', false],
    ],
  ],
  [
    'isObject',
    isObject,
    [
      [{}, true],
      [Object.create(null), true],
      [[], false],
      [null, false],
      [() => {}, false],
    ],
  ],
  [
    'isOptions',
    isOptions,
    [
      [undefined, true],
      [null, true],
      [{}, true],
      [[], false],
      [0, false],
    ],
  ],
  [
    'hasStrings("file", "text")',
    hasStrings('file', 'text'),
    [
      [object, true],
      [{ file: 'a.md' }, false],
      [[], false],
      [null, false],
    ],
  ],
  [
    'arrayOf(isObject)',
    arrayOf(isObject),
    [
      [[], true],
      [[object, {}], true],
      [[object, null], false],
      [object, false],
    ],
  ],
]

describe.each(tests)('%s', (_, accepts, rows) => {
  it.each(rows)('given %o is %s', (value, accepted) => {
    expect(accepts(value)).toBe(accepted)
  })
})

it('exports what the README lists', () => {
  const names =
    'argumentChecks argumentError arrayOf describeType describer hasStrings isBoolean ' +
    'isFiniteNumber isObject isOffset isOptions isString listed quoted'
  expect(Object.keys(api).sort()).toEqual(names.split(' '))
})
