import {
  abbreviations,
  exclamationWords,
  letterLabelNouns,
  numberAbbreviations,
  prepositiveAbbreviations,
  sentenceOpeners,
} from './italian.js'
import { check, checkBooleanOption, checkOptions } from './arguments.js'
import { findPairs, type Pair } from './pairs.js'
import { segment, type Segment } from './segments.js'
import type { Convention, LineBreakMode, QuoteMode, Sentence, SplitOptions } from './types.js'

const noOptions: SplitOptions = {}
const conventions: readonly Convention[] = ['news', 'ud']
const quoteModes: readonly QuoteMode[] = ['auto', 'split', 'keep']
const lineBreakModes: readonly LineBreakMode[] = ['auto', 'boundary', 'space']

const prepositive = new Set(prepositiveAbbreviations)
const general = new Set(abbreviations)
const exclamations = new Set(exclamationWords.map((word) => word.toLowerCase()))
const letterLabels = new Set(letterLabelNouns)
const beforeNumbers = new Set(numberAbbreviations)
const openers = new Set(sentenceOpeners)

const terminalRun = /[.!?…:;]+/g
// Unambiguous closing marks that belong to the sentence they follow (`.»`, `?”`, `.)`).
const closingMarks = new Set(['»', '”', '›', ')', ']'])
// Marks that may stand before the first letter of a sentence.
const leadingMarks = /[«“‘„‹"'([{—–\-*_¿¡]/
const whitespace = /\s/
const upper = /\p{Lu}/u
const lower = /\p{Ll}/u
const digit = /\p{Nd}/u
const lettersOnly = /^\p{L}+$/u
const innerDot = /^(?:\p{L}{1,6}\.)+\p{L}{1,6}$/u
const singleLetter = /^\p{L}$/u
// Initials and sigle written with a full stop after each letter: `J.R.R`, `U.S.A`, `p.m`.
const dayOfMonth = /^(?:[1-9]|[12]\d|3[01])$/
const romanNumeral = /^[IVXLCDM]{1,6}\b/
const lettersWithDots = /^(?:\p{L}\.)+\p{L}$/u
const nextWord = /^[«“‘„‹"'([{—–\-*_\s]{0,6}([\p{L}’']{1,20})/u
const digitsOnly = /^\p{Nd}+$/u
const enumerator = /^(?:\d{1,3}|[a-z]|[ivx]{1,4})\)\s/
const apostrophes = /['’]/
// What may stand before a sentence's first word (whitespace and opening marks).
const headMarks = /[\s«“"'(]/
const sentenceMarks = /[.!?…]/
const quoteOpeners = /[«“‘„‹]/
// What a quotation's introduction may end with before the opening mark: `ha detto: «`, `– «`.
const beforeOpening = /[\s«“‘„‹"'([{—–-]/
// What may follow a closing mark before an attribution: nested closing marks (`»”`).
const afterClosing = /[»”’"'›)\]]/
/**
 * A dateline at the start of a paragraph, which Italian news prints as a unit of its own before
 * the lead: `ROMA –`, `NEW YORK (Reuters) –`, `ROMA, 12 giugno –`, `Milano, 3 marzo 2024 -`,
 * `Roma, 12 giu. (Adnkronos) -`, `(ANSA) - ROMA, 12 GIU -`, `(ANSA) -`. A city in capitals (up
 * to four words), a capitalised city with a date, or an agency in brackets, then a spaced dash.
 * Source: the datelines of agency copy (ANSA, Adnkronos, askanews, AGI, Reuters Italia) and of
 * the dailies that print them (Corriere della Sera, la Repubblica, Il Sole 24 Ore). A capitalised
 * city with no date (`Milano – Il sindaco…`) counts only before a closed-class word that opens
 * sentences, so a fixture (`Roma - Lazio 2-1`) is not one.
 */
export function datelinePattern(): RegExp {
  return new RegExp(
    [
      String.raw`(?<agency>\([\p{L}.' ]{2,20}\)[ \t]*(?:[–—-][ \t]*)?)?`,
      '(?:',
      String.raw`\p{Lu}[\p{Lu}\p{M}'’.-]{1,30}(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]{0,30}){0,3}(?:DATE)?`,
      String.raw`|\p{Lu}\p{Ll}{1,30}(?:[ \t]+\p{Lu}\p{Ll}{1,30}){0,2}(?:DATE|(?<bare>))`,
      ')?',
      String.raw`(?:[ \t]*\([\p{L}.' ]{2,20}\))?[ \t]*[–—-][ \t]+(?=\S)`,
    ]
      .join('')
      .replaceAll(
        'DATE',
        String.raw`,[ \t]*(?:\d{1,2}[ \t]+\p{L}{3,10}\.?(?:[ \t]+\d{4})?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)`,
      ),
    'uy',
  )
}
// Compiled on first use: see `maybeDateline`.
let dateline: RegExp | undefined
/**
 * What `dateline` may match, and more: the same pattern with every Unicode property class
 * widened to ASCII letters plus any code unit past U+007F (so each code point of the class is one
 * or two units of the wider one, hence the doubled maximum counts), without the `u` flag. V8
 * compiles a Unicode property class into a large automaton, ~10 ms of CPU for `dateline` in
 * every process; this one costs a fraction of a millisecond, and news paragraphs almost never
 * match it, so `dateline` is compiled only for a paragraph that may open with a dateline.
 */
export const maybeDateline = (() => {
  const upper = '[A-Z\\u0080-\\uffff]'
  const lower = '[a-z\\u0080-\\uffff]'
  const letter = '[A-Za-z\\u0080-\\uffff]'
  const marked = `(?:${upper}|['’.-])`
  return new RegExp(
    [
      String.raw`(?:\((?:${letter}|[.' ]){2,40}\)[ \t]*(?:[–—-][ \t]*)?)?`,
      '(?:',
      String.raw`${upper}${marked}{1,60}(?:[ \t]+${upper}${marked}{0,60}){0,3}(?:DATE)?`,
      String.raw`|${upper}${lower}{1,60}(?:[ \t]+${upper}${lower}{1,60}){0,2}(?:DATE)?`,
      ')?',
      String.raw`(?:[ \t]*\((?:${letter}|[.' ]){2,40}\))?[ \t]*[–—-][ \t]+(?=\S)`,
    ]
      .join('')
      .replaceAll(
        'DATE',
        String.raw`,[ \t]*(?:\d{1,2}[ \t]+${letter}{3,20}\.?(?:[ \t]+\d{4})?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)`,
      ),
    'y',
  )
})()
// Longest word looked at around a full stop: keeps the scan linear on text without spaces.
const maxWordLength = 64

/**
 * Split Italian text into sentences.
 *
 * Follows Italian news typography: headlines, bylines and datelines (`ROMA –`) are units of
 * their own, a colon never ends a sentence, a quotation with an attribution stays whole with it
 * (`options.quotes`). Knows Italian abbreviations and titles (also after an elided article:
 * `dall'art. 4`), initials, numbers, dates and times, « » “ ” ‘ ’ and straight quotes (nested,
 * and mixed: `“…"`), ellipses, list items, and a missing space after a full stop
 * (`firmato.Il testo`). A blank line always ends a sentence; single line breaks follow
 * `options.lineBreaks`.
 *
 * @param text - The text to split; any string, including the empty one.
 * @param options - How to treat quotations, line breaks and extra abbreviations (optional).
 * @returns The sentences in order, each trimmed of surrounding whitespace, with
 *   `text === input.slice(start, end)`. Only whitespace lies between them.
 * @throws {TypeError} When `text` is not a string or an option has a value it does not accept.
 *
 * @example
 * ```ts
 * splitSentences('Lo ha detto il sig. Rossi. «Siamo pronti» ha aggiunto.')
 * // → [{text: 'Lo ha detto il sig. Rossi.', start: 0, end: 26, boundary: 'punctuation'},
 * //    {text: '«Siamo pronti» ha aggiunto.', start: 27, end: 54, boundary: 'end-of-text'}]
 * ```
 */
export function splitSentences(text: string, options?: SplitOptions | null): Sentence[] {
  check.string('splitSentences', 'text', text)
  const settings = resolveOptions('splitSentences', options)
  const sentences: Sentence[] = []
  for (const part of segment(text, settings.lineBreaks)) {
    splitSegment(text, part, settings, sentences)
  }
  return sentences
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  quotes: QuoteMode
  /** A full stop after a word ends a sentence before a lower-case word too (UD). */
  lowerCaseStarts: boolean
  lineBreaks: LineBreakMode
  extraAbbreviations: ReadonlySet<string>
  colons: boolean
}

/** Check and resolve the options of a public function named `caller`. */
export function resolveOptions(
  caller: string,
  options: SplitOptions | null | undefined,
): ResolvedOptions {
  checkOptions(caller, options)
  const given = options ?? noOptions
  const convention = given.convention ?? 'news'
  check.oneOf(caller, 'options.convention', convention, conventions)
  const quotes = given.quotes ?? (convention === 'ud' ? 'split' : 'auto')
  check.oneOf(caller, 'options.quotes', quotes, quoteModes)
  const lineBreaks = given.lineBreaks ?? 'auto'
  check.oneOf(caller, 'options.lineBreaks', lineBreaks, lineBreakModes)
  const extra = given.abbreviations ?? []
  check.strings(caller, 'options.abbreviations', extra)
  const extraAbbreviations = new Set(
    extra.map((entry) => {
      const word = entry.trim().toLowerCase()
      return word.endsWith('.') ? word : `${word}.`
    }),
  )
  checkBooleanOption(caller, 'options.colons', given.colons)
  const colons = given.colons ?? false
  return { quotes, lowerCaseStarts: convention === 'ud', lineBreaks, extraAbbreviations, colons }
}

function splitSegment(
  text: string,
  part: Segment,
  settings: ResolvedOptions,
  sentences: Sentence[],
): void {
  let from = part.start
  const datelineEnd = datelineAt(text, part.start, part.end)
  if (datelineEnd > 0) {
    pushSentence(text, part.start, datelineEnd, 'punctuation', sentences)
    from = datelineEnd
  }
  const pairs = findPairs(text, from, part.end)
  const shielded = shieldedRanges(text, pairs, settings.quotes, from, part.end)
  const closedAt = new Set<number>()
  for (const pair of pairs) closedAt.add(pair.closeAt)

  let head = new SentenceHead(text, from)
  let shield = 0
  // The regex runs on the text cut at the segment's end (a slice, not a copy): on the whole text
  // it would read on past the segment to the next mark, the rest of the text on many short lines
  // without one, which made splitting quadratic.
  const upToEnd = text.slice(0, part.end)
  terminalRun.lastIndex = from
  let match: RegExpExecArray | null
  while ((match = terminalRun.exec(upToEnd))) {
    const runStart = match.index
    let runEnd = runStart + match[0].length
    // Take in closing marks and any punctuation after them: `.»`, `?».`, `!)`.
    while (runEnd < part.end) {
      const char = text[runEnd] as string
      if (closingMarks.has(char) || closedAt.has(runEnd) || '.!?…'.includes(char)) runEnd++
      else break
    }
    terminalRun.lastIndex = runEnd
    const run = { start: runStart, end: runEnd }

    while (shield < shielded.length && (shielded[shield] as Range).end < run.end) shield++
    const range = shielded[shield]
    if (range && range.start < run.end && run.end <= range.end) continue

    if (endsSentence(text, head, run, part.end, settings)) {
      pushSentence(text, head.start, run.end, 'punctuation', sentences)
      head = new SentenceHead(text, run.end)
    }
  }
  pushSentence(text, head.start, part.end, part.boundary, sentences)
}

interface Range {
  /** Boundaries at `start < p <= end` are not allowed. */
  start: number
  end: number
}

/** Where the dateline at the start of `text.slice(start, end)` ends, or -1 when there is none. */
function datelineAt(text: string, start: number, end: number): number {
  let at = start
  while (at < end && whitespace.test(text[at] as string)) at++
  // Datelines are upper case from their first letter; this keeps the regex off most segments.
  if (at >= end || !/[\p{Lu}(]/u.test(text[at] as string)) return -1
  maybeDateline.lastIndex = at
  if (!maybeDateline.test(text)) return -1
  dateline ??= datelinePattern()
  dateline.lastIndex = at
  const match = dateline.exec(text)
  // A dash needs a place or an agency before it; a bare capitalised place needs a sentence after.
  if (!match || !/[\p{L}]/u.test(match[0])) return -1
  const stop = at + match[0].length
  if (stop >= end) return -1
  if (match.groups?.['bare'] !== undefined && !opensSentence(text, stop, end)) return -1
  return stop
}

/**
 * Top-level ranges where no sentence may end: inside brackets, and inside the quotations that
 * `quotes` keeps whole.
 */
function shieldedRanges(
  text: string,
  pairs: Pair[],
  quotes: QuoteMode,
  start: number,
  end: number,
): Range[] {
  const ranges: Range[] = []
  for (const pair of pairs) {
    if (pair.kind === 'quote' && !keptWhole(text, pair, quotes, start, end)) continue
    const last = ranges.at(-1)
    // Pairs come sorted by opening; one that opens inside the previous range is nested in it.
    if (last && pair.openAt < last.end) {
      if (pair.closeAt > last.end) last.end = pair.closeAt
    } else {
      ranges.push({ start: pair.openAt, end: pair.closeAt })
    }
  }
  return ranges
}

/**
 * Whether a quotation stays whole under `quotes`. In `'auto'` it does when it is part of a larger
 * sentence: an introduction before it (`Kim ha detto: «…»`) or an attribution after it
 * (`«…» ha detto Kim`, `«…», ha detto`, `"…" (Manzoni)`). Italian typography puts the full stop
 * after the closing mark (`».`) when the quotation belongs to an enclosing sentence, and
 * an attribution always does (Serianni, *Grammatica italiana*, on punctuation and quotation;
 * the style books of Corriere della Sera and la Repubblica); the golden rules of
 * pragmatic_segmenter and the English side of an alignment keep such a quotation whole too.
 * A quotation that stands alone as a passage is split into its sentences, as UD and ICU do.
 */
function keptWhole(text: string, pair: Pair, quotes: QuoteMode, start: number, end: number) {
  if (quotes !== 'auto') return quotes === 'keep'
  return introduced(text, pair.openAt, start) || attributed(text, pair.closeAt + 1, end)
}

/** Whether words of the same sentence stand before the opening mark at `openAt`. */
function introduced(text: string, openAt: number, start: number): boolean {
  let at = openAt
  while (at > start && openAt - at < maxWordLength && beforeOpening.test(text[at - 1] as string)) {
    at--
  }
  if (at <= start) return false
  const char = text[at - 1] as string
  if (sentenceMarks.test(char)) return false
  // `«Ciao.» «Siamo…`: a quotation that closed its own sentence just before.
  return !(afterClosing.test(char) && sentenceMarks.test(text[at - 2] ?? ''))
}

/** Whether the sentence goes on after the closing mark that ends at `from` (an attribution). */
function attributed(text: string, from: number, end: number): boolean {
  let at = from
  while (at < end && at - from < maxWordLength && afterClosing.test(text[at] as string)) at++
  while (at < end && at - from < maxWordLength && whitespace.test(text[at] as string)) at++
  if (at >= end) return false
  const char = text[at] as string
  return !(sentenceMarks.test(char) || upper.test(char) || quoteOpeners.test(char))
}

/**
 * Where the current sentence starts, and whether only whitespace and opening marks stand between
 * that start and a position (a number or letter there labels the sentence: `1. Il fornitore`,
 * `D. Come sta?`). One forward scan per sentence; a scan from the start for every full stop was
 * quadratic on a sentence that opens with many marks.
 */
class SentenceHead {
  readonly start: number
  private readonly text: string
  private scanned: number
  private firstWord = -1

  constructor(text: string, start: number) {
    this.text = text
    this.start = start
    this.scanned = start
  }

  onlyMarksBefore(at: number): boolean {
    if (this.firstWord >= 0) return this.firstWord >= at
    for (; this.scanned < at; this.scanned++) {
      if (!headMarks.test(this.text[this.scanned] as string)) {
        this.firstWord = this.scanned
        return false
      }
    }
    return true
  }
}

/** A run of sentence-final marks plus the closing quotes and brackets after them. */
interface Run {
  start: number
  end: number
}

/** A punctuation run being judged, with what stands around it. */
interface Candidate {
  text: string
  head: SentenceHead
  runStart: number
  /** The run as written (`.»`, `?!`, `...`). */
  marks: string
  /** The run's sentence-final marks only. */
  terminal: string
  /** The first character after the whitespace that follows the run. */
  next: number
  limit: number
  word: WordBefore
  following: 'upper' | 'lower' | 'digit'
  settings: ResolvedOptions
}

/** Whether the punctuation run `run` ends a sentence of the segment that ends at `limit`. */
function endsSentence(
  text: string,
  head: SentenceHead,
  run: Run,
  limit: number,
  settings: ResolvedOptions,
): boolean {
  const marks = text.slice(run.start, run.end)
  let next = run.end
  while (next < limit && whitespace.test(text[next] as string)) next++
  // Only whitespace is left: the segment's own end closes the sentence and names its boundary.
  if (next === limit) return false

  const word = wordBefore(text, run.start)
  if (next === run.end) return missingSpace(text, run.end, limit, word, marks)

  const following = classify(text, next, limit)
  if (following === 'other') return false
  const terminal = marks.replace(/[^.!?…:;]/g, '')
  const candidate: Candidate = {
    text,
    head,
    runStart: run.start,
    marks,
    terminal,
    next,
    limit,
    word,
    following,
    settings,
  }
  if (terminal.endsWith(';') || terminal.endsWith(':')) return endsAtClauseMark(candidate)
  if (/[!?]/.test(terminal)) return endsAtQuestion(candidate)
  // An ellipsis, or an abbreviation's full stop doubling as the sentence's (`Nov..`). An
  // ellipsis in brackets marks an omission (`[...]`); before a lower-case word an ellipsis is a
  // pause, in UD as in the golden rules (`sottoscritto/a ... nato/a`).
  if (terminal.length > 1 || terminal === '…') {
    return following === 'upper' && !'[('.includes(text[run.start - 1] ?? '')
  }
  return endsAtFullStop(candidate)
}

/**
 * Under the UD convention a lower-case word after bare sentence-final punctuation starts a
 * sentence (`… per 15. in questo quadro`); after a closing mark it is an attribution
 * (`«Perché?» chiese`), in UD as in an editor's reading.
 */
function lowerStarts(candidate: Candidate): boolean {
  return candidate.settings.lowerCaseStarts && candidate.marks === candidate.terminal
}

/** A run that ends in `;` or `:`. */
function endsAtClauseMark({ text, terminal, next, word, settings }: Candidate): boolean {
  // `…; 2) trasferimenti …`: UD starts a sentence at an enumerated item after a colon or
  // semicolon (the bureaucratic lists of UD VIT); an editor reads the inline list as one sentence.
  const item = settings.lowerCaseStarts && enumerator.test(text.slice(next, next + 8))
  if (terminal.endsWith(';') || item) return item
  return settings.colons && upper.test(text[next] as string) && word.bare !== ''
}

/** A run with `!` or `?`. */
function endsAtQuestion(candidate: Candidate): boolean {
  const { word, terminal, following } = candidate
  if (exclamations.has(`${word.bare}${terminal}`.toLowerCase())) return false
  return following === 'lower' ? lowerStarts(candidate) : true
}

/** A single full stop, judged by the word before it and what follows. */
function endsAtFullStop(candidate: Candidate): boolean {
  const { text, runStart, next, word, following, settings } = candidate
  if (word.bare === '' || word.closed) return true
  const key = `${word.bare.toLowerCase()}.`
  // After a day of the month a title is a month (`12 gen.` is gennaio, `il gen. Rossi` generale).
  const afterDay = dayOfMonth.test(previousWord(text, runStart - word.bare.length))
  if (settings.extraAbbreviations.has(key) || (prepositive.has(key) && !afterDay)) return false
  if (general.has(key) || prepositive.has(key)) return following === 'upper'
  if (
    beforeNumbers.has(key) &&
    (following === 'digit' || romanNumeral.test(text.slice(next, next + 8)))
  )
    return false
  if (singleLetter.test(word.bare)) return endsAfterLetter(candidate)
  // `J.R.R. Tolkien` are initials before a name, `gli U.S.A. Il testo` a sigla ending a sentence.
  if (lettersWithDots.test(word.bare))
    return following === 'upper' && opensSentence(text, next, candidate.limit)
  if (innerDot.test(word.bare)) return following === 'upper'
  if (digitsOnly.test(word.bare)) {
    // A number opening its sentence labels it (`867. Distanze …`, `1. Il fornitore …`); a
    // number before a lower-case word is an ordinal (`articolo 4. dell’accordo`), except under
    // the UD convention (`… per 15. in questo quadro`).
    if (candidate.head.onlyMarksBefore(runStart - word.bare.length)) return false
    return following === 'lower' ? lowerStarts(candidate) : true
  }
  // A full stop after an ordinary word ends the sentence unless a lower-case word follows: an
  // Italian sentence starts with a capital (every grammar and style book), and ICU's sentence
  // rules (UAX #29, rule SB8) do not break there either. UD treebanks start many sentences in
  // lower case, so `convention: 'ud'` ends the sentence here too.
  return following !== 'lower' || settings.lowerCaseStarts
}

/** A full stop after a single letter: a label, an initial or the end of a sentence. */
function endsAfterLetter({ text, head, runStart, next, limit, word, following }: Candidate) {
  // `allegato c. Si richiama`: a lower-case letter is a label, not a reference abbreviation.
  if (lower.test(word.bare) && following === 'upper') return true
  if (following === 'lower') return false
  // A letter opening its sentence labels it, as in interviews: `D. Come sta? R. Bene.`
  if (head.onlyMarksBefore(runStart - word.bare.length)) return false
  if (following !== 'upper' || !upper.test(word.bare)) return true
  // `J. Stoltenberg` is an initial, `serie A. Il` a label at the end of a sentence.
  return (
    letterLabels.has(previousWord(text, runStart - word.bare.length).toLowerCase()) ||
    opensSentence(text, next, limit)
  )
}

/** `firmato.Il testo`: a full stop glued to the next sentence. */
function missingSpace(
  text: string,
  runEnd: number,
  limit: number,
  word: WordBefore,
  marks: string,
): boolean {
  if (marks !== '.' || runEnd + 1 >= limit) return false
  if (!upper.test(text[runEnd] as string) || !lower.test(text[runEnd + 1] as string)) return false
  if (word.bare.length < 3 || !lettersOnly.test(word.bare) || word.bare !== word.token) return false
  if (!lower.test(word.bare.at(-1) as string)) return false
  const key = `${word.bare.toLowerCase()}.`
  if (prepositive.has(key) || general.has(key)) return false
  // A domain or file name (`Sito.Com`, `rapporto.Pdf`): the glued word has no further full stop.
  for (let index = runEnd; index < limit && index < runEnd + maxWordLength; index++) {
    const char = text[index] as string
    if (whitespace.test(char)) break
    if (char === '.' || char === '/' || char === '@') {
      return index + 1 >= limit || whitespace.test(text[index + 1] as string)
    }
  }
  return true
}

interface WordBefore {
  /** The whole run of non-space characters before the punctuation. */
  token: string
  /** The word itself: leading marks and an elided article or preposition removed. */
  bare: string
  /** The token ends with a closing quote or bracket (`“basta”.`): never an abbreviation. */
  closed: boolean
}

function wordBefore(text: string, end: number): WordBefore {
  let start = end
  while (start > 0 && end - start < maxWordLength && !whitespace.test(text[start - 1] as string)) {
    start--
  }
  const token = text.slice(start, end)
  const last = token.at(-1) ?? ''
  const closed = closingMarks.has(last) || last === '"' || last === "'" || last === '’'
  let bare = token
  while (bare !== '' && leadingMarks.test(bare[0] as string)) bare = bare.slice(1)
  const elision = Math.max(bare.lastIndexOf("'"), bare.lastIndexOf('’'))
  if (elision > 0 && elision < bare.length - 1 && apostrophes.test(bare[elision] as string)) {
    bare = bare.slice(elision + 1)
  }
  return { token, bare, closed }
}

function previousWord(text: string, end: number): string {
  let stop = end
  while (stop > 0 && whitespace.test(text[stop - 1] as string)) stop--
  return wordBefore(text, stop).bare
}

/** Whether the word at `at` is a closed-class word that opens sentences (`Il`, `Poi`, `Nel`). */
function opensSentence(text: string, at: number, limit: number): boolean {
  const match = nextWord.exec(text.slice(at, Math.min(limit, at + 32)))
  // Another initial (`J. A. Smith`, `J. E. Hoover`) is part of the name, whatever its letter.
  if (!match || text[at + match[0].length] === '.') return false
  const word = (match[1] as string).toLowerCase().replace('’', "'")
  // An elided article or preposition opens a sentence too: `L’accordo`, `Dell’ONU`.
  const elision = word.indexOf("'")
  return openers.has(word) || (elision > 0 && openers.has(word.slice(0, elision + 1)))
}

/** What the next sentence would start with, past any opening marks. */
function classify(text: string, at: number, limit: number): 'upper' | 'lower' | 'digit' | 'other' {
  let index = at
  while (index < limit && index - at < 4 && leadingMarks.test(text[index] as string)) index++
  while (index < limit && index - at < 6 && whitespace.test(text[index] as string)) index++
  const char = index < limit ? (text[index] as string) : ''
  if (upper.test(char)) return 'upper'
  // An opening quotation mark starts a new sentence even before a lower-case word, as in
  // transcribed interviews: `… l'Antitrust? "no. …`.
  if (lower.test(char))
    return index > at && !whitespace.test(text[index - 1] as string) ? 'upper' : 'lower'
  if (digit.test(char)) return 'digit'
  // A sentence may open with a quotation mark or bracket and nothing we read past it.
  return index > at ? 'upper' : 'other'
}

function pushSentence(
  text: string,
  from: number,
  to: number,
  boundary: Sentence['boundary'],
  sentences: Sentence[],
): void {
  let start = from
  let end = to
  while (start < end && whitespace.test(text[start] as string)) start++
  while (end > start && whitespace.test(text[end - 1] as string)) end--
  if (start < end) sentences.push({ text: text.slice(start, end), start, end, boundary })
}
