// findBoilerplate and blankBoilerplate name a wrong argument in @fonte/arguments' words, a value
// as they always named it (`got -1`, `got "Testo."`): a long string cut, a function by its type.
import { describe, expect, it } from 'vitest'
import { blankBoilerplate, findBoilerplate } from '../src/boilerplate/index.js'

const offset = 'an offset (a whole number, 0 or more)'
const results = 'an array of findBoilerplate results'
const inOrder = 'findBoilerplate results for `text`, in order'
const call = (fn: (...args: never[]) => unknown, args: unknown[]) => () =>
  (fn as (...values: unknown[]) => unknown)(...args)

describe('boilerplate functions on wrong arguments', () => {
  it.each([
    [findBoilerplate, [null], '`text` must be a string, got null'],
    [findBoilerplate, [42], '`text` must be a string, got 42'],
    [findBoilerplate, [['a']], '`text` must be a string, got an array'],
    [findBoilerplate, [() => 'a'], '`text` must be a string, got a function'],
    [findBoilerplate, ['Testo.', -1], `\`from\` must be ${offset}, got -1`],
    [findBoilerplate, ['Testo.', 1.5], `\`from\` must be ${offset}, got 1.5`],
    [findBoilerplate, ['Testo.', Number.NaN], `\`from\` must be ${offset}, got NaN`],
    [findBoilerplate, ['Testo.', '3'], `\`from\` must be ${offset}, got "3"`],
    [findBoilerplate, ['Testo.', null], `\`from\` must be ${offset}, got null`],
    [blankBoilerplate, [42, []], '`text` must be a string, got 42'],
    [blankBoilerplate, ['Testo.', undefined], `\`boilerplate\` must be ${results}, got undefined`],
    [blankBoilerplate, ['Testo.', {}], `\`boilerplate\` must be ${results}, got an object`],
    [blankBoilerplate, ['Testo.', [null]], `\`boilerplate\` must be ${inOrder}, got null`],
    [
      blankBoilerplate,
      ['Testo.', [{ start: 2, end: 1 }]],
      `\`boilerplate\` must be ${inOrder}, got an object`,
    ],
    [
      blankBoilerplate,
      ['Testo.', [{ start: 0, end: 99 }]],
      `\`boilerplate\` must be ${inOrder}, got an object`,
    ],
  ])('%o %j', (fn, args, message) => {
    expect(call(fn, args)).toThrow(new TypeError(`${fn.name}: ${message}`))
  })

  it('cuts a long string to 40 characters in the message', () => {
    const text = 'Il governo ha approvato la legge di bilancio per il prossimo anno.'
    expect(call(findBoilerplate, ['Testo.', text])).toThrow(
      new TypeError(`findBoilerplate: \`from\` must be ${offset}, got "${text.slice(0, 40)}…"`),
    )
  })

  it('takes a missing `from` and an empty list', () => {
    expect(findBoilerplate('Testo.', undefined)).toEqual([])
    expect(blankBoilerplate('Testo.', [])).toBe('Testo.')
  })
})
