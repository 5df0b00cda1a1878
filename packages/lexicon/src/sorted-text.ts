// Look-ups in the text of a data file whose lines `key<TAB>…` the build sorted by key (in
// JavaScript's string order): a binary search over line starts found as it goes, so nothing is
// parsed at load.

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

/** The start of the first line whose first field is not below `key` (binary search). */
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
