// `@fonte/glossary/bilingual`: the PO and XLIFF readers `lintFile` uses, and the edits that mark
// fixed translations fuzzy or for review.
export { escapePo, fuzzyEdits, parsePo, readPo } from '../bilingual/po.js'
export { reviewEdits } from '../bilingual/xliff-review.js'
export { escapeXml, parseXliff, readXliff } from '../bilingual/xliff.js'
export type { PoEntry, PoFile } from '../bilingual/po.js'
export type { XliffFile } from '../bilingual/xliff.js'
export type { MappedText } from '@fonte/markdown'
export type { Segment } from '../segment.js'
