// `@fonte/glossary/lexicon-answers`: the memo of the lexicon's answers to the glossary, which a
// caller may seed and read back to keep between runs (the fonte CLI does, issue #14).
export { lexiconAnswers, useLexiconAnswers } from '../lexicon-answers.js'
