/**
 * Argument checks for the public functions (issue #14): a wrong argument is a `TypeError` that
 * names the function, the argument and what it got, not a crash deep inside. The checks are
 * `@fonte/arguments`'; the glossary's own are its wording of a value (`"text"`, `42`, `[1, 2]`)
 * and the shapes it checks (term bases, terms, concepts, compiled glossaries).
 */
import * as shared from '@fonte/arguments'

export { isString } from '@fonte/arguments'

/** How a wrong value is shown in a message: `null`, `undefined`, `"text"`, `42`, `an object`. */
export const describeValue: shared.Describe = shared.describer({
  string: shared.quoted(40),
  scalar: String,
  array: shared.listed(5),
})

const check: shared.ArgumentChecks = shared.argumentChecks(describeValue)

/** A `TypeError` saying that `api`'s argument `name` must be `expected`. */
export const argumentError: shared.ArgumentChecks['error'] = check.error

/** Throw unless `value` is a string. */
export const assertString: shared.ArgumentChecks['string'] = check.string

/** Throw unless `value` is one of `values`. */
export const assertOneOf: shared.ArgumentChecks['oneOf'] = check.oneOf

/** Throw unless `value` is an object (not `null`, not an array). */
export function assertObject(
  api: string,
  name: string,
  value: unknown,
  expected = 'an object',
): asserts value is object {
  check.argument(api, name, value, expected, shared.isObject)
}

/** Throw unless `value` is `null`, `undefined` or an object: an options argument. */
export function assertOptions(api: string, value: unknown, name = 'options'): void {
  check.argument(api, name, value, 'an object, null or undefined', shared.isOptions)
}

/** Throw unless `value` is an array whose every item passes `item`. */
export function assertArrayOf(
  api: string,
  name: string,
  value: unknown,
  expected: string,
  item: shared.Accepts,
): asserts value is unknown[] {
  // Not `shared.arrayOf(item)`: no test made anew at each call.
  if (!Array.isArray(value) || !value.every(item)) throw check.error(api, name, expected, value)
}

/** Throw unless `value` is a term base: `{concepts: [], files: []}`. */
export function assertTermBase(api: string, name: string, value: unknown): void {
  const expected = 'a term base (`{concepts, files}`, as `parseTermBase` returns)'
  check.argument(api, name, value, expected, isTermBase)
}

const isTermBase = (value: unknown): boolean =>
  isObject(value) && Array.isArray(field(value, 'concepts')) && Array.isArray(field(value, 'files'))

/** Throw unless `value` is a term: an object with a string `text` and `language`. */
export function assertTerm(api: string, name: string, value: unknown): void {
  const expected = 'a term (`{text, language, status}`)'
  check.argument(api, name, value, expected, isTerm)
}

const isTerm = (value: unknown): boolean =>
  isObject(value) &&
  typeof field(value, 'text') === 'string' &&
  typeof field(value, 'language') === 'string'

/** Throw unless `value` is a concept: an object with an array of `terms`. */
export function assertConcept(api: string, name: string, value: unknown): void {
  const expected = 'a concept (`{id, terms}`)'
  check.argument(api, name, value, expected, isConcept)
}

const isConcept = (value: unknown): boolean =>
  isObject(value) && Array.isArray(field(value, 'terms'))

/** Whether the glossary's `source` is a getter (`createGlossary` builds it when first read). */
function lazySource(glossary: object): boolean {
  return typeof Object.getOwnPropertyDescriptor(glossary, 'source')?.get === 'function'
}

/** Throw unless `value` is a compiled glossary, as `createGlossary` returns it. */
export function assertGlossary(api: string, name: string, value: unknown): void {
  const expected = 'a compiled glossary (as `createGlossary` returns it)'
  check.argument(api, name, value, expected, isGlossary)
}

// `target` first, and `source` only when it is not a getter: reading it would build it.
const isGlossary = (value: unknown): boolean =>
  isObject(value) &&
  hasMatch(field(value, 'target')) &&
  (lazySource(value) || hasMatch(field(value, 'source')))

const hasMatch = (matcher: unknown): boolean =>
  typeof (matcher as { match?: unknown } | null | undefined)?.match === 'function'

/** Throw unless `value` is an array of non-negative integers (file offsets). */
export function assertOffsets(api: string, name: string, value: unknown): void {
  check.argument(api, name, value, 'an array of file offsets', areOffsets)
}

const areOffsets = shared.arrayOf(shared.isOffset)

/** Whether `value` is an object, arrays included (for `assertArrayOf`). */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}

const field = (value: object, key: string): unknown => (value as Record<string, unknown>)[key]
