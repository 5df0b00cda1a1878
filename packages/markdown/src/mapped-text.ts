import { checkString } from './arguments.js'

/**
 * Text with a map back to the source it was read from: what every fonte checker reads (the prose
 * of a Markdown file, an XLIFF `<target>`, a PO `msgstr`), so its findings point into the file.
 * Offsets are UTF-16 code unit indices, as JavaScript strings count them.
 */
export interface MappedText {
  /** The text as checked. */
  text: string
  /**
   * The source offset of the character at `offset` in `text`; `text.length` (or more) maps to
   * the end of the source the text was read from, a negative offset as `0`.
   */
  toSource: (offset: number) => number
  /**
   * The source range of `text.slice(start, end)`: `[toSource(start), toSource(end - 1) + 1]`,
   * so a span that crosses markup (`**difesa** reciproca`) covers the markup too; an empty span
   * is `[toSource(start), toSource(start)]`.
   */
  toSourceRange: (start: number, end: number) => [number, number]
}

/**
 * Build a `MappedText` piece by piece, in linear time: pieces are collected and joined once by
 * `build`, and offsets are kept as runs (a run of characters at consecutive source offsets is
 * three numbers, whatever its length), not one number per character.
 *
 * @example
 *   const builder = new MappedTextBuilder()
 *   builder.appendVerbatim('la ', 0) // source 'la **difesa**': 'la ' is at 0
 *   builder.appendVerbatim('difesa', 5)
 *   builder.build().toSourceRange(0, 9) // [0, 11]
 */
export class MappedTextBuilder {
  // The text: pieces appended since the last chunk, and chunks of joined pieces before them.
  private readonly chunks: string[] = []
  private readonly parts: string[] = []
  private size = 0
  // Run `index` covers text offsets [at[index], at[index + 1]) (or to `size`).
  private readonly at: number[] = []
  private readonly source: number[] = []
  // The source end of a run; for a verbatim run `source + length`, for a span its own end.
  private readonly sourceEnd: number[] = []
  // 1 where every character of the run stands at `source` (a span), 0 where verbatim.
  private readonly span: number[] = []

  /** Length of the text so far, in UTF-16 code units. */
  get length(): number {
    return this.size
  }

  /**
   * Append characters that stand at consecutive source offsets, the first at `sourceOffset`:
   * text copied from the source as it is.
   *
   * @param value - The characters.
   * @param sourceOffset - Source offset of the first.
   * @returns The builder.
   */
  appendVerbatim(value: string, sourceOffset: number): this {
    if (value.length === 0) return this
    this.run(value.length, sourceOffset, sourceOffset + value.length, 0)
    this.push(value)
    return this
  }

  /**
   * Append characters each at its own source offset: text decoded from the source (escapes,
   * character references, entities, a line continuation skipped).
   *
   * @param value - The characters.
   * @param sourceOffsets - Source offset of each UTF-16 code unit of `value` (same length).
   * @param sourceEnd - Where the source of `value` ends (default: last offset + 1).
   * @returns The builder.
   * @throws {RangeError} When `sourceOffsets` is not as long as `value`.
   */
  appendMapped(value: string, sourceOffsets: ArrayLike<number>, sourceEnd?: number): this {
    if (sourceOffsets.length !== value.length) {
      throw new RangeError(
        `\`appendMapped\` expects one source offset per code unit: got ${sourceOffsets.length} for ${value.length}`,
      )
    }
    let from = 0
    for (let index = 1; index <= value.length; index++) {
      const previous = sourceOffsets[index - 1] as number
      if (index < value.length && sourceOffsets[index] === previous + 1) continue
      const first = sourceOffsets[from] as number
      const isLast = index === value.length
      this.run(index - from, first, isLast && sourceEnd !== undefined ? sourceEnd : previous + 1, 0)
      from = index
    }
    this.push(value)
    return this
  }

  /**
   * Append characters that stand together for a whole source range: a separator between blocks
   * (an empty range), a line break for `  \n`. Every character maps to `sourceStart`.
   *
   * @param value - The characters.
   * @param sourceStart - Start of the source range they stand for.
   * @param sourceEnd - End of that range (default: `sourceStart`).
   * @returns The builder.
   */
  appendSpan(value: string, sourceStart: number, sourceEnd = sourceStart): this {
    if (value.length === 0) return this
    this.run(value.length, sourceStart, sourceEnd, 1)
    this.push(value)
    return this
  }

  /**
   * Append a `barrier` (U+FFFC) standing for a source range no term or sentence may be read
   * across: code, raw HTML, an inline XLIFF tag.
   *
   * @param sourceStart - Start of the range left out.
   * @param sourceEnd - End of that range (default: `sourceStart + 1`).
   * @returns The builder.
   */
  appendBarrier(sourceStart: number, sourceEnd = sourceStart + 1): this {
    return this.appendSpan(barrier, sourceStart, sourceEnd)
  }

