import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { createGlossary, lintFile, parseTermBase, type LintOptions } from '../src/index.js'

/** The test term base, compiled. */
export const glossary = createGlossary(
  parseTermBase(
    readFileSync(new URL('fixtures/termbases/house.yaml', import.meta.url), 'utf8'),
    'house.yaml',
  ),
)

/** A term base whose preferred terms need escaping in PO and XLIFF (`"`, `&`, `<`), compiled. */
export const escapesGlossary = createGlossary(
  parseTermBase(
    readFileSync(new URL('fixtures/termbases/escapes.yaml', import.meta.url), 'utf8'),
    'escapes.yaml',
  ),
)

/** Lint a text as a file of the given name; returns its messages as plain rows. */
export function lint(text: string, path = 'doc.md', options?: LintOptions) {
  const file = lintFile(new VFile({ path, value: text }), glossary, options)
  return file.messages.map((message) => ({
    ruleId: message.ruleId,
    line: message.line,
    column: message.column,
    actual: message.actual,
    expected: message.expected,
    fatal: message.fatal,
    reason: message.reason,
    place: message.place,
  }))
}

/** A row of a rule's table: a text, and the findings expected in it. */
export interface RuleCase {
  name: string
  text: string
  path?: string
  options?: LintOptions
  /** `[line, column, actual]` of each finding of the rule under test. */
  findings: Array<[line: number, column: number, actual: string]>
  /** Expected suggestion of each finding, where the table checks it. */
  expected?: string[]
}
