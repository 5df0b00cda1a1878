/**
 * Argument checks for fonte's report and pool functions (issue #14): a wrong argument is a
 * `TypeError` naming the function, the argument and what it got, as `@fonte/glossary`'s are.
 */

function shown(value: unknown): string {
  if (value === null || value === undefined) return String(value)
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`
}

/**
 * Throw unless `test(value)` holds.
 *
 * @throws {TypeError} `api: \`name\` must be expected, got …`.
 */
export function checkArgument(
  api: string,
  name: string,
  value: unknown,
  expected: string,
  test: (value: unknown) => boolean,
): void {
  if (!test(value))
    throw new TypeError(`${api}: \`${name}\` must be ${expected}, got ${shown(value)}`)
}

/** A plain object (not `null`, not an array). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `undefined`, `null` or a plain object: an options argument. */
export const isOptions = (value: unknown): boolean =>
  value === undefined || value === null || isObject(value)

/** An object whose fields `names` are all strings. */
export const hasStrings =
  (...names: string[]) =>
  (value: unknown): boolean =>
    isObject(value) && names.every((name) => typeof value[name] === 'string')

/** An array whose every item passes `item`. */
export const arrayOf =
  (item: (value: unknown) => boolean) =>
  (value: unknown): boolean =>
    Array.isArray(value) && value.every(item)
