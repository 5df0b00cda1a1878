export { splitSentences } from './split.js'
export { extractQuotes } from './quotes.js'
export {
  abbreviations,
  exclamationWords,
  italianLanguage,
  letterLabelNouns,
  numberAbbreviations,
  prepositiveAbbreviations,
  sentenceOpeners,
} from './italian.js'
export type {
  Convention,
  LineBreakMode,
  Quote,
  QuoteMode,
  Sentence,
  Span,
  SplitOptions,
} from './types.js'
