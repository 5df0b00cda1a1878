import { DocumentError } from '@fonte/glossary/errors'
import { readFrontMatter } from '@fonte/markdown'
import { checkArgument } from './pipeline/arguments.js'
import { parse as parseYaml, YAMLParseError } from 'yaml'

/** An article read from a Markdown or text file, its front matter split off. */
export interface Article {
  /** The whole file as read. */
  text: string
  /** The text below the front matter. */
  body: string
  /** Offset of `body` in `text`: add it to an offset into the body to get one into the file. */
  bodyStart: number
  /** The front matter's fields, or `null` when the file has none. */
  frontMatter: Record<string, unknown> | null
}

/**
 * A problem with an input file, with the 1-based line and column where it is: the same error
 * as `@fonte/glossary`'s `DocumentError`, named for the articles fonte reads.
 */
export class InputError extends DocumentError {
  /**
   * @param file - The file the problem is in.
   * @param line - 1-based line of the problem.
   * @param column - 1-based column of the problem.
   * @param reason - What is wrong, as a sentence.
   * @param options - The underlying error, as `cause` (optional).
   */
  constructor(file: string, line: number, column: number, reason: string, options?: ErrorOptions) {
    super(file, line, column, reason, options)
    this.name = 'InputError'
  }
}

/**
 * Split a file's YAML front matter (a first line `---`, the YAML, a line `---` or `...`) from its
 * text, as `@fonte/markdown`'s `readFrontMatter` finds it (after a byte order mark too, with CRLF
 * line ends), and parse it.
 *
 * @param text - The file's content.
 * @param file - The file's name, for error messages (default: `'<input>'`).
 * @returns The article, with `bodyStart` so offsets can be mapped back into the file.
 * @throws {InputError} When the front matter is not closed or is not a YAML mapping.
 * @throws {TypeError} When `text` or `file` is not a string.
 */
export function readArticle(text: string, file = '<input>'): Article {
  checkArgument('readArticle', 'text', text, 'a string', (value) => typeof value === 'string')
  checkArgument('readArticle', 'file', file, 'a string', (value) => typeof value === 'string')
  const split = readFrontMatter(text)
  if (split.unclosed) {
    throw new InputError(
      file,
      1,
      1,
      'Unexpected unclosed front matter, expected a line `---` after the YAML',
    )
  }
  if (split.frontMatter === null) return { text, body: text, bodyStart: 0, frontMatter: null }
  return {
    text,
    body: split.body,
    bodyStart: split.bodyOffset,
    frontMatter: parseFields(split.frontMatter, file),
  }
}

/** The front matter's fields; its line numbers are the file's (the YAML starts on line 2). */
function parseFields(yamlText: string, file: string): Record<string, unknown> {
  const plain = plainFields(yamlText)
  if (plain) return plain
  let data: unknown
  try {
    data = parseYaml(yamlText)
  } catch (error) {
    if (error instanceof YAMLParseError && error.linePos) {
      const { line, col } = error.linePos[0]
      const reason = `Unexpected front matter: ${firstLine(error.message)}`
      throw new InputError(file, line + 1, col, reason, { cause: error })
    }
    throw new InputError(file, 2, 1, 'Unexpected front matter that is not YAML', { cause: error })
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new InputError(file, 2, 1, 'Unexpected front matter, expected a YAML mapping of fields')
  }
  return (data as Record<string, unknown> | null) ?? {}
}

// A line of the plain front matter `plainFields` reads: a key (letters, digits, `_`, `-`; none
// that YAML reads as null or a boolean), then `: ` and a double-quoted string (printable BMP
// characters, no escapes but `\"` and `\\`), `null`, or nothing (a mapping follows, indented).
const plainLine =
  // eslint-disable-next-line no-control-regex -- control characters are what it keeps out
  /^( {2})?(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__):)([A-Za-z_][\w-]*):(?: "((?:[^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]|\\["\\])*)"| (null))?$/

/**
 * The fields of front matter written the way a newsroom's tools write it (`title: "…"`,
 * `date: null`, `source:` and its fields indented by two spaces), read without the YAML parser:
 * its first parse in a process costs ~10–25 ms of CPU and each further one ~3 ms, for what is a
 * few lines. `undefined` for anything else (comments, plain or single-quoted scalars, escapes
 * other than `\"` and `\\`, CRLF, lists, deeper nesting, a key twice), which the YAML parser
 * reads: where this reads a field, the parser reads the same value (see the tests that compare
 * the two).
 */
export function plainFields(yamlText: string): Record<string, unknown> | undefined {
  const fields: Record<string, unknown> = {}
  // The mapping that indented lines go into: that of the last key with nothing after it.
  let open: Record<string, unknown> | undefined
  for (const line of yamlText.split('\n')) {
    if (line === '') continue
    const found = plainLine.exec(line)
    if (!found) return undefined
    const key = found[2] as string
    const value =
      found[3]?.replace(/\\(["\\])/g, '$1') ?? (found[4] === undefined ? undefined : null)
    const indented = found[1] !== undefined
    const into = indented ? open : fields
    if (!into || Object.hasOwn(into, key) || (indented && value === undefined)) return undefined
    if (value === undefined) into[key] = open = {}
    else into[key] = value
    if (!indented && value !== undefined) open = undefined
  }
  return Object.keys(fields).length > 0 ? emptyMapsNull(fields) : undefined
}

/** A key with no indented fields after it is null in YAML, not an empty mapping. */
function emptyMapsNull(fields: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(fields))
    if (value !== null && typeof value === 'object' && Object.keys(value).length === 0)
      fields[key] = null
  return fields
}

function firstLine(message: string): string {
  // The line and column are given before the message already.
  return (message.split('\n', 1)[0] ?? message).replace(/ at line \d+, column \d+:?$/, '')
}
