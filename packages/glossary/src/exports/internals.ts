// `@fonte/glossary/internals`: building blocks of the package, exported for fonte's own tools and
// for experiments, without a compatibility promise: they may change in any release.
export { codeSpans, maskCode } from '../code.js'
export { conceptLabel } from '../glossary.js'
export { parseTbx } from '../load/tbx.js'
export { isLiteralTerm } from '../match.js'
export type { TbxDialect } from '../load/tbx.js'
