// How a received value is named at the end of a message (`…, got null`). Each fonte package
// words it its own way (`a number`, `a number (3)`, `3`, `number 3`) and its messages are part of
// its API, so the wording is a style: what is the same everywhere is here once, what differs is
// a hook.

/** Names a received value for a message: `null`, `an array`, `"text"`, `a number (3)`. */
export type Describe = (value: unknown) => string

/** A value that is neither `null`, `undefined`, a string, an object nor a function. */
export type Scalar = number | bigint | boolean | symbol

/** How a describer names each kind of value; every field is optional, with the default noted. */
export interface DescribeStyle {
  /** A string (default: `a string`). */
  readonly string?: ((value: string) => string) | undefined
  /** A number, bigint, boolean or symbol (default: its type with an article, `a number`). */
  readonly scalar?: ((value: Scalar) => string) | undefined
  /** A function (default: `a function`). */
  readonly function?: ((value: (...args: never[]) => unknown) => string) | undefined
  /** An array, given the describer itself for its items (default: `an array`). */
  readonly array?: ((value: readonly unknown[], describe: Describe) => string) | undefined
}

/** A type's name with its article: `a number`, `an object`. */
function typeName(value: unknown): string {
  const type = typeof value
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`
}

const anArray = (): string => 'an array'

/**
 * A describer in `style`. `null`, `undefined` and objects (not arrays, not functions) are always
 * `null`, `undefined` and `an object`.
 *
 * @param style - How strings, scalars, functions and arrays are named (default: by type alone).
 * @returns The describer.
 */
export function describer(style: DescribeStyle = {}): Describe {
  const { string = typeName, scalar = typeName, function: named = typeName } = style
  const array = style.array ?? anArray
  const describe: Describe = (value) => {
    if (value === null) return 'null'
    if (value === undefined) return 'undefined'
    if (Array.isArray(value)) return array(value, describe)
    switch (typeof value) {
      case 'string':
        return string(value)
      case 'object':
        return 'an object'
      case 'function':
        return named(value as (...args: never[]) => unknown)
      default:
        return scalar(value as Scalar)
    }
  }
  return describe
}

/** Names a value by its type alone: `null`, `undefined`, `an array`, `a string`, `an object`. */
export const describeType: Describe = describer()

/**
 * A string as a JSON literal, cut to `limit` characters and an ellipsis when longer:
 * `quoted(5)('difesa reciproca')` is `"difes…"`.
 *
 * @param limit - Most characters shown.
 * @returns A `string` hook for {@link DescribeStyle}.
 */
export function quoted(limit: number): (value: string) => string {
  return (value) => JSON.stringify(value.length > limit ? `${value.slice(0, limit)}…` : value)
}

/**
 * An array as the list of its items described, `[1, "a", null]`, when it has at most `most`
 * items; `an array` when more.
 *
 * @param most - Most items listed.
 * @returns An `array` hook for {@link DescribeStyle}.
 */
export function listed(most: number): (value: readonly unknown[], describe: Describe) => string {
  return (value, describe) =>
    value.length > most ? 'an array' : `[${value.map((item) => describe(item)).join(', ')}]`
}
