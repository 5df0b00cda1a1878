import { argumentChecks, describer, isOffset, quoted, type ArgumentChecks } from '@fonte/arguments'
import {
  asciiCreditLines,
  bioWords,
  creditGuards,
  creditLines,
  navigationLines,
  teaserStarts,
} from './patterns.js'

/** What a boilerplate line is. */
export type BoilerplateKind = 'navigation' | 'teaser' | 'byline' | 'bio' | 'credit' | 'caption'

/** A line of page furniture in an article: not text of the article. */
export interface Boilerplate {
  /** UTF-16 offsets of the line (trimmed) in the text as given. */
  start: number
  end: number
  kind: BoilerplateKind
  text: string
}

interface Line {
  start: number
  end: number
  text: string
  /** The line without Markdown markup (`stripMarkup`). */
  stripped: string
  /** `stripped` in lower case, for comparisons. */
  plain: string
}

const navigation = new Set(navigationLines)
const bio = new Set(bioWords)
// A credit line naming a reporter is furniture only at the end of the copy.
const creditTail = 3

// A wrong argument is a `TypeError` naming the function, the argument, what it must be and what
// it got (issue #14), in @fonte/arguments' words; a value is named as these functions always
// named it (`got -1`, `got "Testo."`), a long string cut short and a function by its type.
const check: ArgumentChecks = argumentChecks(describer({ string: quoted(40), scalar: String }))

/**
 * Find the page furniture a scraper left in an article: navigation ("Back to top button",
 * "Ultime Notizie"), "read more" teasers and the headlines they list, bylines and author bios,
 * agency credit lines, and picture captions that are only a name. Whole lines only: a line is
 * furniture or text, never half of each.
 *
 * @param text - The article (Markdown or plain text).
 * @param from - Where its body starts (after front matter; default 0).
 * @returns The boilerplate lines, in order.
 * @throws {TypeError} When `text` is not a string or `from` not an offset.
 */
export function findBoilerplate(text: string, from = 0): Boilerplate[] {
  check.string('findBoilerplate', 'text', text)
  check.argument('findBoilerplate', 'from', from, 'an offset (a whole number, 0 or more)', isOffset)
  const lines = readLines(text, from)
  const kinds: Array<BoilerplateKind | undefined> = lines.map(() => undefined)
  let teaser = false
  lines.forEach((line, index) => {
    const kind = classify(line, lines, index, teaser)
    kinds[index] ??= kind
    if (kind === 'teaser') teaser = true
    else if (kind === undefined) teaser = false
    // A byline whose next line starts with the same name: that line is the author's bio.
    if (kind === 'byline') {
      const next = lines[index + 1]
      if (next && startsWithName(next, line)) kinds[index + 1] = 'bio'
    }
  })
  return lines.flatMap((line, index) => {
    const kind = kinds[index]
    return kind ? [{ start: line.start, end: line.end, kind, text: line.text }] : []
  })
}

function classify(
  line: Line,
  lines: readonly Line[],
  index: number,
  teaser: boolean,
): BoilerplateKind | undefined {
  if (navigation.has(line.plain.replace(/[:.]$/, ''))) return 'navigation'
  if (teaserStarts.some((pattern) => pattern.test(line.plain)) && isHeadline(line.plain))
    return 'teaser'
  if (teaser && isHeadline(line.plain)) return 'teaser'
  const last = index >= lines.length - creditTail
  const first = index < creditTail
  const plain = line.stripped
  if (isCredit(plain) && (last || isShort(line))) return 'credit'
  if (isName(plain)) {
    const next = lines[index + 1]
    if (first || last || (next && startsWithName(next, line))) return 'byline'
    return 'caption'
  }
  if (isGeneratedBio(line.plain)) return 'bio'
  return undefined
}

/**
 * Whether the line is a credit line: a pattern is tried only on a line its guard lets by, in its
 * ASCII form on a line of ASCII.
 */
function isCredit(plain: string): boolean {
  const patterns = asciiWord.test(plain) ? asciiCreditLines : creditLines
  return patterns.some((pattern, index) => {
    const guard = creditGuards[index]
    return (!guard || guard.test(plain)) && pattern.test(plain)
  })
}

