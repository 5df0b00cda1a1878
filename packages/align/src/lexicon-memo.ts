import { type Language, type Translation, translate } from '@fonte/lexicon'
import { remembered } from './remembered.js'

// `@fonte/lexicon`'s `translate` searches its tables on every call and copies its answers; the
// aligner asks for the same lemmas again and again (the sentence keys and the quotation evidence
// of every article of a run read the same news vocabulary), so its answers are kept here, per
// direction, read-only. A table that reaches `rememberedLemmas` entries starts again.
const rememberedLemmas = 100_000
const memo = {
  enit: remembered(rememberedLemmas, (lemma) => translate(lemma, 'en', 'it')),
  iten: remembered(rememberedLemmas, (lemma) => translate(lemma, 'it', 'en')),
}

/** `translate(lemma, from, to)`, remembered; the answer must not be changed. */
export function translations(lemma: string, from: Language, to: Language): readonly Translation[] {
  // No direction string is made per call: the keys of every word of an article ask.
  if (from === 'en' && to === 'it') return memo.enit(lemma)
  if (from === 'it' && to === 'en') return memo.iten(lemma)
  return translate(lemma, from, to)
}
