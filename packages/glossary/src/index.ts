// The root: term bases (load, parse, merge, compile, export), lint, matching. PO and XLIFF
// documents are in `@fonte/glossary/bilingual`, word forms in `@fonte/glossary/morphology`, and
// building blocks without a compatibility promise in `@fonte/glossary/internals`. The error classes
// alone, without loading the parsers, are in `@fonte/glossary/errors`.
export { DocumentError, TermBaseError } from './errors.js'
export { toTbx } from './export-tbx.js'
export { createGlossary, recommendedTerms, termsIn } from './glossary.js'
export { applyFixes, lintFile, rules } from './lint.js'
export { loadGlossary } from './load-glossary.js'
export { loadTermBases, mergeTermBases, parseTermBase } from './load/index.js'
export { inflectTerm, TermMatcher } from './match.js'
export { isForbidden } from './types.js'
export type { Features } from './conjugate.js'
export type { TbxOptions } from './export-tbx.js'
export type { Glossary, GlossaryOptions } from './glossary.js'
export type { GrammaticalNumber } from './inflect.js'
export type { DocumentFormat, GlossaryMessage, LintOptions, RuleId } from './lint.js'
export type { LoadGlossaryOptions } from './load-glossary.js'
export type { TermBaseFormat } from './load/index.js'
export type { MatcherOptions, TermMatch } from './match.js'
export type { WordClass } from './morphology.js'
export type { Finding, Fix, Rule, RuleContext, Severity } from './rules/types.js'
export type { Segment } from './segment.js'
export type { Concept, Place, Point, Term, TermBase, TermStatus } from './types.js'
