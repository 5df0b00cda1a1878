// The file of `@fonte/lexicon`'s word answers (lemmas and translations: what the aligner asks)
// that `fonte report`, `align` and `variants` keep between runs, a kind of lexicon-cache.ts's
// answers files. A module of its own: `fonte lint` loads lexicon-cache.ts on every start-up, and
// never this one nor `@fonte/lexicon/answers`.
import { useWordAnswers, wordAnswers } from '@fonte/lexicon/answers'
import {
  isRecord,
  openAnswers,
  openLexiconCache,
  type AnswersKind,
  type LexiconCache,
} from './lexicon-cache.js'

/**
 * The most word answers kept per call and language (lemmas of Italian words, of English words,
 * translations each way). Each kept answer costs every run ~2.5 µs to parse and seed and ~3 µs to
 * write again (17,600 answers, 1.1 MB: 29 + 14 ms, and 40–75 ms to write), and saves ~100 µs
 * when a run asks for it (the lexicon's share of a first article, ~1,500 answers for ~150 ms of
 * CPU). A corpus-it article adds ~700 answers, 53 articles (corpus-it and NTREX) 17,600: at
 * 3,000 a table (≤ 12,000 answers, ~0.75 MB) the file holds the last ~15 articles' vocabulary
 * and costs a run at most ~65 ms. 2026-12-01, `/tmp` measurements listed in the commit.
 */
const wordLimit = 3_000

const wordKind: AnswersKind = {
  prefix: 'word-answers-',
  format: 'fonte-word-answers/3',
  seed: (answers) => useWordAnswers(isRecord(answers) ? answers : {}),
  take: () => wordAnswers(wordLimit),
}

/**
 * Seed `@fonte/lexicon`'s memo of word answers from its cache file, and return how to save it;
 * undefined when the cache is off (`FONTE_CACHE=0`) or the installed lexicon cannot be told apart.
 */
export function openWordCache(env: NodeJS.ProcessEnv = process.env): LexiconCache | undefined {
  return openAnswers(wordKind, env)
}

/**
 * The files of a command that aligns (`report`, `align`, `variants`): the word answers, and the
 * term base's answers that `fonte lint` keeps (the glossary asks about the same term words
 * whatever the command, so that file stays the term base's size). Empty when the cache is off.
 */
export function openAnswerFiles(env: NodeJS.ProcessEnv = process.env): LexiconCache[] {
  return [openWordCache(env), openLexiconCache(env)].filter((cache) => cache !== undefined)
}
