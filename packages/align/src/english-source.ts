import {
  DefaultAbbrMarkerOptions,
  DefaultSentenceSplitterOptions,
  split as splitEnglish,
} from 'sentence-splitter'
import { blankFrontMatter } from '@fonte/markdown'
import { checkString } from './arguments.js'

/** A range of an English source, UTF-16 offsets into the text as read (`end` exclusive). */
export interface SourceSpan {
  start: number
  end: number
}

/** A sentence of an English source, with the quotations that overlap it. */
export interface SourceSentence extends SourceSpan {
  /** The sentence, exactly `text.slice(start, end)` of the source. */
  text: string
  /** Index of the unit (paragraph, or line of a one-sentence-a-line text) it belongs to. */
  unit: number
  /** Indices into `EnglishDocument.quotes` of the quotations that overlap it, in order. */
  quotes: number[]
}

/** A quotation of an English source: the text inside double quotation marks. */
export interface SourceQuote extends SourceSpan {
  /** Whether the closing mark was found in its unit (else the quotation runs to the unit's end). */
  closed: boolean
}

/** An English source cut into units, sentences and quotations, offsets into the text as read. */
export interface EnglishDocument {
  file: string
  text: string
  /** Paragraphs, or lines where the text is written one sentence or headline a line. */
  units: SourceSpan[]
  sentences: SourceSentence[]
  quotes: SourceQuote[]
}

const blank = (length: number) => ' '.repeat(length)

/**
 * The text with its Markdown markup blanked out, same length: front matter, headings, bare links,
 * link targets, emphasis marks, HTML tags, list and block-quote markers. Blanking instead of
 * removing keeps every offset exact; headings name where a passage was read, they are not it.
 */
