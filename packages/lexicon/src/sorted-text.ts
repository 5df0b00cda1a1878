// Look-ups in the text of a data file whose lines `key<TAB>…` the build sorted by key (in
// JavaScript's string order): a binary search over line starts found as it goes, so nothing is
// parsed at load. The same over a file's bytes, undecoded, when the build also checked the keys
// are in UTF-8 byte order (the code point order: JavaScript's unless a key has a character above
// U+D7FF).

/** The number written in `text` from `start` to `end` (ASCII digits; NaN for anything else). */
export function numberAt(text: string, start: number, end: number): number {
  if (start >= end) return Number(text.slice(start, end))
  let value = 0
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - 48
    if (digit < 0 || digit > 9) return Number(text.slice(start, end))
    value = value * 10 + digit
  }
  return value
}

/** The end of the field starting at `start`: the next tab or line end. */
export function fieldEnd(text: string, start: number): number {
  const tab = text.indexOf('\t', start)
  const line = text.indexOf('\n', start)
  const end = line === -1 ? text.length : line
  return tab === -1 || tab > end ? end : tab
}

/** The start of the line after the one containing `position`. */
export function nextLine(text: string, position: number): number {
  const end = text.indexOf('\n', position)
  return end === -1 ? text.length : end + 1
}

/**
 * The start of the first line whose first field is not below `key` (binary search; each field
 * compared as a string, natively: a loop over its letters cost more in code V8 has not optimised,
 * a fresh process's).
 */
export function lowerBound(text: string, key: string): number {
  let low = 0
  let high = text.length
  while (low < high) {
    const middle = text.lastIndexOf('\n', ((low + high) >>> 1) - 1) + 1
    const start = Math.max(middle, low)
    if (text.slice(start, fieldEnd(text, start)) < key) low = nextLine(text, start)
    else high = start
  }
  return low
}

/** The end of the key of the line starting at `start` in `bytes`: the next tab or line end. */
export function byteFieldEnd(bytes: Buffer, start: number): number {
  const line = nextByteLine(bytes, start)
  const end = line > start && bytes[line - 1] === 10 ? line - 1 : line
  const tab = bytes.indexOf(9, start)
  return tab === -1 || tab > end ? end : tab
}

/** The start of the line after the one containing `position` in `bytes`. */
export function nextByteLine(bytes: Buffer, position: number): number {
  const end = bytes.indexOf(10, position)
  return end === -1 ? bytes.length : end + 1
}

/**
 * The start of the first line of `bytes` whose first field is not below `key` (the key's UTF-8
 * bytes; binary search, compared as bytes).
 */
export function byteLowerBound(bytes: Buffer, key: Buffer): number {
  let low = 0
  let high = bytes.length
  while (low < high) {
    const half = (low + high) >>> 1
    // `lastIndexOf` counts a negative offset from the end: the search stops at the start.
    const middle = half === 0 ? 0 : bytes.lastIndexOf(10, half - 1) + 1
    const start = Math.max(middle, low)
    if (bytes.compare(key, 0, key.length, start, byteFieldEnd(bytes, start)) < 0)
      low = nextByteLine(bytes, start)
    else high = start
  }
  return low
}
