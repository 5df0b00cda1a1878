import { type Language, translate } from '@fonte/lexicon'
import { remembered } from './remembered.js'

// `@fonte/lexicon`'s `translate` searches its tables on every call and copies its answers; the
// aligner asks for the same lemmas again and again (the sentence keys and the quotation evidence
// of every article of a run read the same news vocabulary), so its answers are kept here, per
// direction, read-only. Only their lemmas are kept (all the aligner reads of them), and the many
// words with none share one empty list: what a run keeps is a third of the answers' size. A
// table that reaches `rememberedLemmas` entries starts again.
const rememberedLemmas = 100_000
const none: readonly string[] = []

function lemmasOf(lemma: string, from: Language, to: Language): readonly string[] {
  const found = translate(lemma, from, to)
  return found.length === 0 ? none : found.map((translation) => translation.lemma)
}

const memo = {
  enit: remembered(rememberedLemmas, (lemma) => lemmasOf(lemma, 'en', 'it')),
  iten: remembered(rememberedLemmas, (lemma) => lemmasOf(lemma, 'it', 'en')),
}

/**
 * The lemmas of `translate(lemma, from, to)`, in its order, remembered; the answer must not be
 * changed.
 */
export function translatedLemmas(lemma: string, from: Language, to: Language): readonly string[] {
  // No direction string is made per call: the keys of every word of an article ask.
  if (from === 'en' && to === 'it') return memo.enit(lemma)
  if (from === 'it' && to === 'en') return memo.iten(lemma)
  return lemmasOf(lemma, from, to)
}
