import { assertString } from './validate.js'
/**
 * What stands between two word tokens: a space (any run of whitespace within one paragraph), a
 * hyphen, an apostrophe (straight or typographic, as in elision: `dell’ONU`), or a break
 * (punctuation, a blank line, a code span) that no term may span.
 */
export type Separator = ' ' | '-' | "'" | '|'

/** A word of a text, with its place and the separator before it. */
export interface Token {
  /** The word as written. */
  text: string
  /** The word in NFC, lower case: what case-insensitive matching compares. */
  key: string
  /** Offset of the word's first code unit. */
  start: number
  /** Offset just past the word. */
  end: number
  /** What stands between this word and the previous one (`'|'` for the first word). */
  before: Separator
}

const nonAscii = /[^ -~\t\n\r]/
// Characters that do not show: soft hyphen, zero-width space, joiners, word joiner, BOM. Inside a
// word they are part of it (offsets stay those of the text) but not of its key, so `impo\u00ADstare`
// is `impostare`.
const ignorable = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
const hasIgnorable = /[\u00AD\u200B-\u200D\u2060\uFEFF]/

function isIgnorable(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff
}

/** The key a word is compared by when case does not matter. */
export function keyOf(text: string): string {
  if (!nonAscii.test(text)) return text.toLowerCase()
  return text.replace(ignorable, '').normalize('NFC').toLowerCase()
}

/** A word as written, without the invisible characters inside it, in NFC. */
export function visibleOf(text: string): string {
  return text.replace(ignorable, '').normalize('NFC')
}

/**
 * The words of a text as typed arrays: what the matcher walks, without an object or a retained
 * string per word (on a megabyte of text those would cost more in garbage collection than the
 * matching itself).
 */
export class WordTable {
  /** Number of words. */
  length = 0
  /** Offset of each word's first code unit. */
  readonly starts: Int32Array
  /** Offset just past each word. */
  readonly ends: Int32Array
  /** The separator before each word, as an index into `separators`. */
  readonly befores: Uint8Array
  private readonly text: string
  private readonly lower: string
  private readonly sliceKeys: boolean

  /** @param text - The text to cut into words. */
  constructor(text: string) {
    this.text = text
    // Lower-casing the whole text keeps offsets when no character changes length (one can:
    // `İ` lower-cases to two code units); only decomposed text needs normalising per word.
    const lower = text.toLowerCase()
    this.lower = lower
    this.sliceKeys =
      lower.length === text.length && text.normalize('NFC') === text && !hasIgnorable.test(text)
    // Words are separated by at least one code unit, so there are at most half as many.
    const capacity = (text.length >> 1) + 1
    this.starts = new Int32Array(capacity)
    this.ends = new Int32Array(capacity)
    this.befores = new Uint8Array(capacity)
    let previousEnd = -1
    let position = 0
    const length = text.length
    // A character-code scan rather than `RegExp#exec`, which allocates a match per word; ASCII
    // letters and digits are decided inline, anything else by `wordCharWidth`.
    while (position < length) {
      let code = text.charCodeAt(position)
      let width = code < 128 ? (isAsciiWordChar(code) ? 1 : 0) : wordCharWidth(text, position)
      if (width === 0) {
        position++
        continue
      }
      const start = position
      do {
        position += width
        if (position >= length) break
        code = text.charCodeAt(position)
        width = code < 128 ? (isAsciiWordChar(code) ? 1 : 0) : wordCharWidth(text, position)
        // An invisible character between two letters joins them.
        if (
          width === 0 &&
          isIgnorable(code) &&
          position + 1 < length &&
          wordCharWidth(text, position + 1) > 0
        )
          width = 1
      } while (width > 0)
      const index = this.length++
      this.starts[index] = start
      this.ends[index] = position
      this.befores[index] = previousEnd < 0 ? 0 : separatorIndex(text, previousEnd, start)
      previousEnd = position
    }
  }

  /** The lower-case text, when word keys can be read from it by offset (see `keyAt`). */
  get lowerText(): string | undefined {
    return this.sliceKeys ? this.lower : undefined
  }

  /** The word at `index` as written. */
  textAt(index: number): string {
    return this.text.slice(this.starts[index], this.ends[index])
  }

  /** The word at `index` in NFC, lower case. */
  keyAt(index: number): string {
    return this.sliceKeys
      ? this.lower.slice(this.starts[index], this.ends[index])
      : keyOf(this.textAt(index))
  }

  /** The separator before the word at `index`. */
  beforeAt(index: number): Separator {
    return separators[this.befores[index] as number] as Separator
  }
}

const wordChar = /[\p{L}\p{M}\p{N}]/u
const wordCharCache = new Map<number, boolean>()

/**
 * How many code units the word character at `at` takes (1, or 2 for an astral letter), or 0
 * when the character there is not a letter, combining mark or digit.
 */
function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

function wordCharWidth(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code < 128) return isAsciiWordChar(code) ? 1 : 0
  let point = code
  let width = 1
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1)
    if (low >= 0xdc00 && low <= 0xdfff) {
      point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
      width = 2
    }
  }
  let isWord = wordCharCache.get(point)
  if (isWord === undefined) {
    isWord = wordChar.test(String.fromCodePoint(point))
    if (wordCharCache.size < 65536) wordCharCache.set(point, isWord)
  }
  return isWord ? width : 0
}

/** Separators by their index in a `WordTable`. */
export const separators: readonly Separator[] = ['|', ' ', '-', "'"]

/**
 * Cut text into word tokens, Unicode-aware (`\p{L}`, not `\b`, so `neutralità` is one word), each
 * with the separator before it.
 */
export function tokenize(text: string): Token[] {
  assertString('tokenize', 'text', text)
  const table = new WordTable(text)
  const tokens: Token[] = []
  for (let index = 0; index < table.length; index++) {
    tokens.push({
      text: table.textAt(index),
      key: table.keyAt(index),
      start: table.starts[index] as number,
      end: table.ends[index] as number,
      before: table.beforeAt(index),
    })
  }
  return tokens
}

/** The separator between two words, as its index in `separators`. */
function separatorIndex(text: string, from: number, to: number): number {
  if (to - from === 1) {
    const code = text.charCodeAt(from)
    if (code === 32) return 1
    if (code === 45 || code === 0x2010 || code === 0x2011) return 2
    if (code === 39 || code === 0x2019 || code === 0x02bc) return 3
  }
  // Whitespace only, and at most one line break: a blank line ends a paragraph, and no term
  // reads across it or across punctuation.
  let breaks = 0
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) {
      if (++breaks > 1) return 0
    } else if (!isSpace(code)) {
      return 0
    }
  }
  return 1
}

/** Whether a code unit is whitespace as `\s` reads it. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
