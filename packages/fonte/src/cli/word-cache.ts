// The file of `@fonte/lexicon`'s word answers (lemmas and translations: what the aligner asks)
// that `fonte report`, `align` and `variants` keep between runs, a kind of lexicon-cache.ts's
// answers files. A module of its own: `fonte lint` loads lexicon-cache.ts on every start-up, and
// never this one nor `@fonte/lexicon/answers`.
import { isObject } from '@fonte/arguments'
import { useWordAnswers, wordAnswers } from '@fonte/lexicon/answers'
import {
  openAnswers,
  openLexiconCache,
  type AnswersKind,
  type LexiconCache,
} from './lexicon-cache.js'

/**
 * The most word answers kept per call and language (lemmas of Italian words, of English words,
 * translations each way). A corpus-it article asks ~1,500 answers and adds ~700 to the file; 53
 * news articles fill this cap: 12,000 answers, 656 kB, which a run reads in
 * ~16 ms, seeds in ~3.5 ms and writes again in ~32 ms (when it added any). A run that finds every
 * answer never opens the lexicon's translation tables: a second report of corpus-it costs 23 %
 * less CPU. A run of new articles finds ~40 % of its answers and still opens the tables; what the
 * hits save, the file, the decoding and the collector's extra work (~30–60 ms) take back: 18 new
 * news stories after 30 others cost the same or slightly more with 500, 1,500 or 3,000 answers a
 * table (2026-12-01, 7 alternated rounds of a fixed bundle; the smaller caps no cheaper).
 */
const wordLimit = 3_000

const wordKind: AnswersKind = {
  prefix: 'word-answers-',
  format: 'fonte-word-answers/3',
  seed: (answers) => useWordAnswers(isObject(answers) ? answers : {}),
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
