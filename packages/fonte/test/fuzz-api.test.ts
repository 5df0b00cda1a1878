import { describe, expect, it } from 'vitest'
import * as fonte from '../src/index.js'

/**
 * The library API fuzz (issue #14): every exported function called with wrong arguments either
 * returns or throws an error that says which argument is wrong, never the engine's own
 * `Cannot read properties of null` or a stack overflow, and never hangs.
 */

// What JavaScript engines throw when code uses a value it did not check.
const engineMessage =
  /Cannot read properties|is not a function|is not iterable|Cannot convert|Cannot destructure|Invalid array length|Maximum call stack|Invalid count value|Invalid string length|null is not|undefined is not/

const wrongValues: Array<[name: string, value: unknown]> = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['an empty object', {}],
  ['an object without a prototype', Object.create(null) as unknown],
  ['an empty string', ''],
  ['a list holding null', [null]],
  ['an object with a wrong field', { text: 5, file: null, only: 5, concepts: 5 }],
]

// Functions that write or start threads: called with wrong arguments only where they check
// before any work (their tables are in their own tests).
const skipped = new Set(['writeReport', 'lintInParallel', 'loadDictdDictionary'])

const functions = Object.entries(fonte).filter(
  ([name, value]) => typeof value === 'function' && /^[a-z]/.test(name) && !skipped.has(name),
) as Array<[string, (...args: unknown[]) => unknown]>

/** What a call gives: its error's message, or `undefined` when it returned. */
async function outcome(call: () => unknown): Promise<string | undefined> {
  try {
    await call()
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : `a thrown ${typeof error}`
  }
}

describe.each(functions)('%s on wrong arguments', (name, run) => {
  it.each(wrongValues)('names the argument when given %s', async (_, value) => {
    for (const args of [[value], ['Il ministro ha detto.', value], [value, value]]) {
      const message = await outcome(() => run(...args))
      expect(message ?? '', `${name}(${args.map((arg) => typeof arg).join(', ')})`).not.toMatch(
        engineMessage,
      )
      expect(message ?? '').not.toMatch(/^a thrown /)
    }
  })
})
