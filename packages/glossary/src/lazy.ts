// Parsers that only some term bases and documents need, loaded on first use: importing the package
// (for a YAML term base and a Markdown file) then does not pay for the XML and CSV parsers, nor
// for the YAML parser when the term base is plain block-style YAML.
// Both packages ship CommonJS, so a synchronous `require` keeps the parse functions synchronous.
import { createRequire } from 'node:module'
import type * as CsvParse from 'csv-parse/sync'
import type * as Saxes from 'saxes'
import type * as Yaml from 'yaml'

const require = createRequire(import.meta.url)

/** The `saxes` XML parser (TBX, XLIFF), loaded when first asked for. */
export function saxes(): typeof Saxes {
  return require('saxes') as typeof Saxes
}

/**
 * The reason of a `saxes` error, without the `file:line:column: ` or `line:column: ` it opens with
 * (its column counts from 0): the caller's error names the place as every fonte error does.
 */
export function saxesReason(error: unknown): string {
  return String((error as Error)?.message ?? error).replace(/^(?:.*?:)?\d+:\d+: /, '')
}

/**
 * The `yaml` parser, loaded when a term base is beyond the plain reader (`load/plain.ts`) or a
 * document needs it.
 */
export function yaml(): typeof Yaml {
  return require('yaml') as typeof Yaml
}

/** The synchronous `csv-parse` API (CSV term bases), loaded when first asked for. */
export function csvParse(): typeof CsvParse {
  return require('csv-parse/sync') as typeof CsvParse
}
