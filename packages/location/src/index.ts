// Where an offset of a text lies, as an editor shows it: vfile-location's lines and columns
// (`\r\n`, `\r` and `\n` end a line; columns count UTF-16 code units from 1), except that a byte
// order mark opening the text is not a column. Editors hide the mark and ESLint drops it before it
// counts, so a finding on the first word of a file saved with one must say column 1, not 2.
// Offsets stay those of the text as read, the mark included: they are exact, columns are for people.
import { location as vfileLocation } from 'vfile-location'

/** A place in a text: 1-based line and column, 0-based UTF-16 offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** Converts between offsets and points of one text. */
export interface Location {
  /**
   * The point of an offset, or `undefined` when the offset is not in the text (below 0 or past
   * its end).
   */
  toPoint(offset: number): Point | undefined
  /**
   * The offset of a point, or `undefined` when the text has no such line or column (the end of a
   * line is its last column plus one).
   */
  toOffset(point: { line?: number | null; column?: number | null }): number | undefined
}

/** U+FEFF at the start of a text: a UTF-8 or UTF-16 byte order mark as decoded. */
const byteOrderMark = 0xfeff

/**
 * Index a text's line starts, to convert between offsets and points as an editor counts them.
 *
 * @param text - The text as read, a byte order mark kept; or anything whose `String()` is it (a
 *   `VFile`).
 * @returns The converters.
 */
export function location(text: string | { toString(): string }): Location {
  const value = String(text)
  const lines = vfileLocation(value)
  if (value.charCodeAt(0) !== byteOrderMark) {
    return {
      toPoint: (offset) => lines.toPoint(offset) as Point | undefined,
      toOffset: (point) => lines.toOffset(point),
    }
  }
  return {
    toPoint(offset) {
      const point = lines.toPoint(offset) as Point | undefined
      if (point === undefined || point.line !== 1 || offset === 0) return point
      return { ...point, column: point.column - 1 }
    },
    toOffset(point) {
      if (point.line !== 1 || typeof point.column !== 'number' || point.column < 1)
        return lines.toOffset(point)
      return lines.toOffset({ line: 1, column: point.column + 1 })
    },
  }
}