  /**
   * Whether the text so far ends with `suffix`, read from the last pieces (the text is not joined).
   *
   * @param suffix - The characters.
   */
  endsWith(suffix: string): boolean {
    if (suffix.length > this.size) return false
    let tail = ''
    const pieces = [this.parts, this.chunks]
    for (const list of pieces) {
      for (let index = list.length - 1; index >= 0 && tail.length < suffix.length; index--) {
        // Only the characters needed: a chunk may be long, and reading all of it is not linear.
        tail = (list[index] as string).slice(tail.length - suffix.length) + tail
      }
    }
    return tail.endsWith(suffix)
  }

  /**
   * The text and its map. The builder may go on being appended to; the text built is not changed.
   *
   * @returns The mapped text.
   */
  build(): MappedText {
    this.chunk()
    if (this.chunks.length > 1) this.chunks.splice(0, this.chunks.length, this.chunks.join(''))
    const text = this.chunks[0] ?? ''
    const count = this.at.length
    const at = Int32Array.from(this.at)
    const source = Int32Array.from(this.source)
    const span = Uint8Array.from(this.span)
    const end = count > 0 ? (this.sourceEnd[count - 1] as number) : 0
    const toSource = (offset: number): number => {
      if (count === 0) return 0
      if (offset >= text.length) return end
      const index = lastAtOrBefore(at, Math.max(0, offset))
      const start = source[index] as number
      return span[index] === 1 ? start : start + Math.max(0, offset) - (at[index] as number)
    }
    return { text, toSource, toSourceRange: rangeOf(toSource) }
  }

  private run(length: number, sourceStart: number, sourceEnd: number, isSpan: number): void {
    const last = this.at.length - 1
    // A verbatim run that continues the last one in both text and source extends it.
    if (
      isSpan === 0 &&
      last >= 0 &&
      this.span[last] === 0 &&
      this.sourceEnd[last] === sourceStart
    ) {
      this.sourceEnd[last] = sourceEnd
      this.size += length
      return
    }
    this.at.push(this.size)
    this.source.push(sourceStart)
    this.sourceEnd.push(sourceEnd)
    this.span.push(isSpan)
    this.size += length
  }

  private push(value: string): void {
    this.parts.push(value)
    // Join now and then so that many tiny pieces do not hold many tiny strings; each piece is
    // joined once here and once in `build`, never again.
    if (this.parts.length >= 4096) this.chunk()
  }

  private chunk(): void {
    if (this.parts.length === 0) return
    this.chunks.push(this.parts.join(''))
    this.parts.length = 0
  }
}

/**
 * Stands where code or raw HTML was, so that no term or sentence is read across it: an object
 * replacement character, which is neither a letter nor whitespace.
 */
export const barrier = '\uFFFC'

/**
 * Text that is its own source, or a slice of it: every offset maps to itself plus `sourceOffset`.
 *
 * @param text - The text.
 * @param sourceOffset - Source offset of the text's first character (default: `0`).
 * @returns The mapped text.
 */
export function verbatimText(text: string, sourceOffset = 0): MappedText {
  checkString('verbatimText', 'text', text)
  const toSource = (offset: number) => sourceOffset + Math.min(Math.max(0, offset), text.length)
  return { text, toSource, toSourceRange: rangeOf(toSource) }
}

/**
 * A mapped text whose source is itself a slice of a larger source: offsets are moved by `delta`
 * (the slice's start), e.g. a body read below front matter, mapped back into the whole file.
 *
 * @param mapped - The mapped text, its offsets into the slice.
 * @param delta - Offset of the slice in the larger source.
 * @returns The same text, its offsets into the larger source.
 */
export function shiftMappedText<T extends MappedText>(mapped: T, delta: number): T {
  if (delta === 0) return mapped
  const toSource = (offset: number) => mapped.toSource(offset) + delta
  return { ...mapped, toSource, toSourceRange: rangeOf(toSource) }
}

function rangeOf(toSource: (offset: number) => number): MappedText['toSourceRange'] {
  return (start, end) => {
    const from = toSource(start)
    return end <= start ? [from, from] : [from, toSource(end - 1) + 1]
  }
}

/** Index of the last entry of `sorted` at or before `value` (the first when none is). */
function lastAtOrBefore(sorted: Int32Array, value: number): number {
  let low = 0
  let high = sorted.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((sorted[middle] as number) <= value) low = middle
    else high = middle - 1
  }
  return low
}
