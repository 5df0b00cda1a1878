export { extractQuotes, italianLanguage, splitSentences } from '@fonte/split-it'
export type { LineBreakMode, Quote, QuoteMode, Sentence, Span, SplitOptions } from '@fonte/split-it'
export { InputError, readArticle } from './article.js'
export type { Article } from './article.js'
