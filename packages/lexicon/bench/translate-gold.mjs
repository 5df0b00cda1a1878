// EN→IT translation recall of @fonte/lexicon's `translate` against hand-labelled word alignments
// (gold/ntrex-word-alignments.json: for each English content word of a sentence pair, the Italian
// word(s) the translator used, or that it was said freely, left out or is a name). The gold file
// holds token positions and sentence hashes only; the sentences are read in place from ../shared
// (licensed for evaluation only) and a pair whose sentence changed is skipped.
//
//   node packages/lexicon/bench/translate-gold.mjs [--misses] [--data=a.tsv.gz[,b.tsv.gz…]]
//   (after tsc -b packages/lexicon; --data measures those files, a build's --out, not the packages)
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inflect, lemmatize } from '../dist/index.js'
import { resetTranslations, translate } from '../dist/translate.js'
import { pairsByKey, readGold, sentenceHash, sourceFiles } from './gold/label.mjs'
import { contentTokens, freeDictAlone, translationsOf, words } from './translate.eval.mjs'

/** The names `pnpm eval` prints for the gold's sources. */
const sourceNames = { 'ntrex-dev': 'NTREX dev', wire: 'wire' }

/**
 * The gold pairs whose sentences are unchanged in `sharedFolder`, each label with its English
 * content word and its gold Italian tokens: `{pairs: [{source, labels: [{en, it, kind, form,
 * gold}]}], skipped: ['story link: why']}`.
 */
export function loadGold(sharedFolder, gold = readGold()) {
  const all = pairsByKey(sharedFolder)
  const pairs = []
  const skipped = []
  for (const entry of gold.pairs) {
    const key = `${entry.story} ${entry.link}`
    const pair = all.get(`${entry.source} ${key}`)
    if (!pair) skipped.push(`${key}: no such 1-1 pair`)
    else if (sentenceHash(pair.en) !== entry.enHash || sentenceHash(pair.it) !== entry.itHash)
      skipped.push(`${key}: sentence changed`)
    else {
      const english = new Map(contentTokens(pair.en).map(({ word, token }) => [token, word]))
      const italian = words(pair.it).map(({ word }) => word)
      const labels = entry.words.map((label) => ({
        ...label,
        form: english.get(label.en),
        gold: label.it?.map((index) => italian[index]) ?? [],
      }))
      if (labels.some(({ form, gold: tokens }) => form === undefined || tokens.includes(undefined)))
        skipped.push(`${key}: a label's token is not in the sentence`)
      else pairs.push({ source: entry.source, labels })
    }
  }
  return { pairs, skipped }
}

/**
 * A matcher of Italian lemmas against the gold tokens of one English word: a lemma hits when one
 * of its forms (`inflect`) is a gold token, or when it is a lemma of one; a multi-word lemma when
 * it is the gold words' text or its first word hits (as the sentence-level eval counts it).
 */
