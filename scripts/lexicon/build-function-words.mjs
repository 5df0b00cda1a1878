#!/usr/bin/env node
// Regenerates @fonte/lexicon-morphology's function-word lists (`data/<language>.function-words.tsv`)
// from the same Apertium analysers as the morphology: every form with a reading of a closed word
// class (Apertium's tags det, predet, pr, cnjcoo, cnjsub, cnjadv, rel, prn, vbser, vbhaver, vbdo,
// vbmod, preadv; interrogative adverbs; and the negations `non`, `not`), with its classes. Contractions (`della` = di + la, `don't` = do + not, `averlo`
// = avere + lo) take the class of their first word.
//
//   node scripts/lexicon/build-function-words.mjs
//
// Needs: apt-get install lttoolbox-dev apertium-spa-ita apertium-cat-ita apertium-eng-cat
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyses, apostrophes, checkInstalled, debianVersion, sources } from './apertium.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const out = join(root, 'packages', 'lexicon-morphology', 'data')
const format = 'fonte-function-words/1'

/** Apertium's first tag of a reading and the function-word class it makes. */
const classOfTag = {
  det: 'determiner',
  predet: 'determiner',
  pr: 'preposition',
  cnjcoo: 'coordinating-conjunction',
  cnjsub: 'subordinating-conjunction',
  cnjadv: 'subordinating-conjunction',
  prn: 'pronoun',
  vbser: 'auxiliary',
  vbhaver: 'auxiliary',
  vbdo: 'auxiliary',
  vbmod: 'modal',
  preadv: 'degree-adverb',
}

/**
 * The lemmas of the articles, which Apertium tags as determiners (`il<det><def>`,
 * `un<det><ind>`) like `questo` or `ogni`, and of the negations, which it tags as adverbs
 * (`non<adv>`) like `bene`: the two distinctions here that the tags do not make.
 */
const articleLemmas = { it: new Set(['il', 'un']), en: new Set(['the', 'a']) }
const negationLemmas = { it: new Set(['non']), en: new Set(['not']) }

/**
 * The class of one analysis (`lemma<tag>…+word<tag>…`), or null for open classes, numerals
 * (Apertium also tags `ventun` as a determiner) and multiword units.
 */
function classOf(analysis, language, numerals) {
  if (analysis.includes('#')) return null
  const match = /^([^<]+)<([^>]+)>(?:<([^>]+)>)?/.exec(analysis)
  if (!match) return null
  const [, rawLemma, tag, subtag] = match
  const lemma = rawLemma.replace(apostrophes, "'")
  // Relative `dove`, `come`, `quando` (rel + adv) introduce clauses; `che`, `cui`, `quale` stand for nouns.
  if (tag === 'rel') return subtag === 'adv' ? 'subordinating-conjunction' : 'pronoun'
  // Interrogative adverbs (`perché`, `dove`, `where`, `why`) introduce clauses as well.
  if (tag === 'adv' && subtag === 'itg') return 'subordinating-conjunction'
  if (tag === 'adv') return negationLemmas[language].has(lemma) ? 'negation' : null
  const found = classOfTag[tag]
  if (found !== 'determiner') return found ?? null
  if (numerals.has(lemma)) return null
  return articleLemmas[language].has(lemma) ? 'article' : 'determiner'
}

/**
 * A form as listed: apostrophes straight, a capital first letter lowered (English `I`, Italian
 * polite `Lei`); null for forms with spaces or other capitals (`dall'Aquila`).
 */
function listedForm(raw) {
  const form = raw.replace(apostrophes, "'")
  if (!form || /\s/.test(form)) return null
  const lowered = form.charAt(0).toLowerCase() + form.slice(1)
  return lowered === lowered.toLowerCase() ? lowered : null
}

/**
 * The spellings to list a form under: itself, and for an elided form (`dell'`, `quell'`, `'s`)
 * the form without its apostrophe too, as tokenisers that split at apostrophes see it. An
 * apostrophe after a vowel stands for an accent (`perche'`, `pero'`): without it the word is
 * another one (`pero`, pear tree).
 */
function spellingsOf(form) {
  if (/[^aeiouàèéìòù']'$/.test(form)) return [form, form.slice(0, -1)]
  if (/^'[^']/.test(form)) return [form, form.slice(1)]
  return [form]
}

/**
 * The pieces of an English contraction as tokenisers that split at the apostrophe see them, each
 * with the class of its word: `didn't` (do + not) gives `didn` (auxiliary) and `'t` (negation),
 * `he'll` gives `he` and `'ll` (modal). A host piece that is also a content word (`won` of
 * `won't`, the past of *win*) is left out.
 */
function* contractionPieces(form, analysis, classify, contentForms) {
  const parts = analysis.split('+')
  const apostrophe = form.lastIndexOf("'")
  if (parts.length !== 2 || apostrophe <= 0 || apostrophe === form.length - 1) return
  const host = form.slice(0, apostrophe)
  const hostClass = classify(parts[0])
  if (hostClass && !contentForms.has(host)) yield [host, hostClass]
  const cliticClass = classify(parts[1])
  if (cliticClass) yield [form.slice(apostrophe), cliticClass]
}

/** Every (form, analysis) of one language, the numerals' lemmas and the content words' forms. */
function readAnalyses(language) {
  const readings = []
  const numerals = new Set()
  const contentForms = new Set()
  for (const [raw, analysis] of analyses(language)) {
    const num = /^([^<]+)<num>/.exec(analysis)
    if (num) numerals.add(num[1])
    const form = listedForm(raw)
    if (!form) continue
    readings.push([form, analysis])
    if (/^[^<]+<(n|vblex|adj|np)>/.test(analysis)) contentForms.add(form)
  }
  return { readings, numerals, contentForms }
}

/** Form → classes of one language, read from its analysers. */
function readLanguage(language) {
  const { readings, numerals, contentForms } = readAnalyses(language)
  const classify = (analysis) => classOf(analysis, language, numerals)
  const classes = new Map()
  const add = (form, found) => {
    for (const spelling of spellingsOf(form)) {
      if (!classes.has(spelling)) classes.set(spelling, new Set())
      classes.get(spelling).add(found)
    }
  }
  for (const [form, analysis] of readings) {
    const found = classify(analysis)
    if (!found) continue
    add(form, found)
    if (language === 'en')
      for (const [piece, pieceClass] of contractionPieces(form, analysis, classify, contentForms))
        add(piece, pieceClass)
  }
  return classes
}

/** Writes one language's list; returns its header. */
function build(language) {
  const classes = readLanguage(language)
  const lines = [...classes]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([form, found]) => `${form}\t${[...found].sort().join(' ')}`)
  const header = {
    format,
    language,
    sources: sources[language].map(([pkg, file]) => ({
      package: pkg,
      version: debianVersion(pkg),
      file,
    })),
    forms: lines.length,
  }
  const file = join(out, `${language}.function-words.tsv`)
  writeFileSync(file, [JSON.stringify(header), ...lines, ''].join('\n'))
  console.log(`${language}: ${lines.length} function-word forms → ${file}`)
  return header
}

/** Replaces this script's entries of `data/sources.json`, keeping the other scripts' entries. */
function recordSources(headers) {
  const file = join(out, 'sources.json')
  const kept = JSON.parse(readFileSync(file, 'utf8')).filter((entry) => entry.format !== format)
  const entries = headers.map(({ format, language, sources, forms }) => ({
    format,
    language,
    sources,
    forms,
  }))
  writeFileSync(file, `${JSON.stringify([...kept, ...entries], null, 2)}\n`)
}

checkInstalled('build-function-words')
recordSources(['it', 'en'].map(build))
