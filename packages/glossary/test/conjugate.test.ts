import { describe, expect, it } from 'vitest'
import { englishFeaturedForms, italianAdjectiveForms, italianVerbForms } from '../src/conjugate.js'

// The data-free rules that stand in for the lexicon: forms and their UD features.
const form = (lemma: string, features: Record<string, string>) =>
  italianVerbForms(lemma)
    .filter((entry) => JSON.stringify(entry.features) === JSON.stringify(features))
    .map((entry) => entry.form)

describe('Italian verbs without a dictionary', () => {
  it.each([
    ['impostare', { VerbForm: 'Part', Tense: 'Past', Gender: 'Masc', Number: 'Plur' }, ['impostati']],
    ['impostare', { Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Sing', VerbForm: 'Fin' }, ['imposta']],
    ['cercare', { Mood: 'Ind', Tense: 'Fut', Person: '1', Number: 'Sing', VerbForm: 'Fin' }, ['cercherò']],
    ['cominciare', { Mood: 'Ind', Tense: 'Pres', Person: '2', Number: 'Sing', VerbForm: 'Fin' }, ['cominci']],
    ['ricevere', { VerbForm: 'Ger' }, ['ricevendo']],
    ['gestire', { Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Sing', VerbForm: 'Fin' }, ['geste', 'gestisce']],
    ['fare', { VerbForm: 'Part', Tense: 'Past', Gender: 'Masc', Number: 'Sing' }, ['fatto']],
    ['fare', { Mood: 'Imp', Person: '2', Number: 'Sing', VerbForm: 'Fin' }, ['fai']],
    ['impostare', { VerbForm: 'Inf', Clitic: 'lo' }, ['impostarlo']],
  ])('%s %j', (lemma, features, expected) => {
    expect(form(lemma, features)).toEqual(expected)
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
    ['pubblico', ['pubblico', 'pubblica', 'pubblici', 'pubblichi', 'pubbliche']],
    ['utile', ['utile', 'utili']],
  ])('%s', (word, expected) => {
    expect(italianAdjectiveForms(word).map((entry) => entry.form)).toEqual(expected)
  })

  it.each([
    ['click', true, ['click', 'clicks', 'clicking', 'clicked']],
    ['stop', true, ['stop', 'stops', 'stopping', 'stopped']],
    ['copy', true, ['copy', 'copies', 'copying', 'copied']],
    ['file', false, ['file', 'files']],
  ])('%s', (word, verb, expected) => {
    expect(englishFeaturedForms(word, verb).map((entry) => entry.form)).toEqual(expected)
  })
})
