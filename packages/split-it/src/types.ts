/**
 * A span of the input text. Offsets are UTF-16 code unit indices, as `String#slice` takes them,
 * so `input.slice(start, end) === text` always holds.
 */
export interface Span {
  /** The text of the span, exactly `input.slice(start, end)`. */
  text: string
  /** Index of the first code unit of the span in the input. */
  start: number
  /** Index just past the last code unit of the span in the input. */
  end: number
}

/** One sentence found by `splitSentences`. */
export interface Sentence extends Span {
  /**
   * Why the sentence ends where it does: at sentence-final punctuation, at a line or paragraph
   * break, or at the end of the input.
   */
  boundary: 'punctuation' | 'line-break' | 'paragraph-break' | 'end-of-text'
}

/** One quotation found by `extractQuotes`: the text between a pair of quotation marks. */
export interface Quote extends Span {
  /** The opening mark, as written (`«`, `“`, `‘`, `"`, `'`, `„`, `‹`). */
  open: string
  /** The closing mark, as written. */
  close: string
  /** Index of the opening mark in the input (`start - open.length`). */
  openStart: number
  /** Index just past the closing mark in the input (`end + close.length`). */
  closeEnd: number
  /** Nesting depth: 0 for an outermost quotation, 1 for a quotation inside it, and so on. */
  depth: number
}

/** How a single line break (not a blank line) inside a paragraph is read. */
export type LineBreakMode = 'auto' | 'boundary' | 'space'

/** Which idea of a sentence the defaults follow. */
export type Convention = 'news' | 'ud'

/** What happens to sentence-final punctuation inside a quotation. */
export type QuoteMode = 'auto' | 'split' | 'keep'

/** Options of `splitSentences` and `extractQuotes`. */
export interface SplitOptions {
  /**
   * Which idea of a sentence the defaults follow (default: `'news'`).
   *
   * - `'news'`: what an Italian editor calls a sentence (see `quotes` for quotations); a full
   *   stop before a lower-case word does not end a sentence, since Italian sentences open with
   *   a capital.
   * - `'ud'`: the convention of the Universal Dependencies Italian treebanks, for comparing with
   *   them: quotations are split like running text (`quotes: 'split'` unless `quotes` is given);
   *   a full stop after a word or number, `?` or `!` ends a sentence before a lower-case word
   *   too, because UD starts many sentences in lower case (7–8 % of the sentences of UD ISDT and
   *   13 % of UD VIT; after `parola. ` a lower-case word starts a new sentence 97 times of 99 in
   *   the two); and an enumerated item after `:` or `;` (`: 1) …; 2) …`) starts a sentence.
   */
  convention?: Convention | null | undefined
  /**
   * What happens inside multi-sentence quotations (default: `'auto'`, or `'split'` with
   * `convention: 'ud'`).
   *
   * - `'auto'`: a quotation that is part of a larger sentence (an attribution after it,
   *   `«Siamo pronti. Lo faremo» ha detto Kim.`, or an introduction before it,
   *   `Kim ha detto: «Siamo pronti. Lo faremo».`) stays whole with that sentence, as an editor
   *   reads it; a quotation that stands alone is split into its sentences.
   * - `'split'`: every quotation is split like running text. This is the convention of the
   *   Universal Dependencies treebanks: `«Siamo pronti. Lo faremo» ha detto.` gives
   *   `«Siamo pronti.` and `Lo faremo» ha detto.`
   * - `'keep'`: a quotation is never split, standing alone or not (as the pragmatic_segmenter
   *   golden rules and quote extraction want).
   *
   * Either way a quotation that ends a sentence ends it after the closing mark (`.»`, `?”`), and
   * `extractQuotes` returns every quotation whole.
   */
  quotes?: QuoteMode | null | undefined
  /**
   * How a single line break is read (default: `'auto'`). A blank line always ends a sentence.
   *
   * - `'boundary'`: every line is its own paragraph (news copy pasted one paragraph a line, with
   *   headlines and bylines on lines of their own).
   * - `'space'`: lines are wrapped prose; a line break is a space, except before a list item or
   *   a Markdown heading.
   * - `'auto'`: a line break is a space where the line looks like wrapped prose going on (40 to
   *   100 characters, the next line no longer than the paragraph's width, and the next word
   *   would not have fitted on the line, unless the line ends in an article or preposition or
   *   the next line starts in lower case), and ends a sentence anywhere else (headlines,
   *   bylines, one paragraph a line).
   */
  lineBreaks?: LineBreakMode | null | undefined
  /**
   * Whether a colon followed by a capitalised word ends a sentence (default: `false`). In
   * Italian a colon introduces what follows inside the same sentence (`Ucraina: Zelensky
   * chiede…`, `tre leader: Macron, …`); only UD ISDT, whose documents glue unrelated sampled
   * sentences, splits there. Kept for compatibility; a colon before a quotation mark
   * (`ha detto: «Siamo pronti»`) never ends a sentence.
   */
  colons?: boolean | null | undefined
  /** Extra abbreviations that never end a sentence, such as `'sen.'` (default: none). */
  abbreviations?: ReadonlyArray<string> | null | undefined
}
