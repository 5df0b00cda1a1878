/**
 * Argument checks for fonte's report and pool functions (issue #14): a wrong argument is a
 * `TypeError` naming the function, the argument and what it got, as `@fonte/glossary`'s are.
 * The checks are `@fonte/arguments`'; fonte's own is the wording of a value (`"text"`, `number 3`).
 */
import { argumentChecks, describer, quoted } from '@fonte/arguments'
import type { ArgumentChecks } from '@fonte/arguments'

export { arrayOf, hasStrings, isObject, isOptions } from '@fonte/arguments'

const typed = (value: unknown): string => `${typeof value} ${String(value)}`

const check = argumentChecks(describer({ string: quoted(40), scalar: typed, function: typed }))

/**
 * Throw unless `test(value)` holds.
 *
 * @throws {TypeError} `api: \`name\` must be expected, got …`.
 */
export const checkArgument: ArgumentChecks['argument'] = check.argument
