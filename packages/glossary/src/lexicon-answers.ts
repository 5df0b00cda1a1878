// The `@fonte/lexicon` calls the glossary makes, with a memo a caller can seed and read back:
// the fonte CLI keeps it in a file between runs (issue #14), so that compiling the same term base
// again asks the lexicon nothing and never opens its tables. The lexicon's answers depend on its
// code and data only; the caller keys the file by them. Off until a caller seeds it: a library
// user gets the plain calls.
import * as lexicon from '@fonte/lexicon'
import { assertArrayOf } from './validate.js'

/** Answers by call, `JSON.stringify([function, ...arguments])`; undefined while off. */
let answers: Map<string, unknown> | undefined
let added = 0

/** The lexicon's answer to a call, from the memo when it holds it. A call that throws is not kept. */
function ask<T>(call: unknown[], compute: () => T): T {
  if (answers === undefined) return compute()
  const key = JSON.stringify(call)
  if (answers.has(key)) return answers.get(key) as T
  const answer = compute()
  answers.set(key, answer)
  added++
  return answer
}

/** `lexicon.analyse`, through the memo. */
export function analyse(word: string, language: lexicon.Language): lexicon.Analysis[] {
  return ask(['analyse', word, language], () => lexicon.analyse(word, language))
}

/** `lexicon.inflect`, through the memo. */
export function inflect(
  lemma: string,
  language: lexicon.Language,
  pos?: lexicon.PartOfSpeech,
): string[] {
  return ask(['inflect', lemma, language, pos ?? null], () => lexicon.inflect(lemma, language, pos))
}

/** `lexicon.paradigm`, through the memo. */
export function paradigm(
  lemma: string,
  language: lexicon.Language,
  pos?: lexicon.PartOfSpeech,
): lexicon.TaggedForm[] {
  return ask(['paradigm', lemma, language, pos ?? null], () =>
    lexicon.paradigm(lemma, language, pos),
  )
}

/** `lexicon.generate`, through the memo. */
export function generate(
  lemma: string,
  language: lexicon.Language,
  pos: lexicon.PartOfSpeech,
  features: Readonly<Record<string, string>>,
): string[] {
  return ask(['generate', lemma, language, pos, features], () =>
    lexicon.generate(lemma, language, pos, features),
  )
}

/** Whether a value is a pair of a call (a string) and an answer. */
function isAnswer(entry: unknown): boolean {
  return Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string'
}

/**
 * Turn the memo on, holding `known`: answers an earlier run gave, as `lexiconAnswers` returned
 * them, for the same lexicon code and data (the caller's promise).
 *
 * @throws {TypeError} When `known` is not an array of `[call, answer]` pairs.
 */
export function useLexiconAnswers(known: ReadonlyArray<readonly [string, unknown]> = []): void {
  assertArrayOf('useLexiconAnswers', 'known', known, 'an array of [call, answer] pairs', isAnswer)
  answers = new Map(known)
  added = 0
}

/**
 * The memo's answers, to be kept for a later `useLexiconAnswers`; undefined when the memo is off
 * or holds nothing new since it was turned on.
 */
export function lexiconAnswers(): Array<[string, unknown]> | undefined {
  if (answers === undefined || added === 0) return undefined
  return [...answers]
}
