/** What a wrong argument was, for messages: `null`, `a number`, `an object`. */
function described(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  const type = typeof value
  return type === 'undefined' ? 'undefined' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`
}

/** A `TypeError` naming the function and the argument that is wrong, as the other packages word it. */
export function argumentError(
  fn: string,
  name: string,
  expected: string,
  value: unknown,
): TypeError {
  return new TypeError(`${fn}: \`${name}\` must be ${expected}, got ${described(value)}`)
}

/** Checks that `value` is a string. */
export function checkString(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw argumentError(fn, name, 'a string', value)
}
