export { alignSentences, defaultScorers } from './align.js'
export {
  cognatesScorer,
  dictionaryScorer,
  glossaryScorer,
  lengthScorer,
  numbersScorer,
  sharedKeysScorer,
} from './scorers.js'
export type { AlignOptions, Bead } from './align.js'
export type { BeadRange, Dictionary, Scorer, ScorerContext } from './scorers.js'
