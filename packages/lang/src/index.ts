export { identifyLanguage, languageBlocks } from './identify.js'
export type { IdentifyOptions, LanguageBlock } from './identify.js'
