import { functionWords } from '@fonte/lexicon'
import { describe, expect, it } from 'vitest'
import { auxiliaries } from '../src/conjugate.js'
import { invariableWords } from '../src/inflect.js'

// The glossary keeps its own small lists where a class of @fonte/lexicon's sourced function-word
// list (Apertium's analysers) is wider than what the code needs: the whole preposition class
// includes words that inflect inside a term (`lungo` / `lunghi`, `secondo` / `secondi`, `salvo`,
// `verso`, `fino`), and Apertium has no `venire` auxiliary. These tests hold the local lists to
// the sourced one, so that the two cannot disagree on a word.
describe('glossary function words against @fonte/lexicon', () => {
  const rows: Array<
    [list: string, words: Iterable<string>, classes: string[], notInLexicon: string[]]
  > = [
    [
      'invariableWords (inflect.ts)',
      invariableWords,
      ['article', 'preposition', 'coordinating-conjunction'],
      // Archaic `o` before a vowel, which Apertium does not list.
      ['od'],
    ],
    ['auxiliaries.active (conjugate.ts)', auxiliaries.active, ['auxiliary'], []],
    [
      'auxiliaries.passive (conjugate.ts)',
      auxiliaries.passive,
      ['auxiliary'],
      // The passive `venire`, a lexical verb for Apertium; `e` is `è` written without its accent.
      [...auxiliaries.passive].filter((word) => /^(?:ven|vien|verr)/.test(word)).concat('e'),
    ],
  ]
  it.each(rows)(
    '%s are lexicon function words of their class',
    (_, words, classes, notInLexicon) => {
      const sourced = functionWords('it', { classes: classes as never })
      const missing = [...words].filter((word) => !sourced.has(word))
      expect(missing.sort()).toEqual([...notInLexicon].sort())
    },
  )
})
