import type { Segment } from '../segment.js'

/** Text built piece by piece, each character remembering its offset in the file. */
export class MappedText {
  text = ''
  private readonly offsets: number[] = []

  /** Append characters that stand at consecutive file offsets from `fileOffset`. */
  appendVerbatim(value: string, fileOffset: number): void {
    for (let index = 0; index < value.length; index++) this.offsets.push(fileOffset + index)
    this.text += value
  }

  /** Append characters, each at its own file offset. */
  appendMapped(value: string, fileOffsets: readonly number[]): void {
    this.offsets.push(...fileOffsets)
    this.text += value
  }

  /** A segment over the text built so far. */
  toSegment(fields: Pick<Segment, 'source' | 'id'>): Segment {
    const offsets = this.offsets
    const end = offsets.length > 0 ? (offsets.at(-1) as number) + 1 : 0
    const toFile = (offset: number) => (offset < offsets.length ? (offsets[offset] as number) : end)
    const segment: Segment = {
      text: this.text,
      toFile,
      toFileRange: (start, stop) =>
        stop <= start ? [toFile(start), toFile(start)] : [toFile(start), toFile(stop - 1) + 1],
    }
    if (fields.source !== undefined) segment.source = fields.source
    if (fields.id !== undefined) segment.id = fields.id
    return segment
  }
}
