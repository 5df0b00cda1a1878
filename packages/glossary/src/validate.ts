/**
 * Argument checks for the public functions (issue #14): a wrong argument is a `TypeError` that
 * names the function, the argument and what it got, not a crash deep inside.
 */

/** How a wrong value is shown in a message: `null`, `undefined`, `"text"`, `42`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value))
    return value.length > 5 ? 'an array' : `[${value.map(describeValue).join(', ')}]`
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'function') return 'a function'
  return typeof value === 'object' ? 'an object' : String(value)
}

/** A `TypeError` saying that `api`'s argument `name` must be `expected`. */
export function argumentError(
  api: string,
  name: string,
  expected: string,
  value: unknown,
): TypeError {
  return new TypeError(`${api}: \`${name}\` must be ${expected}, got ${describeValue(value)}`)
}

/** Throw unless `value` is a string. */
export function assertString(api: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw argumentError(api, name, 'a string', value)
}

/** Throw unless `value` is an object (not `null`, not an array). */
export function assertObject(
  api: string,
  name: string,
  value: unknown,
  expected = 'an object',
): asserts value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw argumentError(api, name, expected, value)
  }
}

/** Throw unless `value` is `null`, `undefined` or an object: an options argument. */
export function assertOptions(api: string, value: unknown, name = 'options'): void {
  if (value !== null && value !== undefined)
    assertObject(api, name, value, 'an object, null or undefined')
}

/** Throw unless `value` is an array whose every item passes `item`. */
export function assertArrayOf(
  api: string,
  name: string,
  value: unknown,
  expected: string,
  item: (value: unknown) => boolean,
): asserts value is unknown[] {
  if (!Array.isArray(value) || !value.every(item)) throw argumentError(api, name, expected, value)
}

/** Throw unless `value` is a term base: `{concepts: [], files: []}`. */
export function assertTermBase(api: string, name: string, value: unknown): void {
  const base = value as { concepts?: unknown; files?: unknown } | null
  if (
    typeof base !== 'object' ||
    base === null ||
    !Array.isArray(base.concepts) ||
    !Array.isArray(base.files)
  ) {
    throw argumentError(
      api,
      name,
      'a term base (`{concepts, files}`, as `parseTermBase` returns)',
      value,
    )
  }
}

/** Whether `value` is a string (for `assertArrayOf`). */
export function isString(value: unknown): value is string {
  return typeof value === 'string'
}

/** Throw unless `value` is one of `values`. */
export function assertOneOf<Value extends string>(
  api: string,
  name: string,
  value: unknown,
  values: readonly Value[],
): asserts value is Value {
  if (!values.includes(value as Value)) {
    throw argumentError(
      api,
      name,
      `one of ${values.map((item) => `\`${item}\``).join(', ')}`,
      value,
    )
  }
}

/** Throw unless `value` is a term: an object with a string `text` and `language`. */
export function assertTerm(api: string, name: string, value: unknown): void {
  const term = value as { text?: unknown; language?: unknown } | null
  if (
    typeof term !== 'object' ||
    term === null ||
    typeof term.text !== 'string' ||
    typeof term.language !== 'string'
  ) {
    throw argumentError(api, name, 'a term (`{text, language, status}`)', value)
  }
}

/** Throw unless `value` is a concept: an object with an array of `terms`. */
export function assertConcept(api: string, name: string, value: unknown): void {
  const concept = value as { terms?: unknown } | null
  if (typeof concept !== 'object' || concept === null || !Array.isArray(concept.terms)) {
    throw argumentError(api, name, 'a concept (`{id, terms}`)', value)
  }
}

/** Whether the glossary's `source` is a getter (`createGlossary` builds it when first read). */
function lazySource(glossary: object): boolean {
  return typeof Object.getOwnPropertyDescriptor(glossary, 'source')?.get === 'function'
}

/** Throw unless `value` is a compiled glossary, as `createGlossary` returns it. */
export function assertGlossary(api: string, name: string, value: unknown): void {
  const glossary = value as { target?: { match?: unknown }; source?: { match?: unknown } } | null
  if (
    typeof glossary !== 'object' ||
    glossary === null ||
    typeof glossary.target?.match !== 'function' ||
    !(lazySource(glossary) || typeof glossary.source?.match === 'function')
  ) {
    throw argumentError(api, name, 'a compiled glossary (as `createGlossary` returns it)', value)
  }
}

/** Throw unless `value` is an array of non-negative integers (file offsets). */
export function assertOffsets(api: string, name: string, value: unknown): void {
  assertArrayOf(
    api,
    name,
    value,
    'an array of file offsets',
    (item) => Number.isInteger(item) && (item as number) >= 0,
  )
}

/** Whether `value` is an object (for `assertArrayOf`). */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}
