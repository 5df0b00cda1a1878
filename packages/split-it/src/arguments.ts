// A wrong argument is a `TypeError` naming the function, the argument, what it must be and what
// it got, worded as the other fonte packages word it (@fonte/arguments); a string received is
// shown, cut at 20 characters (`got "all"`), any other value is named by its type (`a number`).
import { argumentChecks, describer, isBoolean, isOptions, quoted } from '@fonte/arguments'
import type { ArgumentChecks } from '@fonte/arguments'

/** The checks of split-it's public functions. */
export const check: ArgumentChecks = argumentChecks(describer({ string: quoted(20) }))

/** Throws unless `options` is an options object, `null` or `undefined`. */
export function checkOptions(fn: string, options: unknown): void {
  check.argument(fn, 'options', options, 'an options object', isOptions)
}

/** Throws unless `value` is a boolean, `null` or `undefined`. */
export function checkBooleanOption(fn: string, name: string, value: unknown): void {
  check.option(fn, name, value, 'a boolean', isBoolean)
}
