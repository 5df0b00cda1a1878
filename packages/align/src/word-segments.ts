// Word segments as `Intl.Segmenter` (ICU's word break rules, UAX #29) cuts them, without making
// a segmenter for the text most renderings are: making one loads ICU's word-break data, ~15 ms
// of CPU in a `fonte report` of a few articles, whose word diffs then take well under a
// millisecond. For the letters, digits, spaces and punctuation of Italian and English news, UAX
// #29's rules are a handful, written out below; a text with any other character (other scripts,
// soft hyphens, underscores, emoji, combining marks) goes to the segmenter, whose answer is the
// reference. The test compares both on every character of `plainText` in context and on random
// and real text.

/**
 * The characters whose word-break class is certain here: Latin letters (`ALetter`) through
 * Latin Extended-B, ASCII digits (`Numeric`), `.` `'` `‘` `’` (`MidNumLet`, `Single_Quote`),
 * `:` (`MidLetter`), `,` `;` (`MidNum`), space (`WSegSpace`), line breaks, and punctuation and
 * symbols of class `Other` (the no-break space among them), which break on both sides.
 */
const plainText =
  /^[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F .,;:'\u2018\u2019\n\r\t!"#$%&()*+\-/<=>?@[\\\]^`{|}~\u00A0\u00AB\u00B0\u00BB\u2013\u2014\u201C\u201D\u2026\u20AC]*$/

// Word-break classes of `plainText`'s characters.
const other = 0
const letter = 1
const numeric = 2
const midNumLet = 3
const midLetter = 4
const midNum = 5
const space = 6
const lineFeed = 7
const carriageReturn = 8

function classOf(code: number): number {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code >= 0xc0) {
    // Above U+00BF, `plainText` lets through letters, and punctuation of U+2013 and beyond.
    return code <= 0x24f ? letter : other
  }
  if (code >= 0x30 && code <= 0x39) return numeric
  switch (code) {
    case 0x2e: // .
    case 0x27: // ' (Single_Quote joins as MidNumLet does, Hebrew letters aside)
      return midNumLet
    case 0x3a:
      return midLetter
    case 0x2c:
    case 0x3b:
      return midNum
    case 0x20:
      return space
    case 0x0a:
      return lineFeed
    case 0x0d:
      return carriageReturn
    default:
      return other
  }
}

// `classOf` answers `other` for U+2018 and U+2019 (above U+024F): they are MidNumLet.
function classAt(text: string, at: number): number {
  const code = text.charCodeAt(at)
  return code === 0x2018 || code === 0x2019 ? midNumLet : classOf(code)
}

let classes = new Uint8Array(256)

/**
 * Whether there is no word boundary between `at - 1` and `at` (UAX #29 rules WB3, WB3a/b, WB3d,
 * WB5 to WB12; the others concern characters `plainText` leaves out).
 */
function joins(kinds: Uint8Array, at: number, length: number): boolean {
  const before = kinds[at - 1] as number
  const after = kinds[at] as number
  if (before === carriageReturn && after === lineFeed) return true
  if (before >= lineFeed || after >= lineFeed) return false
  if (before === space) return after === space
  const word = (kind: number) => kind === letter || kind === numeric
  if (word(before) && word(after)) return true
  const next = at + 1 < length ? (kinds[at + 1] as number) : other
  const previous = at >= 2 ? (kinds[at - 2] as number) : other
  // WB6, WB7: a letter, `'` `.` `’` `:` and a letter.
  const letterMid = (kind: number) => kind === midLetter || kind === midNumLet
  if (before === letter && letterMid(after)) return next === letter
  if (letterMid(before) && after === letter) return previous === letter
  // WB11, WB12: a digit, `,` `;` `.` `'` `’` and a digit.
  const numberMid = (kind: number) => kind === midNum || kind === midNumLet
  if (before === numeric && numberMid(after)) return next === numeric
  if (numberMid(before) && after === numeric) return previous === numeric
  return false
}

/**
 * The segments `new Intl.Segmenter(…, { granularity: 'word' })` cuts `text` into, or `undefined`
 * when `text` has a character outside `plainText`, for the segmenter to cut.
 */
export function plainWordSegments(text: string): string[] | undefined {
  if (!plainText.test(text)) return undefined
  const length = text.length
  if (classes.length < length) classes = new Uint8Array(2 * length)
  for (let at = 0; at < length; at++) classes[at] = classAt(text, at)
  const segments: string[] = []
  let start = 0
  for (let at = 1; at < length; at++) {
    if (joins(classes, at, length)) continue
    segments.push(text.slice(start, at))
    start = at
  }
  if (length > 0) segments.push(text.slice(start))
  return segments
}