export function maskMarkup(text: string): string {
  let masked = blankFrontMatter(text)
  const replace = (pattern: RegExp, keep?: (found: RegExpExecArray) => string) => {
    masked = masked.replace(pattern, (...args: unknown[]) => {
      const found = args.slice(0, -2) as unknown as RegExpExecArray
      const whole = found[0]
      return keep ? keep(found) : whole.replace(/[^\r\n]/g, ' ')
    })
  }
  replace(/^[ \t]{0,3}#{1,6}(?:[ \t][^\r\n]*)?$/gm)
  replace(/^[ \t]*(?:={3,}|-{3,}|\*{3,}|_{3,})[ \t]*$/gm)
  replace(/^[ \t]*<?(?:https?|ftp):\/\/\S+>?[ \t]*$/gm)
  replace(/^[ \t]*```[^\r\n]*$/gm)
  // [words](target): keep the words, blank the brackets and the target.
  replace(
    /\[([^\]\r\n]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g,
    (found) => ` ${found[1] ?? ''}${blank(found[0].length - (found[1] ?? '').length - 1)}`,
  )
  replace(/<(?:https?|ftp):\/\/[^>\s]*>|(?:https?|ftp):\/\/\S+/g)
  replace(/<\/?[A-Za-z][^>\r\n]*>/g)
  replace(/^([ \t]*)(?:>[ \t]?)+/gm, (found) => blank(found[0].length))
  replace(/^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+/gm, (found) => blank(found[0].length))
  replace(/(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)/g)
  replace(/(?<![\p{L}\p{N}*])\*(?=\S)|(?<=\S)\*(?![\p{L}\p{N}*])/gu)
  return masked
}

// A line that closes a unit when the text is written one sentence or headline a line: it ends
// with sentence-final punctuation (a closing quotation mark may follow).
const endsSentence = /[.!?…:]["'”’»)\]]*\s*$/u
const startsUnit = /^\s*[\p{Lu}\p{N}"“‘'«(\-—–]/u

/**
 * Whether the lines of a paragraph are units of their own: when most line breaks follow a full
 * stop or come before a capital, the text is one sentence or headline a line; hard-wrapped prose
 * breaks lines mid-sentence, mostly before a lower-case word.
 */
function linesAreUnits(lines: readonly string[]): boolean {
  if (lines.length < 2) return false
  let breaks = 0
  let unitBreaks = 0
  for (let index = 0; index < lines.length - 1; index++) {
    breaks++
    const line = lines[index] as string
    const next = lines[index + 1] as string
    if (endsSentence.test(line) || (startsUnit.test(next) && line.trim().length < 160)) unitBreaks++
  }
  return unitBreaks >= 0.75 * breaks
}

/** The units of a masked text: its paragraphs, each cut at its lines when they are units. */
function findUnits(masked: string): SourceSpan[] {
  const units: SourceSpan[] = []
  const paragraph = /[^\r\n]*\S[^\r\n]*(?:\r?\n[^\r\n]*\S[^\r\n]*)*/g
  let found: RegExpExecArray | null
  while ((found = paragraph.exec(masked))) {
    const at = found.index
    const lines = found[0].split('\n')
    if (linesAreUnits(lines)) {
      let offset = at
      for (const line of lines) {
        pushTrimmed(units, masked, offset, offset + line.length)
        offset += line.length + 1
      }
    } else {
      pushTrimmed(units, masked, at, at + found[0].length)
    }
  }
  return units
}

function pushTrimmed(into: SourceSpan[], text: string, start: number, end: number): void {
  let from = start
  let to = end
  while (from < to && /\s/.test(text[from] as string)) from++
  while (to > from && /\s/.test(text[to - 1] as string)) to--
  if (to > from) into.push({ start: from, end: to })
}

const openers = new Set(['"', '“', '„', '«'])
const closers = new Set(['"', '”', '»'])

/**
 * The double-quoted quotations of a unit. Marks pair in order whatever their shape (`“…"`,
 * `"…”` as copy that went through several systems has them); a mark left open runs to the end
 * of its unit and no further.
 */
function findQuotes(masked: string, unit: SourceSpan): SourceQuote[] {
  const quotes: SourceQuote[] = []
  let open = -1
  for (let index = unit.start; index < unit.end; index++) {
    const mark = masked[index] as string
    if (open === -1 && openers.has(mark)) {
      // A straight mark glued to the end of a word closes nothing and opens nothing (`12"`).
      if (mark === '"' && /[\p{L}\p{N}]/u.test(masked[index - 1] ?? ' ')) continue
      open = index + 1
    } else if (open !== -1 && closers.has(mark)) {
      pushQuote(quotes, masked, open, index, true)
      open = -1
    } else if (open !== -1 && mark === '“' && /\s/.test(masked[index - 1] ?? ' ')) {
      // “ after a space inside an open quotation: the previous one was never closed.
      pushQuote(quotes, masked, open, index, false)
      open = index + 1
    }
  }
  if (open !== -1) pushQuote(quotes, masked, open, unit.end, false)
  return quotes
}

function pushQuote(
  into: SourceQuote[],
  text: string,
  start: number,
  end: number,
  closed: boolean,
): void {
  const spans: SourceSpan[] = []
  pushTrimmed(spans, text, start, end)
  const [span] = spans
  if (span && /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) into.push({ ...span, closed })
}

/**
 * Cut an English source (plain text or Markdown) into units, sentences and quotations, with
 * offsets into the text as read. A line break ends a unit when the paragraph is written one
 * sentence or headline a line; a quotation mark left open never reaches past its unit;
 * front matter, headings, bare links and link targets are not text.
 *
 * @param file - The source's name, kept in the result.
 * @param text - The source as read.
 * @returns The document, its sentences in order.
 */
export function segmentEnglish(file: string, text: string): EnglishDocument {
  checkString('segmentEnglish', 'file', file)
  checkString('segmentEnglish', 'text', text)
  const masked = maskMarkup(text)
  const units = findUnits(masked)
  const sentences: SourceSentence[] = []
  const quotes: SourceQuote[] = []
  units.forEach((unit, unitIndex) => {
    const unitQuotes = findQuotes(masked, unit)
    const firstQuote = quotes.length
    quotes.push(...unitQuotes)
    for (const [from, to] of unitSentences(masked.slice(unit.start, unit.end))) {
      const spans: SourceSpan[] = []
      pushTrimmed(spans, masked, unit.start + from, unit.start + to)
      const [span] = spans
      if (!span || !/[\p{L}\p{N}]/u.test(masked.slice(span.start, span.end))) continue
      const inside: number[] = []
      unitQuotes.forEach((quote, index) => {
        if (quote.start < span.end && span.start < quote.end) inside.push(firstQuote + index)
      })
      sentences.push({
        ...span,
        text: text.slice(span.start, span.end),
        unit: unitIndex,
        quotes: inside,
      })
    }
  })
  return { file, text, units, sentences, quotes }
}

// What sentence-splitter ends a sentence at: a unit with none of them is one sentence, whole.
const separators = new Set<string>(DefaultSentenceSplitterOptions.separatorCharacters)

/**
 * The ranges of the sentences sentence-splitter finds in a unit (trimmed, not empty), as its
 * `split` gives them, at a fraction of the cost: a unit without a separator is one sentence, the
 * whole unit, without running it (it closes a sentence only at one); and it is given only the
 * abbreviations that occur in the unit (`abbreviationsIn`).
 */
function unitSentences(unit: string): Array<readonly [number, number]> {
  if (![...separators].some((separator) => unit.includes(separator))) return [[0, unit.length]]
  const ranges: Array<readonly [number, number]> = []
  for (const node of splitEnglish(unit, { AbbrMarker: { language: abbreviationsIn(unit) } }))
    if (node.type === 'Sentence') ranges.push(node.range)
  return ranges
}

const english = DefaultAbbrMarkerOptions.language
type WordList = 'ABBREVIATIONS' | 'PREPOSITIVE_ABBREVIATIONS' | 'EXCLAMATION_WORDS'
const wordLists: WordList[] = ['ABBREVIATIONS', 'PREPOSITIVE_ABBREVIATIONS', 'EXCLAMATION_WORDS']
const lowerLists = wordLists.map(
  (list) => [list, english[list].map((word) => [word, word.toLowerCase()] as const)] as const,
)
// Each entry of ASCII: its lower case is in a text's lower case wherever a word equals it.
const asciiLists = lowerLists.every(([, words]) =>
  words.every(([word]) => /^[\x20-\x7E]*$/.test(word)),
)

/**
 * sentence-splitter's English with only the abbreviations and exclamation words whose lower case
 * occurs in the unit's: its abbreviation marker compares each word of the unit with every entry
 * (two `toLowerCase` each, ~470 a word), and no entry left out can equal a word of the unit, so
 * the unit splits as with the whole lists.
 */
function abbreviationsIn(unit: string): typeof english {
  if (!asciiLists) return english
  const lower = unit.toLowerCase()
  const language = { ...english }
  for (const [list, words] of lowerLists)
    language[list] = words.filter(([, word]) => lower.includes(word)).map(([word]) => word)
  return language
}

/**
 * Frequent function words of English and of the languages an English source is most often
 * confused with in an Italian newsroom (the article itself, a French or Spanish wire).
 * Source: the most frequent words of each language, written out by hand.
 */
const languageMarkers: Record<string, ReadonlySet<string>> = {
  en: new Set(
    'the of and to in is that for on with was said by as at from it are be has have'.split(' '),
  ),
  it: new Set(
    'il di che la per un non del della è sono gli le dei delle una nel alla anche ha'.split(' '),
  ),
  fr: new Set('le de et les des est une dans que pour qui pas sur au du avec ce il'.split(' ')),
  es: new Set('el de que y los las del en es una por con para se al lo como su'.split(' ')),
}

/** The largest English source read, in characters: more is not one story or one day of wire. */
export const maxSourceLength = 20_000_000

/**
 * What makes a text unusable as an English source, or `null` when it is fine: empty, binary,
 * too large, or written in another language (by its most frequent function words).
 *
 * @param text - The source as read.
 * @returns A short reason (`is empty`, `looks binary`, `looks Italian, not English`…), or `null`.
 */
export function englishSourceProblem(text: string): string | null {
  checkString('englishSourceProblem', 'text', text)
  if (text.length > maxSourceLength)
    return `is too large (${(text.length / 1e6).toFixed(0)} million characters; at most ${maxSourceLength / 1e6} million)`
  const sample = text.slice(0, 200_000)
  if (
    sample.includes(String.fromCharCode(0)) ||
    (sample.match(/\uFFFD/g)?.length ?? 0) > sample.length / 100
  )
    return 'looks binary, not text'
  const words =
    maskMarkup(sample)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  if (words.length === 0) return 'has no text'
  const counts = Object.fromEntries(
    Object.entries(languageMarkers).map(([language, markers]) => [
      language,
      words.filter((word) => markers.has(word)).length,
    ]),
  )
  const english = counts.en ?? 0
  const [other, most] = Object.entries(counts)
    .filter(([language]) => language !== 'en')
    .sort((a, b) => b[1] - a[1])[0] as [string, number]
  const names: Record<string, string> = { it: 'Italian', fr: 'French', es: 'Spanish' }
  if (most >= 3 && most > 2 * english) return `looks ${names[other] ?? other}, not English`
  return null
}