function readLines(text: string, from: number): Line[] {
  const lines: Line[] = []
  const pattern = /[^\r\n]+/g
  pattern.lastIndex = from
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    const raw = match[0]
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (!trimmed) continue
    const start = match.index + lead
    const stripped = stripMarkup(trimmed)
    lines.push({
      start,
      end: start + trimmed.length,
      text: trimmed,
      stripped,
      plain: stripped.toLowerCase(),
    })
  }
  return lines
}

/** The line's words without Markdown: headings, list marks, emphasis, link syntax. */
function stripMarkup(line: string): string {
  return line
    .replace(/^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_~`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function isShort(line: Line): boolean {
  return line.plain.split(' ').length <= 30
}

/** A title rather than a sentence: short, and not ending as a sentence does. */
function isHeadline(plain: string): boolean {
  return plain.split(' ').length <= 30 && !/[.!?…:;,"”»]$/.test(plain)
}

const nameWord = /^\p{Lu}[\p{L}’'.-]*$/u
// On a word of ASCII (and ’) the Unicode classes are [A-Z] and [A-Za-z]: the same test without
// them, whose compiled code costs a few ms of CPU the first time.
const asciiWord = /^[\x20-\x7E’]*$/
const asciiNameWord = /^[A-Z][A-Za-z’'.-]*$/

function isNameWord(word: string): boolean {
  return asciiWord.test(word) ? asciiNameWord.test(word) : nameWord.test(word)
}

/** Two to four capitalised words and nothing else: a person's name. */
function isName(line: string): boolean {
  const words = line.split(' ')
  if (/[.!?]$/.test(line)) return false
  return words.length >= 2 && words.length <= 4 && line.length <= 40 && words.every(isNameWord)
}

/** Whether `line` opens with the name of `name` and goes on: a bio after a byline. */
function startsWithName(line: Line, name: Line): boolean {
  return line.stripped.startsWith(name.stripped) && line.text.length > name.stripped.length + 20
}

/** A paragraph of short fragments that mostly open with a bio noun ("Esperto di viaggi."). */
function isGeneratedBio(plain: string): boolean {
  const fragments = plain
    .replace(/^["“«]|["”»]$/g, '')
    .split(/[.!?]+/)
    .map((fragment) => fragment.trim())
    .filter(Boolean)
  if (fragments.length < 3 || fragments.some((fragment) => fragment.split(' ').length > 8))
    return false
  const opening = fragments.filter((fragment) => {
    const word = fragment.split(' ')[0] as string
    const first = asciiWord.test(word)
      ? word.replace(/[^A-Za-z]/g, '')
      : word.replace(/[^\p{L}]/gu, '')
    return bio.has(first)
  })
  return opening.length / fragments.length >= 0.6
}

/**
 * The text with each boilerplate line blanked to spaces, line breaks kept: offsets, lines and
 * columns stay those of the original, and a splitter or aligner reads no furniture.
 *
 * @param text - The article, as given to {@link findBoilerplate}.
 * @param boilerplate - What `findBoilerplate` found in `text`, in order.
 * @returns `text` with those lines blanked, of the same length.
 * @throws {TypeError} When `text` is not a string, or `boilerplate` not an array of spans of
 *   `text` in order.
 */
export function blankBoilerplate(text: string, boilerplate: readonly Boilerplate[]): string {
  check.string('blankBoilerplate', 'text', text)
  const results = 'an array of findBoilerplate results'
  check.argument('blankBoilerplate', 'boilerplate', boilerplate, results, Array.isArray)
  let blanked = ''
  let at = 0
  for (const line of boilerplate) {
    // A hand-made or stale entry would throw a raw TypeError or RangeError below (issue #14).
    if (!isSpanWithin(line, at, text.length)) {
      const expected = 'findBoilerplate results for `text`, in order'
      throw check.error('blankBoilerplate', 'boilerplate', expected, line)
    }
    blanked += text.slice(at, line.start) + ' '.repeat(line.end - line.start)
    at = line.end
  }
  return blanked + text.slice(at)
}

/** Whether `line` is a span with whole-number offsets from `from` to `to`, start before end. */
function isSpanWithin(line: unknown, from: number, to: number): boolean {
  const { start, end } = (line ?? {}) as { start?: unknown; end?: unknown }
  if (!Number.isInteger(start) || !Number.isInteger(end)) return false
  return from <= (start as number) && (start as number) <= (end as number) && (end as number) <= to
}
