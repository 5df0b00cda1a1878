import { describe, expect, it } from 'vitest'
import { englishFeaturedForms, italianAdjectiveForms, italianVerbForms } from '../src/conjugate.js'
import { sameFeatures } from '../src/morphology.js'

// The forms glossary matching takes from the lexicon, with their UD features.
const form = (lemma: string, features: Record<string, string>) => [
  ...new Set(
    italianVerbForms(lemma)
      .filter((entry) => sameFeatures(entry.features, features))
      .map((entry) => entry.form),
  ),
]

describe('Italian verbs from the lexicon', () => {
  it.each([
    [
      'impostare',
      { VerbForm: 'Part', Tense: 'Past', Gender: 'Masc', Number: 'Plur' },
      ['impostati'],
    ],
    [
      'impostare',
      { Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Sing', VerbForm: 'Fin' },
      ['imposta'],
    ],
    [
      'cercare',
      { Mood: 'Ind', Tense: 'Fut', Person: '1', Number: 'Sing', VerbForm: 'Fin' },
      ['cercherò'],
    ],
    [
      'cominciare',
      { Mood: 'Ind', Tense: 'Pres', Person: '2', Number: 'Sing', VerbForm: 'Fin' },
      ['cominci'],
    ],
    ['ricevere', { VerbForm: 'Ger' }, ['ricevendo']],
    [
      'gestire',
      { Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Sing', VerbForm: 'Fin' },
      ['gestisce'],
    ],
    ['fare', { VerbForm: 'Part', Tense: 'Past', Gender: 'Masc', Number: 'Sing' }, ['fatto']],
    ['fare', { Mood: 'Imp', Person: '2', Number: 'Sing', VerbForm: 'Fin' }, ['fai']],
    ['impostare', { VerbForm: 'Inf', Clitic: 'lo' }, ['impostarlo']],
    ['impostare', { VerbForm: 'Inf', Clitic: 'la' }, ['impostarla']],
    [
      'impostare',
      { Mood: 'Imp', Person: '2', Number: 'Sing', VerbForm: 'Fin', Clitic: 'lo' },
      ['impostalo'],
    ],
  ])('%s %j', (lemma, features, expected) => {
    // The data adds spelling variants (`cerchero'`, `fa'`) to the usual form.
    expect(form(lemma, features)).toEqual(expect.arrayContaining(expected))
    expect(form(lemma, features).filter((found) => !found.includes("'"))).toEqual(expected)
  })

  it('lists action nouns as derived, never as verb forms', () => {
    const derived = italianVerbForms('impostare').filter((entry) => entry.features.Derived)
    expect(derived.map((entry) => entry.form)).toContain('impostazione')
  })

  it('has no forms for a word that is not an infinitive', () => {
    expect(italianVerbForms('archivio')).toEqual([])
  })
})

describe('adjectives and English forms', () => {
  it.each([
    ['predefinito', ['predefinito', 'predefinita', 'predefiniti', 'predefinite']],
    ['pubblico', ['pubblico', 'pubblica', 'pubblici', 'pubbliche']],
    ['utile', ['utile', 'utili']],
  ])('%s', (word, expected) => {
    const plain = italianAdjectiveForms(word).filter((entry) => !entry.features.Degree)
    expect(new Set(plain.map((entry) => entry.form))).toEqual(new Set(expected))
  })

  it.each([
    ['click', true, ['click', 'clicks', 'clicking', 'clicked']],
    ['stop', true, ['stop', 'stops', 'stopping', 'stopped']],
    ['copy', true, ['copy', 'copies', 'copying', 'copied']],
    ['file', false, ['file', 'files']],
  ])('%s', (word, verb, expected) => {
    // The ending rules may add a form nobody writes (`copys`): it never matches a text.
    const forms = englishFeaturedForms(word, verb).map((entry) => entry.form)
    expect(forms).toEqual(expect.arrayContaining(expected))
  })
})
