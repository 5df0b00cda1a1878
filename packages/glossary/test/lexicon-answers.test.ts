// The memo of the lexicon's answers (issue #14): off by default; once seeded, compiling a term
// base takes the answers it holds instead of asking the lexicon, and hands back what it added.
import { describe, expect, it } from 'vitest'
import { createGlossary } from '../src/index.js'
import { lexiconAnswers, useLexiconAnswers } from '../src/exports/lexicon-answers.js'
import type { TermBase } from '../src/types.js'

const termBase = (text: string): TermBase => ({
  concepts: [{ id: 'c', terms: [{ text, language: 'it', status: 'forbidden' }] }],
  files: [],
})

/** The texts of the matches of `text` for a one-term term base. */
const matches = (term: string, text: string) =>
  createGlossary(termBase(term))
    .target.match(text)
    .map((match) => match.text)

describe('the lexicon answers memo', () => {
  it('is off until seeded: nothing to hand back', () => {
    matches('difesa', 'la difesa')
    expect(lexiconAnswers()).toBeUndefined()
  })

  it('hands back the answers a compile asked for, and gives them again', () => {
    useLexiconAnswers([])
    const first = matches('armamento', 'gli armamenti')
    const answers = lexiconAnswers()
    expect(answers?.some(([call]) => call === '["inflect","armamento","it","NOUN"]')).toBe(true)
    useLexiconAnswers(answers)
    expect(matches('armamento', 'gli armamenti')).toEqual(first)
    // Nothing new was asked: every answer came from the memo.
    expect(lexiconAnswers()).toBeUndefined()
  })

  it('answers from the seed, not the lexicon', () => {
    // A made-up form, which only the seeded answer holds (a word no other test asked about: the
    // glossary keeps the answers of this process too).
    useLexiconAnswers([['["inflect","corazzata","it","NOUN"]', ['corazzata', 'corazzatissima']]])
    expect(matches('corazzata', 'una corazzatissima')).toEqual(['corazzatissima'])
  })
})
