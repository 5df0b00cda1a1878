// Argument checks of the exported functions: a wrong argument is a `TypeError` that names the
// function, the argument and what it received (`alignSentences: \`target\` must be an array of
// strings, got null`), never a failure deep inside.

/** How a received value is named in a message: `null`, `a number (3)`, `an object`. */
export function described(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (Array.isArray(value)) return 'an array'
  switch (typeof value) {
    case 'string':
      return value.length > 20 ? 'a string' : `a string (${JSON.stringify(value)})`
    case 'number':
    case 'bigint':
    case 'boolean':
      return `a ${typeof value} (${String(value)})`
    case 'function':
      return 'a function'
    case 'symbol':
      return 'a symbol'
    default:
      return 'an object'
  }
}

/** A `TypeError` for argument `name` of `fn`, which must be `expected` and was `got`. */
export function argumentError(fn: string, name: string, expected: string, got: string): TypeError {
  return new TypeError(`${fn}: \`${name}\` must be ${expected}, got ${got}`)
}

/** Checks that `value` is a string. */
export function checkString(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw argumentError(fn, name, 'a string', described(value))
}

/** Checks that `value` is an array of strings, naming the first element that is not. */
export function checkStrings(
  fn: string,
  name: string,
  value: unknown,
): asserts value is readonly string[] {
  const expected = 'an array of strings'
  if (!Array.isArray(value)) throw argumentError(fn, name, expected, described(value))
  const index = value.findIndex((element) => typeof element !== 'string')
  if (index >= 0) {
    const element = described(value[index]).replace(/ \(.*\)$/, '')
    throw argumentError(fn, name, expected, `${element} at index ${index}`)
  }
}

/** Checks that `value` is an options object, `null` or `undefined`. */
export function checkOptions(fn: string, name: string, value: unknown): void {
  if (value === null || value === undefined) return
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw argumentError(fn, name, 'an options object', described(value))
  }
}

/** Checks an optional option: `null`, `undefined`, or what `accepts` allows. */
export function checkOption(
  fn: string,
  name: string,
  value: unknown,
  expected: string,
  accepts: (value: unknown) => boolean,
): void {
  if (value === null || value === undefined || accepts(value)) return
  throw argumentError(fn, name, expected, described(value))
}

/** Whether a value can be read as a `Dictionary` (a map with `get`). */
export function isDictionary(value: unknown): boolean {
  return typeof (value as { get?: unknown } | null)?.get === 'function'
}

/** Whether a value has `source` and `target` matchers (a `ConceptFinder`). */
export function isConceptFinder(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const { source, target } = value as { source?: { match?: unknown }; target?: { match?: unknown } }
  return typeof source?.match === 'function' && typeof target?.match === 'function'
}

/** Checks that `value` is an array of `{file, text}` with string fields, naming the first that is not. */
export function checkSources(fn: string, name: string, value: unknown): void {
  if (!Array.isArray(value)) {
    throw argumentError(fn, name, 'an array of {file, text}', described(value))
  }
  value.forEach((source: unknown, index) => checkSource(fn, `${name}[${index}]`, source))
}

/** Checks that `value` is a `{file, text}` object with string fields. */
export function checkSource(fn: string, name: string, value: unknown): void {
  if (typeof value !== 'object' || value === null) {
    throw argumentError(fn, name, 'a {file, text} object', described(value))
  }
  const { file, text } = value as { file?: unknown; text?: unknown }
  if (typeof file !== 'string') throw argumentError(fn, `${name}.file`, 'a string', described(file))
  if (typeof text !== 'string') throw argumentError(fn, `${name}.text`, 'a string', described(text))
}

/** Whether a value is a finite number. */
export function isNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value)
}

/** Whether a value is a boolean. */
export function isBoolean(value: unknown): boolean {
  return typeof value === 'boolean'
}

/** Whether a value is a string. */
export function isString(value: unknown): boolean {
  return typeof value === 'string'
}

/** Whether a value is an object (not `null`, not an array). */
export function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
