/**
 * A stretch of target-language text to check, with the map back to the file it came from and,
 * where known, the source-language text it translates.
 */
export interface Segment {
  /** The target text as checked (prose of a Markdown file, a `<target>`, a `msgstr`). */
  text: string
  /** The file offset of the character at `offset` in `text`. */
  toFile: (offset: number) => number
  /** The file range of `text.slice(start, end)`. */
  toFileRange: (start: number, end: number) => [number, number]
  /** The source-language text this segment translates, when known. */
  source?: string | undefined
  /** A name for the segment in messages (an XLIFF unit id, a PO msgid). */
  id?: string | undefined
  /**
   * The file range of the entry the segment belongs to (a PO entry with its comments, an XLIFF
   * unit), for disable comments that reach a whole entry (optional).
   */
  entry?: [number, number] | undefined
}
