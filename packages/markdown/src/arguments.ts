// A wrong argument is a `TypeError` naming the function and the argument, worded as the other
// packages word it (@fonte/arguments); a received value is named by its type: `null`, `a number`.
import { argumentChecks } from '@fonte/arguments'
import type { ArgumentChecks } from '@fonte/arguments'

const check = argumentChecks()

/** A `TypeError` naming the function and the argument that is wrong, as the other packages word it. */
export const argumentError: ArgumentChecks['error'] = check.error

/** Checks that `value` is a string. */
export const checkString: ArgumentChecks['string'] = check.string
