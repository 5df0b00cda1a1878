// A wrong argument is a `TypeError` naming the function and the argument, worded as the other
// packages word it (@fonte/arguments); a received value is named by its type: `null`, `a number`.
import { argumentChecks, isFiniteNumber, isOptions, isString } from '@fonte/arguments'
import type { ArgumentChecks } from '@fonte/arguments'

const check: ArgumentChecks = argumentChecks()

/** Checks that `value` is a string. */
export const checkString: ArgumentChecks['string'] = check.string

/** Checks any argument against a test, naming what it must be. */
export const checkArgument: ArgumentChecks['argument'] = check.argument

/**
 * Checks the options of `identifyLanguage` and `languageBlocks`: an object, `null` or `undefined`,
 * whose `only` is a list of codes and whose `minLength` is a number, 0 or more, when given.
 */
export function checkIdentifyOptions(fn: string, options: unknown): void {
  check.argument(fn, 'options', options, 'an options object', isOptions)
  const { only, minLength } = (options ?? {}) as { only?: unknown; minLength?: unknown }
  check.option(fn, 'options.only', only, 'an array of ISO 639-3 codes', isCodes)
  check.option(fn, 'options.minLength', minLength, 'a number, 0 or more', isLength)
}

const isCodes = (value: unknown): boolean => Array.isArray(value) && value.every(isString)
const isLength = (value: unknown): boolean => isFiniteNumber(value) && value >= 0
