import type { Language, Translation } from './types.js'

/** Translations of a lemma, most likely first. */
export function translate(lemma: string, from: Language, to: Language): Translation[] {
  void lemma
  void from
  void to
  return []
}
