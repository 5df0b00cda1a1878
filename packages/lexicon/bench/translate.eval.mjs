// EN→IT translation recall of @fonte/lexicon's `translate` on news sentence pairs, read in place
// from ../shared/eval/ntrex-dev and ../shared/wire (licensed for evaluation only: no word list,
// pair or weight derived from them is written anywhere). For each English content word of a
// pair, lemmatised, a translation counts as recalled when it occurs in the Italian sentence.
//
//   node packages/lexicon/bench/translate.eval.mjs [--misses]   (after tsc -b packages/lexicon)
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inflect, lemmatize } from '../dist/index.js'
import { resetTranslations, translate } from '../dist/translate.js'

/**
 * English function words, auxiliaries and the commonest adverbs of degree and time: not content
 * words (a general list, written for this measure, not drawn from the evaluation data).
 */
const stopWords = new Set(
  `a about above after again against all almost also although always am among an and another any
  anyone anything are around as at be because been before being below between both but by can
  cannot could did do does doing done down during each either else enough even ever every few for
  from further had has have having he her here hers herself him himself his how however i if in
  into is it its itself just least less let like may me might more most much must my myself neither
  never no nor not now of off often on once one only or other others otherwise our ours ourselves
  out over own per perhaps quite rather same shall she should since so some something still such
  than that the their theirs them themselves then there therefore these they this those though
  through thus to too toward towards under until up upon us very via was we were what whatever
  when where whether which while who whom whose why will with within without would yet you your
  yours yourself yourselves mr mrs ms dr st etc yes ok get got gets getting go goes going gone went
  everyone everybody everything someone somebody nobody nothing anybody`
    .split(/\s+/)
    .filter(Boolean),
)

/** Words (letters, inner apostrophes and hyphens) of a sentence with their offsets. */
export function words(text) {
  return [...text.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)].map((match) => ({
    word: match[0],
    index: match.index,
  }))
}

/**
 * The content words of an English sentence, lower case: no stop word, no word with digits, no
 * capitalised word after the first (a name); clitics (`'s`, `n't`) taken off.
 */
export function contentWords(sentence) {
  return contentTokens(sentence).map(({ word }) => word)
}

