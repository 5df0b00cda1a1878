// The splitters fonte is measured against, each as `(text) => string[]`. Shared by eval and bench.
import { createRequire } from 'node:module'
import { split } from 'sentence-splitter'
import { splitSentences } from '@fonte/split-it'

const require = createRequire(import.meta.url)

/** Plain sentence-splitter 5, as textlint uses it: the baseline of `pnpm bench`. */
export function sentenceSplitter(text) {
  return split(text)
    .filter((node) => node.type === 'Sentence')
    .map((node) => node.raw)
}

const segmenter = new Intl.Segmenter('it', { granularity: 'sentence' })
/** The ICU sentence segmenter built into Node, Italian locale. */
export function intlSegmenter(text) {
  return Array.from(segmenter.segment(text), (part) => part.segment)
}

/** Loads an optional peer; `null` when it is not installed (a user's clone without devDependencies). */
function optional(load) {
  try {
    return load()
  } catch {
    return null
  }
}

const cldr = optional(() => require('cldr-segmentation'))
/** sentencex, when installed: the speed reference of `pnpm bench`. */
export const sentencex = optional(() => require('sentencex'))

/** fonte with its defaults: the news conventions (quotations with an attribution kept whole). */
export function fonte(text) {
  return splitSentences(text).map((sentence) => sentence.text)
}

/** fonte with the Universal Dependencies convention: quotations split, lower-case starts. */
export function fonteUd(text) {
  return splitSentences(text, { convention: 'ud' }).map((sentence) => sentence.text)
}

/** Every splitter, fonte first. */
export const splitters = [
  ['fonte (default)', fonte],
  ['fonte (convention: ud)', fonteUd],
  [
    'fonte (quotes: split)',
    (text) => splitSentences(text, { quotes: 'split' }).map((sentence) => sentence.text),
  ],
  [
    'fonte (quotes: keep)',
    (text) => splitSentences(text, { quotes: 'keep' }).map((sentence) => sentence.text),
  ],
  ['sentence-splitter 5', sentenceSplitter],
  ...(sentencex ? [['sentencex (it)', (text) => sentencex.segment('it', text)]] : []),
  ...(cldr
    ? [['cldr-segmentation (it)', (text) => cldr.sentenceSplit(text, cldr.suppressions.it)]]
    : []),
  ['Intl.Segmenter (it)', intlSegmenter],
]
