import type { MappedText } from '@fonte/markdown'

/**
 * A stretch of target-language text to check, with the map back to the file it came from
 * (`toSource`, `toSourceRange`: `@fonte/markdown`'s offset-mapped text) and, where known, the
 * source-language text it translates.
 */
export interface Segment extends MappedText {
  /** The source-language text this segment translates, when known. */
  source?: string | undefined
  /** A name for the segment in messages (an XLIFF unit id, a PO msgid). */
  id?: string | undefined
  /**
   * The file range of the entry the segment belongs to (a PO entry with its comments, an XLIFF
   * unit), for disable comments that reach a whole entry (optional).
   */
  entry?: [number, number] | undefined
  /**
   * The file offset of the character at `offset` in `text`.
   *
   * @deprecated The same function as `toSource`; use that.
   */
  toFile: (offset: number) => number
  /**
   * The file range of `text.slice(start, end)`.
   *
   * @deprecated The same function as `toSourceRange`; use that.
   */
  toFileRange: (start: number, end: number) => [number, number]
}

/**
 * A segment over mapped text, with the fields that are defined (module-internal: how the readers
 * make their segments, the old method names included).
 */
export function toSegment(
  mapped: MappedText,
  fields: Pick<Segment, 'source' | 'id' | 'entry'> = {},
): Segment {
  const segment: Segment = {
    text: mapped.text,
    toSource: mapped.toSource,
    toSourceRange: mapped.toSourceRange,
    toFile: mapped.toSource,
    toFileRange: mapped.toSourceRange,
  }
  if (fields.source !== undefined) segment.source = fields.source
  if (fields.id !== undefined) segment.id = fields.id
  if (fields.entry !== undefined) segment.entry = fields.entry
  return segment
}