/** {@link contentWords} with each word's index among the sentence's {@link words}: `{word, token}`. */
export function contentTokens(sentence) {
  return words(sentence)
    .map(({ word }, token) => ({ word, token }))
    .filter(({ word, token }) => token === 0 || !/^\p{Lu}/u.test(word))
    .map(({ word, token }) => ({
      word: word
        .toLowerCase()
        .replace(/n['’]t$/, '')
        .replace(/['’](s|re|ve|ll|d|m)$/, ''),
      token,
    }))
    .filter(({ word }) => word.length > 1 && !stopWords.has(word))
}

/** The 1-1 sentence pairs of the development sets: `{source, en, it}`. */
export function loadPairs(sharedFolder) {
  const pairs = []
  const ntrex = join(sharedFolder, 'eval', 'ntrex-dev', 'alignment', 'ntrex-en-it-natural.jsonl')
  if (existsSync(ntrex))
    for (const line of readFileSync(ntrex, 'utf8').split('\n')) {
      if (!line.trim()) continue
      const story = JSON.parse(line)
      for (const [english, italian] of story.links)
        if (english.length === 1 && italian.length === 1)
          pairs.push({ source: 'NTREX dev', en: story.en[english[0]], it: story.it[italian[0]] })
    }
  const wire = join(sharedFolder, 'wire', 'articles.json')
  if (existsSync(wire))
    for (const article of JSON.parse(readFileSync(wire, 'utf8')))
      for (const sentence of article.aligned_sentences ?? [])
        if (sentence.en?.length)
          pairs.push({ source: 'wire', en: sentence.en.join(' '), it: sentence.it })
  return pairs
}

/** Whether `inflect` is data-backed (knows more than the lemma of a regular Italian verb). */
function inflectWorks() {
  return inflect('parlare', 'it').includes('parlato')
}

/**
 * A matcher of Italian lemmas against a sentence: by the lemma's forms (`inflect`), or, with
 * `prefix`, by a shared prefix of 5 letters (the whole word when shorter).
 */
function matcher(italian, prefix) {
  const tokens = new Set(words(italian.toLowerCase()).flatMap(({ word }) => word.split(/['’-]/)))
  const text = ` ${words(italian.toLowerCase())
    .map(({ word }) => word)
    .join(' ')} `
  const one = (lemma) => {
    if (prefix) {
      const stem = lemma.slice(0, 5)
      for (const token of tokens)
        if (stem.length < 5 ? token === lemma : token.startsWith(stem)) return true
      return false
    }
    return inflect(lemma, 'it').some((form) => tokens.has(form.toLowerCase()))
  }
  return (lemma) => {
    if (!lemma.includes(' ')) return one(lemma)
    if (text.includes(` ${lemma} `)) return true
    // A phrase counts when its head (the first word, as `primo ministro`) is there.
    return one(lemma.split(' ')[0])
  }
}

/**
 * The translations of an English word form: those of each of its lemmas, the first lemma's first
 * (`funding` → `fund`, then `funding`), best weight kept.
 */
export function translationsOf(form, lookup) {
  const merged = new Map()
  const lemmas = [...new Set([...lemmatize(form, 'en'), form])]
  lemmas.forEach((lemma, rank) => {
    for (const { lemma: italian, weight } of lookup(lemma)) {
      const score = weight * 0.9 ** rank
      if (!(merged.get(italian) >= score)) merged.set(italian, score)
    }
  })
  return [...merged].sort((a, b) => b[1] - a[1]).map(([lemma, weight]) => ({ lemma, weight }))
}

/**
 * Counts, for one lexicon (`lookup`: lemma → translations, best first), the content words of
 * `pairs` with a translation (`covered`) and with one in the Italian sentence among the first one,
 * the first three (by forms, and by prefix) and all translations.
 */
export function scoreLexicon(pairs, lookup, misses) {
  const counts = { words: 0, covered: 0, top1: 0, top3: 0, top3prefix: 0, all: 0 }
  for (const { en, it } of pairs) {
    const byForms = matcher(it, false)
    const byPrefix = matcher(it, true)
    for (const form of contentWords(en)) {
      counts.words++
      const translations = translationsOf(form, lookup).map(({ lemma }) => lemma)
      if (translations.length === 0) {
        misses?.push(`uncovered\t${form}`)
        continue
      }
      counts.covered++
      const top3 = translations.slice(0, 3)
      if (byForms(translations[0])) counts.top1++
      if (top3.some(byForms)) counts.top3++
      else misses?.push(`missed\t${form}\t${top3.join(', ')}`)
      if (top3.some(byPrefix)) counts.top3prefix++
      if (translations.some(byForms)) counts.all++
    }
  }
  return counts
}

/** FreeDict alone, built in memory from the Debian packages (`undefined` when not installed). */
export async function freeDictAlone() {
  const script = new URL('../../../scripts/lexicon/build-en-it.mjs', import.meta.url)
  const { buildRows, missingPackages } = await import(script.href)
  const only = new Set(['fd', 'fdr'])
  if (missingPackages(only).length > 0) return undefined
  const table = new Map()
  for (const [en, it, weight] of buildRows(only)) {
    if (!table.has(en)) table.set(en, [])
    table.get(en).push({ lemma: it, weight })
  }
  for (const list of table.values()) list.sort((a, b) => b.weight - a.weight)
  return (lemma) => table.get(lemma) ?? []
}

/**
 * Recall@1 and @3 and coverage of `translate` (the union in @fonte/lexicon-en-it) and of FreeDict
 * alone, on the English content words of the sentence pairs under `sharedFolder`.
 */
export async function evaluateTranslation(sharedFolder, { misses } = {}) {
  const pairs = loadPairs(sharedFolder)
  const lexicons = [['fonte (@fonte/lexicon-en-it)', (lemma) => translate(lemma, 'en', 'it')]]
  const freeDict = await freeDictAlone()
  if (freeDict) lexicons.push(['FreeDict eng-ita + ita-eng alone', freeDict])
  const rows = []
  for (const source of [...new Set(pairs.map((pair) => pair.source))]) {
    const subset = pairs.filter((pair) => pair.source === source)
    for (const [name, lookup] of lexicons) {
      const counts = scoreLexicon(subset, lookup, name.startsWith('fonte') ? misses : undefined)
      const share = (count) => `${((100 * count) / counts.words).toFixed(1)} %`
      rows.push([
        `${source}: ${name}`,
        counts.words,
        share(counts.covered),
        share(counts.top1),
        share(counts.top3),
        share(counts.top3prefix),
        share(counts.all),
      ])
    }
  }
  const matching = inflectWorks()
    ? 'a form from inflect(translation) is a word of the Italian sentence'
    : 'inflect has no data here, so only the lemma itself matches'
  return {
    header: [
      'pairs: lexicon',
      'content words',
      'coverage',
      'recall@1',
      'recall@3',
      'recall@3 (prefix 5)',
      'recall@all',
    ],
    rows,
    note:
      'English content words of 1-1 sentence pairs (no stop words, digits or capitalised words after the first), ' +
      'lemmatised with @fonte/lexicon, each occurrence counted. recall@k: one of the k first translations is in the ' +
      `Italian sentence (${matching}); prefix 5: a word of the sentence starts with the translation's first 5 letters; ` +
      'recall@all: any translation. Coverage: words with any translation. A free translation, a pronoun or an ' +
      'omission in the Italian makes a miss no lexicon can avoid.',
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const shared = join(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared')
  const misses = process.argv.includes('--misses') ? [] : undefined
  // `--data=a.tsv.gz[,b.tsv.gz…]`: measure those files (a build's `--out`) instead of the packages.
  const data = process.argv.find((argument) => argument.startsWith('--data='))
  if (data) resetTranslations(...data.slice('--data='.length).split(','))
  const { header, rows } = await evaluateTranslation(shared, { misses })
  console.log(header.join(' | '))
  for (const row of rows) console.log(row.join(' | '))
  if (misses) {
    const counts = new Map()
    for (const miss of misses) counts.set(miss, (counts.get(miss) ?? 0) + 1)
    for (const [miss, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 150))
      console.log(count, miss)
  }
}