function goldMatcher(tokens) {
  const lower = tokens.map((token) => token.toLowerCase())
  // An elided article or preposition (`l’investitore`) is written on the word: take it off.
  const forms = new Set(lower.flatMap((token) => [token, token.split(/['’]/).at(-1)]))
  const lemmas = new Set(
    [...forms].flatMap((form) => lemmatize(form, 'it')).map((lemma) => lemma.toLowerCase()),
  )
  const text = ` ${lower.join(' ')} `
  const one = (lemma) =>
    lemmas.has(lemma.toLowerCase()) ||
    inflect(lemma, 'it').some((form) => forms.has(form.toLowerCase()))
  return (lemma) =>
    lemma.includes(' ')
      ? text.includes(` ${lemma.toLowerCase()} `) || one(lemma.split(' ')[0])
      : one(lemma)
}

/**
 * Counts, for one lexicon (`lookup`: lemma → translations, best first), the labels of `pairs` by
 * kind, and over the `word` labels (and over `word` and `phrase`) those with a translation and
 * with a gold hit among the first one, the first three and all translations.
 */
export function scoreGold(pairs, lookup, misses) {
  const kinds = { word: 0, phrase: 0, free: 0, none: 0, name: 0 }
  const counts = { covered: 0, top1: 0, top3: 0, all: 0, phraseTop3: 0 }
  for (const { labels } of pairs)
    for (const { kind, form, gold } of labels) {
      kinds[kind]++
      if (kind !== 'word' && kind !== 'phrase') continue
      const translations = translationsOf(form, lookup).map(({ lemma }) => lemma)
      const hits = goldMatcher(gold)
      const top3 = translations.slice(0, 3).some(hits)
      if (kind === 'phrase') {
        if (top3) counts.phraseTop3++
        continue
      }
      if (translations.length > 0) counts.covered++
      if (translations.length > 0 && hits(translations[0])) counts.top1++
      if (top3) counts.top3++
      else
        misses?.push(
          `${form}\t${gold.join(' ')}\t${translations.slice(0, 3).join(', ') || '(none)'}`,
        )
      if (translations.some(hits)) counts.all++
    }
  return { kinds, counts }
}

/** One table row: the label shares, then coverage and recall over the `word` labels. */
function row(name, pairs, { kinds, counts }) {
  const labelled = Object.values(kinds).reduce((sum, count) => sum + count, 0)
  const percent = (count, total) => (total ? `${((100 * count) / total).toFixed(1)} %` : '–')
  return [
    name,
    pairs.length,
    labelled,
    `${percent(kinds.word, labelled)} / ${percent(kinds.phrase, labelled)}`,
    `${percent(kinds.free, labelled)} / ${percent(kinds.none, labelled)} / ${percent(kinds.name, labelled)}`,
    percent(counts.covered, kinds.word),
    percent(counts.top1, kinds.word),
    percent(counts.top3, kinds.word),
    percent(counts.all, kinds.word),
    percent(counts.top3 + counts.phraseTop3, kinds.word + kinds.phrase),
  ]
}

/**
 * Recall@1, @3 and @all of `translate` (and of FreeDict alone, when its Debian packages are
 * installed) on the hand-labelled words of the gold pairs, read under `sharedFolder`; only a
 * `note` when ../shared is absent.
 */
export async function evaluateTranslationGold(sharedFolder, { misses } = {}) {
  const present = Object.values(sourceFiles).some((file) => existsSync(join(sharedFolder, file)))
  if (!present) return { note: 'Hand-labelled translation recall: skipped: ../shared absent.' }
  let gold
  try {
    gold = loadGold(sharedFolder)
  } catch (error) {
    return { note: `Hand-labelled translation recall: skipped: ${error.message}.` }
  }
  const { pairs, skipped } = gold
  const lexicons = [['fonte (@fonte/lexicon-en-it)', (lemma) => translate(lemma, 'en', 'it')]]
  const freeDict = await freeDictAlone()
  if (freeDict) lexicons.push(['FreeDict eng-ita + ita-eng alone', freeDict])
  const rows = []
  for (const source of Object.keys(sourceFiles)) {
    const subset = pairs.filter((pair) => pair.source === source)
    if (subset.length === 0) continue
    for (const [name, lookup] of lexicons) {
      const score = scoreGold(subset, lookup, name.startsWith('fonte') ? misses : undefined)
      rows.push(row(`${sourceNames[source]}: ${name}`, subset, score))
    }
  }
  return {
    header: [
      'pairs: lexicon',
      'pairs',
      'labelled words',
      'word / phrase',
      'free / none / name',
      'coverage',
      'recall@1',
      'recall@3',
      'recall@all',
      'recall@3 (word + phrase)',
    ],
    rows,
    note:
      'English content words (as in the table above) of 1-1 sentence pairs, each labelled by hand with the Italian ' +
      'word(s) the translator used (packages/lexicon/bench/gold, positions only): word, a dictionary translation of ' +
      'this sense; phrase, a multi-word expression; free, said another way or as another part of speech; none, left ' +
      'out; name, a sentence-initial proper name. Coverage and recall@k are over the word labels: one of the first k ' +
      'translations has a form (inflect) that is a gold token, or is a lemma of one.' +
      (skipped.length ? ` Skipped (source changed): ${skipped.join('; ')}.` : ''),
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const shared = join(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared')
  const misses = process.argv.includes('--misses') ? [] : undefined
  const data = process.argv.find((argument) => argument.startsWith('--data='))
  if (data) resetTranslations(...data.slice('--data='.length).split(','))
  const { header, rows, note } = await evaluateTranslationGold(shared, { misses })
  if (rows) {
    console.log(header.join(' | '))
    for (const cells of rows) console.log(cells.join(' | '))
  }
  console.log(note)
  for (const miss of misses ?? []) console.log(`missed\t${miss}`)
}
