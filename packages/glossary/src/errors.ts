import type { Place } from './types.js'

/**
 * A term base that cannot be used: malformed XML, YAML or CSV, an unknown status, a term both
 * preferred and forbidden for one concept. The message starts with `file:line:column:`.
 */
export class TermBaseError extends Error {
  /** Where the problem is. */
  readonly place: Place

  /**
   * @param place - Where the problem is.
   * @param reason - What is wrong, and what is expected instead.
   * @param options - The parser's own error, as `cause` (optional).
   */
  constructor(place: Place, reason: string, options?: ErrorOptions) {
    // Checked here, or a missing place fails as a TypeError about reading `file` of null.
    if (typeof place !== 'object' || place === null || typeof place.start !== 'object')
      throw new TypeError(
        `TermBaseError: expected \`place\` to be a place ({ file, start: { line, column } }), got ${place === null ? 'null' : typeof place}`,
      )
    super(`${place.file}:${place.start.line}:${place.start.column}: ${reason}`, options)
    this.name = 'TermBaseError'
    this.place = place
  }
}

/** A document that cannot be read: malformed XLIFF or PO. The message starts with `file:line:column:`. */
export class DocumentError extends Error {
  /** The document's path. */
  readonly file: string
  /** 1-based line of the problem. */
  readonly line: number
  /** 1-based column of the problem. */
  readonly column: number

  /**
   * @param file - The document's path.
   * @param line - 1-based line.
   * @param column - 1-based column.
   * @param reason - What is wrong.
   * @param options - The parser's own error, as `cause` (optional).
   */
  constructor(file: string, line: number, column: number, reason: string, options?: ErrorOptions) {
    super(`${file}:${line}:${column}: ${reason}`, options)
    this.name = 'DocumentError'
    this.file = file
    this.line = line
    this.column = column
  }
}
