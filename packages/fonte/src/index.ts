export { extractQuotes, italianLanguage, splitSentences } from '@fonte/split-it'
export type {
  Convention,
  LineBreakMode,
  Quote,
  QuoteMode,
  Sentence,
  Span,
  SplitOptions,
} from '@fonte/split-it'
export {
  alignQuotes,
  alignSentences,
  cognatesScorer,
  defaultQuoteCalibration,
  defaultScorers,
  dictionaryQuoteCalibration,
  dictionaryScorer,
  diffRenderings,
  glossaryScorer,
  groupRenderings,
  lengthScorer,
  loadDictdDictionary,
  numbersScorer,
  sharedKeysScorer,
} from '@fonte/align'
export type {
  AlignedQuote,
  AlignOptions,
  Bead,
  BeadScore,
  DiffPart,
  Dictionary,
  EnglishSource,
  GroupOptions,
  QuoteAlignment,
  QuoteCalibration,
  QuoteMatch,
  QuoteOptions,
  Rendering,
  RenderingGroup,
  Scorer,
  ScorerContext,
} from '@fonte/align'
export { analyse, generate, inflect, lemmatize, lexiconStatus, translate } from '@fonte/lexicon'
export type { Analysis, Language, LexiconStatus, PartOfSpeech, Translation } from '@fonte/lexicon'
export { identifyLanguage, languageBlocks } from '@fonte/lang'
export type { IdentifyOptions, LanguageBlock } from '@fonte/lang'
export { markdownProse, plainProse } from '@fonte/markdown'
export type { Prose } from '@fonte/markdown'
export {
  applyFixes,
  createGlossary,
  DocumentError,
  inflectTerm,
  lintFile,
  loadTermBases,
  mergeTermBases,
  parseTermBase,
  rules,
  TermBaseError,
  TermMatcher,
  toTbx,
} from '@fonte/glossary'
export type {
  Concept,
  DocumentFormat,
  Glossary,
  GlossaryMessage,
  GlossaryOptions,
  LintOptions,
  RuleId,
  Severity,
  Term,
  TermBase,
  TermMatch,
  TermStatus,
} from '@fonte/glossary'
export { InputError, readArticle } from './article.js'
export type { Article } from './article.js'
export { fonteAlign, fonteGlossary, fonteLanguage, fonteSplit } from './unified/plugins.js'
export type {
  AlignPluginOptions,
  FonteData,
  GlossaryPluginOptions,
  LanguageOptions,
} from './unified/plugins.js'
export { lintInParallel } from './pool/lint-pool.js'
export type { ParallelLintOptions } from './pool/lint-pool.js'
export { blankBoilerplate, findBoilerplate } from './boilerplate/index.js'
export type { Boilerplate, BoilerplateKind } from './boilerplate/index.js'
export { writeReport } from './report/build.js'
export type { ReportInput, ReportOptions, ReportSummary } from './report/build.js'
