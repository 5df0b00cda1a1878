export { alignSentences, defaultScorers } from './align.js'
export { loadDictdDictionary } from './dictionary.js'
export { joinOffsets, joinsScorer, type JoinsOptions } from './joins.js'
export {
  cognatesScorer,
  coverageScorer,
  dictionaryScorer,
  glossaryScorer,
  lengthScorer,
  numbersScorer,
  sharedKeysScorer,
} from './scorers.js'
export type { AlignOptions, Bead } from './align.js'
export type { BeadScore, CoverageOptions, Scorer, ScorerContext } from './scorers.js'
export type { ConceptFinder, ConceptMatch, ConceptMatcher, Dictionary } from './resources.js'
export {
  alignQuotes,
  defaultQuoteCalibration,
  dictionaryQuoteCalibration,
  prepareArticle,
  prepareSources,
  reportingPhrases,
  traceArticle,
} from './quotes.js'
export type {
  AlignedQuote,
  EnglishSource,
  PreparedArticle,
  QuoteAlignment,
  QuoteCalibration,
  QuoteMatch,
  QuoteOptions,
  TracedQuote,
} from './quotes.js'
export { englishSourceProblem, maxSourceLength, segmentEnglish } from './english-source.js'
export type { EnglishDocument, SourceQuote, SourceSentence, SourceSpan } from './english-source.js'
export type { CandidateIndex, TraceCandidate } from './trace.js'
export { diffRenderings, diffTokens, groupRenderings } from './variants.js'
export type { DiffPart, GroupOptions, Rendering, RenderingGroup } from './variants.js'
export { createEnglishIndex, EnglishIndex, loadEnglishIndex } from './english-index.js'
export type {
  DocumentHit,
  DocumentQueryOptions,
  EnglishIndexOptions,
  Passage,
  SentenceHit,
  SentenceQueryOptions,
  TextRange,
} from './english-index.js'
export {
  IndexFormatError,
  indexFormatHeader,
  indexFormatVersion,
  MemoryIndexStore,
  readIndexedDocuments,
  readIndexStore,
  serialiseIndexStore,
} from './index-store.js'
export type { IndexedDocument, IndexedSentence, IndexStore } from './index-store.js'
export { lexicalKeyer, lexiconHasData } from './keys.js'
export type { KeyerOptions, LexicalKeyer } from './keys.js'
