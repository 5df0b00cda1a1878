// Argument checks of the exported functions: a wrong argument is a `TypeError` that names the
// function, the argument and what it received (`alignSentences: \`target\` must be an array of
// strings, got null`), never a failure deep inside. The checks are @fonte/arguments'; what is
// align's own is the wording of a received value (`a number (3)`) and the shapes it checks
// (`{file, text}`, dictionaries, concept finders).
import * as shared from '@fonte/arguments'

export {
  argumentError,
  isBoolean,
  isFiniteNumber as isNumber,
  isObject,
  isString,
} from '@fonte/arguments'

/** How a received value is named in a message: `null`, `a number (3)`, `an object`. */
export const described: shared.Describe = shared.describer({
  string: (value) => (value.length > 20 ? 'a string' : `a string (${JSON.stringify(value)})`),
  scalar: (value) =>
    typeof value === 'symbol' ? 'a symbol' : `a ${typeof value} (${String(value)})`,
})

const check: shared.ArgumentChecks = shared.argumentChecks(described)

/** Checks that `value` is a string. */
export const checkString: shared.ArgumentChecks['string'] = check.string

/** Checks that `value` is an array of strings, naming the first element that is not. */
export const checkStrings: shared.ArgumentChecks['strings'] = check.strings

/** Checks an optional option: `null`, `undefined`, or what `accepts` allows. */
export const checkOption: shared.ArgumentChecks['option'] = check.option

/** Checks that `value` is an options object, `null` or `undefined`. */
export function checkOptions(fn: string, name: string, value: unknown): void {
  check.argument(fn, name, value, 'an options object', shared.isOptions)
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
  if (!Array.isArray(value)) throw check.error(fn, name, 'an array of {file, text}', value)
  value.forEach((source: unknown, index) => checkSource(fn, `${name}[${index}]`, source))
}

/** Checks that `value` is a `{file, text}` object with string fields. */
export function checkSource(fn: string, name: string, value: unknown): void {
  if (typeof value !== 'object' || value === null) {
    throw check.error(fn, name, 'a {file, text} object', value)
  }
  const { file, text } = value as { file?: unknown; text?: unknown }
  check.string(fn, `${name}.file`, file)
  check.string(fn, `${name}.text`, text)
}
