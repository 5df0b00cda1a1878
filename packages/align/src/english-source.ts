import { DefaultAbbrMarkerOptions, DefaultSentenceSplitterOptions } from 'sentence-splitter'
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
// Every opener and closer: the marks `findQuotes` looks at.
const quotationMark = /["“„«”»]/g

/**
 * The double-quoted quotations of a unit. Marks pair in order whatever their shape (`“…"`,
 * `"…”` as copy that went through several systems has them); a mark left open runs to the end
 * of its unit and no further.
 */
function findQuotes(masked: string, unit: SourceSpan): SourceQuote[] {
  const quotes: SourceQuote[] = []
  let open = -1
  // Only quotation marks do anything: the scan jumps from one to the next, inside the unit
  // alone (searched in the whole text, a unit without marks would read to its end: quadratic).
  const text = masked.slice(unit.start, unit.end)
  quotationMark.lastIndex = 0
  for (let found = quotationMark.exec(text); found; found = quotationMark.exec(text)) {
    const index = unit.start + found.index
    const mark = found[0]
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

// Sources cut lately, by file and text: in one run, an index's check of its sentences
// (`EnglishIndex.cutsAsTracer`) and the tracer's pool cut the same stories. Bounded, the oldest
// dropped first.
const segmentedSources = new Map<string, EnglishDocument>()
const keptSources = 2000

/**
 * `segmentEnglish`'s document, kept for the next call with the same file and text: shared, so
 * never to be changed (internal: the tracer's pool and the index's check).
 */
export function segmentedEnglish(file: string, text: string): EnglishDocument {
  const key = `${file}\u0000${text}`
  let document = segmentedSources.get(key)
  if (document) return document
  document = segmentEnglish(file, text)
  segmentedSources.set(key, document)
  if (segmentedSources.size > keptSources)
    segmentedSources.delete(segmentedSources.keys().next().value as string)
  return document
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

/**
 * The ranges of the sentences sentence-splitter's `split` finds in a unit, as it gives them, by
 * `englishSentenceRanges`: the same rules, without its parser objects (a node per run of text, a
 * Map of pair marks per call, each abbreviation list compared word by word), which cost more than
 * the rest of reading an English source.
 */
function unitSentences(unit: string): Array<readonly [number, number]> {
  return englishSentenceRanges(unit)
}

// sentence-splitter's data, read from its exports: separators and English abbreviations.
const separatorCodes = new Set<number>(
  DefaultSentenceSplitterOptions.separatorCharacters.map((char) => char.charCodeAt(0)),
)
const english = DefaultAbbrMarkerOptions.language
const lowerSet = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()))
const abbreviations = lowerSet(english.ABBREVIATIONS)
const prepositive = lowerSet(english.PREPOSITIVE_ABBREVIATIONS)
const exclamations = lowerSet(english.EXCLAMATION_WORDS)
// Whether every abbreviation holds a full stop (they do: `Mr.`, `p.m.`), so that a word without
// one can only be an exclamation word (`Yahoo!`); the other rules all need one too.
const dottedLists = [...abbreviations, ...prepositive].every((word) => word.includes('.'))
/**
 * The pairs of marks inside which no sentence ends, by key, as sentence-splitter's PairMaker
 * lists them (source: sentence-splitter 5.0.1, lib/parser/PairMaker.js, DEFAULT_PAIR_MARKS; not
 * exported). A mark maps to its pair, a later pair winning, as its Map does.
 */
const pairMarks = new Map<string, { key: string; start: string; end: string }>(
  [
    ['double quote', '"', '"'],
    ['angled bracket', '[', ']'],
    ['round bracket', '(', ')'],
    ['curly brace', '{', '}'],
    ['かぎ括弧', '「', '」'],
    ['丸括弧', '（', '）'],
    ['二重かぎ括弧', '『', '』'],
    ['波括弧', '｛', '｝'],
    ['角括弧', '［', '］'],
    ['重角括弧', '〚', '〛'],
    ['隅付き括弧', '【', '】'],
    ['二重隅付き括弧', '《', '》'],
  ].flatMap(([key, start, end]) => {
    const mark = { key: key as string, start: start as string, end: end as string }
    return [
      [mark.start, mark],
      [mark.end, mark],
    ] as const
  }),
)
const pairCodes = new Set([...pairMarks.keys()].map((mark) => mark.charCodeAt(0)))
const whitespace = /\s/
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const capitalized = /^\p{Uppercase_Letter}/u

/** Whether a UTF-16 unit (or `undefined`, past either end) is whitespace, cheaply for ASCII. */
function isSpace(char: string | undefined): boolean {
  return char !== undefined && isSpaceCode(char.charCodeAt(0))
}

/** `isSpace` of a code unit (`NaN` past either end: no). */
function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return code === code && whitespace.test(String.fromCharCode(code))
}

// Every character of these scripts lies past U+1100 (Hangul Jamo is the first block).
function isCjk(char: string): boolean {
  return char.charCodeAt(0) >= 0x1100 && cjk.test(char)
}

/** Whether an abbreviation may start at `index`: at the start, or after whitespace or CJK. */
function wordStartAt(text: string, index: number): boolean {
  if (index === 0) return true
  const code = text.charCodeAt(index - 1)
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return isSpaceCode(code) || isCjk(text[index - 1] as string)
}

/**
 * The state of one `split`: where abbreviations end (every range it marks starts at or before
 * the offset asked, so the furthest end tells), and the pair marks open, by key.
 */
interface SplitState {
  text: string
  marked: number
  contexts: string[]
}

/** sentence-splitter's separator test at `index`: `.` only before whitespace or the end. */
function separatorAt(state: SplitState, index: number): boolean {
  const code = state.text.charCodeAt(index)
  if (!separatorCodes.has(code) || state.contexts.length > 0 || index < state.marked) return false
  if (code !== 0x2e || index + 1 >= state.text.length) return true
  return /[\s\t\r\n]/.test(state.text[index + 1] as string)
}

/** The word from `from` on, to whitespace or a CJK character (AbbrMarker's `getWord`). */
function wordFrom(text: string, from: number): string {
  let end = from
  while (end < text.length && end >= 0) {
    const char = text[end] as string
    if (isSpace(char) || isCjk(char)) break
    end++
  }
  return from < 0 ? '' : text.slice(from, end)
}

/** AbbrMarker's `getPrevWord`: back over whitespace, back over the word, then its word. */
function previousWord(text: string, index: number): string {
  let at = index - 1
  while (at >= 0 && isSpace(text[at])) at--
  while (at >= 0 && !isSpace(text[at])) at--
  return wordFrom(text, at + 1)
}

/** AbbrMarker's `mark` at `index`: an abbreviation starting there is marked to its end. */
function markAbbreviation(state: SplitState, index: number): void {
  const { text } = state
  if (index < state.marked || !wordStartAt(text, index)) return
  const word = wordFrom(text, index)
  if (word.length === 0) return
  const mark = () => (state.marked = Math.max(state.marked, index + word.length))
  const lower = word.toLowerCase()
  // Most words hold no full stop: then only an exclamation word can be marked.
  if (dottedLists && !word.includes('.')) return void (exclamations.has(lower) && mark())
  if (/^([a-zA-Z]\.){3,}$/.test(word) || exclamations.has(lower)) return void mark()
  if (prepositive.has(lower) || /^\d+\.$/.test(word)) return void mark()
  const next = wordFrom(text, index + word.length + 1)
  if (
    capitalized.test(previousWord(text, index)) &&
    /^\p{Uppercase_Letter}\./u.test(word) &&
    capitalized.test(next)
  )
    mark()
  else if (abbreviations.has(lower) && !capitalized.test(next)) mark()
}

/** PairMaker's `mark` at `index`: a mark opens its pair, or closes it when open. */
function markPair(state: SplitState, index: number): void {
  const char = state.text[index] as string
  const pair = pairMarks.get(char)
  if (!pair) return
  const open = state.contexts.lastIndexOf(pair.key)
  if (open === -1) {
    if (char === pair.start) state.contexts.push(pair.key)
  } else if (char === pair.end) state.contexts.splice(open, 1)
}

const isNewline = (char: string) => char === '\n' || char === '\r'
const isNewlineCode = (code: number) => code === 0x0a || code === 0x0d

// A character where reading text may do something: whitespace (after it, a word starts), a pair
// mark, a separator, or any other than ASCII (a CJK character ends a word; the rest is checked).
// The pattern also stops at ASCII control characters, which is only a stop too many.
const eventful = /[\s"()[\]{}.?!]|[^ -~\t-\r]/g
const eventfulAscii = new Set([...'\t\n\v\f\r "()[]{}.?!'].map((char) => char.charCodeAt(0)))
const isEventful = (code: number) => code >= 0x80 || eventfulAscii.has(code)

/**
 * sentence-splitter's text reading from `index` (its AnyValueParser): the markers at each
 * character, up to a line break or separator; returns where it stops. A character that is not
 * eventful, after one that is not, is neither a word's start nor a mark: the reading jumps over
 * a run of them to the next eventful one.
 */
function readText(state: SplitState, from: number): number {
  const { text } = state
  let index = from
  do {
    markAbbreviation(state, index)
    const code = text.charCodeAt(index)
    if (pairCodes.has(code)) markPair(state, index)
    index++
    if (!isEventful(code) && index < text.length && !isEventful(text.charCodeAt(index))) {
      eventful.lastIndex = index
      index = eventful.exec(text)?.index ?? text.length
    }
  } while (
    index < text.length &&
    !isNewlineCode(text.charCodeAt(index)) &&
    !separatorAt(state, index)
  )
  return index
}

/**
 * The sentences sentence-splitter 5's `split(text)` returns (its `Sentence` nodes' ranges), with
 * its English abbreviations: the same loop over the text (line breaks and spaces, a run of
 * separators that closes the open sentence, else text read up to a line break or separator with
 * the abbreviation and pair markers at each character), keeping only offsets.
 *
 * @param text - One unit of an English source.
 * @returns `[start, end)` of each sentence, in order.
 */
export function englishSentenceRanges(text: string): Array<readonly [number, number]> {
  const state: SplitState = { text, marked: 0, contexts: [] }
  const ranges: Array<readonly [number, number]> = []
  let open = -1
  let index = 0
  while (index < text.length) {
    const char = text[index] as string
    if (isNewline(char)) {
      while (index < text.length && isNewline(text[index] as string)) index++
    } else if (isSpace(char)) {
      while (index < text.length && isSpace(text[index]) && !isNewline(text[index] as string))
        index++
    } else if (separatorAt(state, index)) {
      while (index < text.length && separatorAt(state, index)) index++
      if (open !== -1) ranges.push([open, index])
      open = -1
    } else {
      if (open === -1) open = index
      index = readText(state, index)
    }
  }
  if (open !== -1) ranges.push([open, text.length])
  return ranges
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
