// The checks (issue #14): each throws a `TypeError` that names the function, the argument, what it
// must be and what it got, `fn: \`name\` must be expected, got described`, and returns nothing
// when the argument is right. A package makes its set once, with its own describer, so every
// package keeps its wording of a received value and shares the rest.
import { describeType } from './describe.js'
import type { Describe } from './describe.js'

/** A test of an argument: whether `value` is acceptable. */
export type Accepts = (value: unknown) => boolean

/** The checks of one package, each naming a wrong value with that package's describer. */
export interface ArgumentChecks {
  /** The error for argument `name` of `fn`, which must be `expected` and was `value`. */
  error(fn: string, name: string, expected: string, value: unknown): TypeError
  /** Throw unless `accepts(value)` holds. */
  argument(fn: string, name: string, value: unknown, expected: string, accepts: Accepts): void
  /** Throw unless `value` is `null`, `undefined`, or what `accepts` allows: an optional option. */
  option(fn: string, name: string, value: unknown, expected: string, accepts: Accepts): void
  /** Throw unless `value` is a string. */
  string(fn: string, name: string, value: unknown): asserts value is string
  /**
   * Throw unless `value` is an array of strings. A wrong item is named by its type and index
   * (`a number at index 2`), whatever the describer, which names a value that is no array.
   */
  strings(fn: string, name: string, value: unknown): asserts value is readonly string[]
  /** Throw unless `value` is one of `values` (``must be one of `a`, `b` ``). */
  oneOf<Value extends string>(
    fn: string,
    name: string,
    value: unknown,
    values: readonly Value[],
  ): asserts value is Value
}

/**
 * The error for argument `name` of `fn`, which must be `expected` and was `got`.
 *
 * @param fn - The function (or class) called.
 * @param name - The argument, or its path (`options.band`, `sources[2].text`).
 * @param expected - What it must be, with its article (`a string`, `an array of strings`).
 * @param got - What it was, as a describer names it.
 * @returns `TypeError('fn: \`name\` must be expected, got got')`.
 */
export function argumentError(fn: string, name: string, expected: string, got: string): TypeError {
  return new TypeError(`${fn}: \`${name}\` must be ${expected}, got ${got}`)
}

/**
 * The checks that name a wrong value with `describe`.
 *
 * @param describe - How a received value is named (default: by its type, `a number`).
 * @returns The checks; they use no `this`, so they can be taken off the object.
 */
export function argumentChecks(describe: Describe = describeType): ArgumentChecks {
  const error = (fn: string, name: string, expected: string, value: unknown): TypeError =>
    argumentError(fn, name, expected, describe(value))
  return {
    error,
    argument(fn, name, value, expected, accepts) {
      if (!accepts(value)) throw error(fn, name, expected, value)
    },
    option(fn, name, value, expected, accepts) {
      if (value !== null && value !== undefined && !accepts(value)) {
        throw error(fn, name, expected, value)
      }
    },
    string(fn, name, value) {
      if (typeof value !== 'string') throw error(fn, name, 'a string', value)
    },
    strings(fn, name, value) {
      if (!Array.isArray(value)) throw error(fn, name, 'an array of strings', value)
      const index = value.findIndex((item) => typeof item !== 'string')
      if (index < 0) return
      const got = `${describeType(value[index])} at index ${index}`
      throw argumentError(fn, name, 'an array of strings', got)
    },
    oneOf(fn, name, value, values) {
      if (values.includes(value as never)) return
      const expected = `one of ${values.map((item) => `\`${item}\``).join(', ')}`
      throw error(fn, name, expected, value)
    },
  }
}

/** Whether `value` is a string. */
export const isString = (value: unknown): value is string => typeof value === 'string'

/** Whether `value` is a boolean. */
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean'

/** Whether `value` is a finite number (not `NaN`, not infinite). */
export const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** Whether `value` is a file offset: a whole number, 0 or more. */
export const isOffset = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0

/** Whether `value` is an object: not `null`, not an array. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Whether `value` is an options argument: `undefined`, `null` or an object (not an array). */
export const isOptions = (value: unknown): boolean =>
  value === undefined || value === null || isObject(value)

/** A test for an object whose fields `names` are all strings. */
export const hasStrings =
  (...names: string[]): Accepts =>
  (value) =>
    isObject(value) && names.every((name) => typeof value[name] === 'string')

/** A test for an array whose every item passes `item`. */
export const arrayOf =
  (item: Accepts): Accepts =>
  (value) =>
    Array.isArray(value) && value.every(item)
