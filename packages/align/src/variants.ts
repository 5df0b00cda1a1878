import { diffArrays } from 'diff'
import type { ConceptFinder } from './resources.js'
import type { AlignedQuote, QuoteMatch } from './quotes.js'
import {
  argumentError,
  checkOption,
  checkOptions,
  checkString,
  described,
  isConceptFinder,
  isNumber,
} from './arguments.js'
import { plainWordSegments } from './word-segments.js'

/** One piece of a word diff: text both renderings share, or that only one has. */
export interface DiffPart {
  value: string
  /** Only in the second rendering. */
  added: boolean
  /** Only in the first rendering. */
  removed: boolean
}

// Making a segmenter loads ICU's word-break data (~15 ms CPU): it is made on first use, for a
// text `plainWordSegments` leaves to it, not by every process that imports the package.
let segmenter: Intl.Segmenter | undefined

const elision = /^(\p{L}+['’])(\p{L}.*)$/u

/**
 * Italian-aware tokens for diffing: words as `Intl.Segmenter` cuts them, with elided articles and
 * prepositions cut off their word (ICU keeps `dell’accordo` whole; here it is `dell’` and
 * `accordo`), punctuation, and whitespace runs, which together rebuild the text.
 */
export function diffTokens(text: string): string[] {
  checkString('diffTokens', 'text', text)
  const tokens: string[] = []
  for (const segment of plainWordSegments(text) ?? segmented(text)) {
    const elided = elision.exec(segment)
    if (elided) tokens.push(elided[1] as string, elided[2] as string)
    else tokens.push(segment)
  }
  return tokens
}

/** `text`'s word segments, by a segmenter made on first use. */
function segmented(text: string): string[] {
  segmenter ??= new Intl.Segmenter('it', { granularity: 'word' })
  return Array.from(segmenter.segment(text), ({ segment }) => segment)
}

function wordsWithSpace(text: string): string[] {
  const tokens: string[] = []
  for (const token of diffTokens(text)) {
    if (token.trim() === '' && tokens.length > 0) tokens[tokens.length - 1] += token
    else tokens.push(token)
  }
  return tokens
}

/**
 * A word-level diff between two Italian renderings of the same original, built with jsdiff's
 * `diffArrays` on `diffTokens` (jsdiff's own advice for languages its word diff does not know).
 *
 * @param first - One rendering.
 * @param second - Another.
 * @returns The parts in order, neighbours of one kind merged; the parts not `added` rebuild
 *   `first`, those not `removed` `second`.
 */
export function diffRenderings(first: string, second: string): DiffPart[] {
  checkString('diffRenderings', 'first', first)
  checkString('diffRenderings', 'second', second)
  // Each word carries the space after it, so that spaces are not taken for shared text that
  // interleaves two different phrases word by word; words are compared without it.
  const before = wordsWithSpace(first)
  const after = wordsWithSpace(second)
  const parts: DiffPart[] = []
  const push = (value: string, added: boolean, removed: boolean) => {
    if (value === '') return
    const last = parts.at(-1)
    if (last && last.added === added && last.removed === removed) last.value += value
    else parts.push({ value, added, removed })
  }
  let inBefore = 0
  let inAfter = 0
  for (const part of diffArrays(before, after, {
    comparator: (left: string, right: string) => left.trimEnd() === right.trimEnd(),
  })) {
    const count = part.value.length
    if (part.added) {
      push(after.slice(inAfter, (inAfter += count)).join(''), true, false)
    } else if (part.removed) {
      push(before.slice(inBefore, (inBefore += count)).join(''), false, true)
    } else {
      // Equal words, whose trailing spaces may differ: the shared part is common, the rest of
      // each side's space is a change of its own.
      for (let offset = 0; offset < count; offset++) {
        const old = before[inBefore++] as string
        const neu = after[inAfter++] as string
        const word = old.trimEnd()
        const oldSpace = old.slice(word.length)
        const newSpace = neu.slice(word.length)
        let shared = 0
        while (shared < oldSpace.length && oldSpace[shared] === newSpace[shared]) shared++
        push(word + oldSpace.slice(0, shared), false, false)
        push(oldSpace.slice(shared), false, true)
        push(newSpace.slice(shared), true, false)
      }
    }
  }
  return parts
}

/** One Italian rendering of an English original, in an article. */
export interface Rendering {
  /** The article it is in. */
  file: string
  /** The quotation it is in. */
  quote: AlignedQuote
  /** The quotation's match. */
  match: QuoteMatch
  /**
   * The words compared: the whole quotation, or for a group formed by a glossary concept the
   * concept's term in it (`tutti i mezzi disponibili` inside a longer quotation).
   */
  text: string
  /** UTF-16 offsets of `text` into the article. */
  start: number
  end: number
}

/** Italian renderings of one English original. */
export interface RenderingGroup {
  /** The English original: the widest of the matched spans that overlap, or of the concept's terms. */
  original: QuoteMatch
  /**
   * For a group formed by a glossary concept, its id: the renderings translate different
   * English versions of one text (KCNA's `all means in its possession without delay`, Reuters'
   * `all available means`), which the term base lists as one concept.
   */
  concept?: string | undefined
  renderings: Rendering[]
}

/** Options of `groupRenderings`. */
export interface GroupOptions {
  /**
   * The lowest match score a quotation is grouped with by its English span (default: 0.6); a
   * concept group takes any match, since it compares only the concept's terms.
   */
  minimumScore?: number | null | undefined
  /**
   * A glossary: quotations whose matches carry the same concept on both sides form a group too,
   * even when their English originals are different outlets' versions (default: none).
   */
  glossary?: ConceptFinder | null | undefined
}

/**
 * Group quotations from several articles by the English original they were matched to
 * (overlapping spans of the same source) and, with a glossary, by the concept they render in
 * different articles; keep the groups with two different renderings or more.
 *
 * @param articles - Each article's file and its `alignQuotes(…).quotes`, all aligned against the
 *   same pool of English sources.
 * @param options - `minimumScore` and `glossary` (optional).
 * @returns Span groups first, then concept groups, each in the order the renderings were given.
 */
export function groupRenderings(
  articles: ReadonlyArray<{ file: string; quotes: readonly AlignedQuote[] }>,
  options?: GroupOptions | null,
): RenderingGroup[] {
  checkGroupArguments(articles, options)
  // Grouping multiplies a wrong match into a wrong comparison: only confident matches count.
  const minimumScore = options?.minimumScore ?? 0.6
  const glossary = options?.glossary ?? null
  const groups: RenderingGroup[] = []
  const byConcept = new Map<string, RenderingGroup>()
  for (const article of articles) {
    for (const quote of article.quotes) {
      const match = quote.match
      if (!match) continue
      // A concept group compares the concept's terms, which the term base vouches for, so any
      // match counts there; a span group compares whole quotations, and needs a confident one.
      if (glossary) addToConcepts(byConcept, glossary, article.file, quote, match)
      if (match.score < minimumScore) continue
      const rendering: Rendering = {
        file: article.file,
        quote,
        match,
        text: quote.text,
        start: quote.start,
        end: quote.end,
      }
      const group = groups.find(
        (candidate) =>
          candidate.original.file === match.file &&
          candidate.original.start < match.end &&
          match.start < candidate.original.end,
      )
      if (!group) groups.push({ original: match, renderings: [rendering] })
      else {
        group.renderings.push(rendering)
        widen(group, match)
      }
    }
  }
  const conceptGroups = [...byConcept.values()].filter(
    (group) => new Set(group.renderings.map((rendering) => rendering.file)).size > 1,
  )
  return [...groups, ...conceptGroups].filter(
    (group) => new Set(group.renderings.map((rendering) => normalise(rendering.text))).size > 1,
  )
}

/** Keep the widest English span of a group as its original. */
function widen(group: RenderingGroup, original: QuoteMatch): void {
  if (original.end - original.start > group.original.end - group.original.start)
    group.original = original
}

/** File a quotation under each concept that both it and its English match carry. */
function addToConcepts(
  byConcept: Map<string, RenderingGroup>,
  glossary: ConceptFinder,
  file: string,
  quote: AlignedQuote,
  match: QuoteMatch,
): void {
  const englishTerms = new Map(
    glossary.source.match(match.text).map((term) => [term.concept.id, term] as const),
  )
  for (const term of glossary.target.match(quote.text)) {
    const english = englishTerms.get(term.concept.id)
    if (!english) continue
    const original: QuoteMatch = {
      ...match,
      text: match.text.slice(english.start, english.end),
      start: match.start + english.start,
      end: match.start + english.end,
    }
    const rendering: Rendering = {
      file,
      quote,
      match,
      text: quote.text.slice(term.start, term.end),
      start: quote.start + term.start,
      end: quote.start + term.end,
    }
    const group = byConcept.get(term.concept.id)
    if (!group) {
      byConcept.set(term.concept.id, {
        original,
        concept: term.concept.id,
        renderings: [rendering],
      })
      continue
    }
    // One rendering per article and term: a quotation repeated in the headline says nothing new.
    if (!group.renderings.some((other) => other.file === file && other.text === rendering.text))
      group.renderings.push(rendering)
    widen(group, original)
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/** Checks `groupRenderings`' arguments, naming the one that is wrong. */
function checkGroupArguments(articles: unknown, options: unknown): void {
  const fn = 'groupRenderings'
  const expected = 'an array of {file, quotes}'
  if (!Array.isArray(articles)) throw argumentError(fn, 'articles', expected, described(articles))
  articles.forEach((article: unknown, index) => {
    const { file, quotes } = (article ?? {}) as { file?: unknown; quotes?: unknown }
    if (typeof file !== 'string') {
      throw argumentError(fn, `articles[${index}].file`, 'a string', described(file))
    }
    if (!Array.isArray(quotes)) {
      throw argumentError(fn, `articles[${index}].quotes`, 'an array', described(quotes))
    }
  })
  checkOptions(fn, 'options', options)
  const settings = (options ?? {}) as GroupOptions
  checkOption(fn, 'options.minimumScore', settings.minimumScore, 'a number', isNumber)
  checkOption(fn, 'options.glossary', settings.glossary, 'a ConceptFinder', isConceptFinder)
}
