// Skeleton with the public contract; the data-backed implementation replaces the bodies.
import type { Analysis, Language, PartOfSpeech } from './types.js'

export type { Analysis, Language, PartOfSpeech, Translation } from './types.js'

/** Candidate lemmas of `word`, most likely first (empty when unknown). */
export function lemmatize(word: string, language: Language): string[] {
  void language
  return word ? [word.toLowerCase()] : []
}

/** Every reading of `word` with part of speech and features, most likely first. */
export function analyse(word: string, language: Language): Analysis[] {
  void language
  return word ? [{ lemma: word.toLowerCase(), pos: 'OTHER', features: {} }] : []
}

/** Every form of `lemma` (optionally of one part of speech), the lemma itself included. */
export function inflect(lemma: string, language: Language, pos?: PartOfSpeech): string[] {
  void language
  void pos
  return lemma ? [lemma] : []
}

/** Forms of `lemma` that carry `features` (e.g. the feminine plural of an adjective). */
export function generate(
  lemma: string,
  language: Language,
  pos: PartOfSpeech,
  features: Readonly<Record<string, string>>,
): string[] {
  void language
  void pos
  void features
  return lemma ? [lemma] : []
}

export { translate } from './translate.js'
