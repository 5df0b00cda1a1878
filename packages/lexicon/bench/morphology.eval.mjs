// Lemma and inflection accuracy of @fonte/lexicon on UD treebanks, read in place from
// ../shared/eval/lexicon (licensed for evaluation only, never copied here). Content words only
// (UPOS NOUN, VERB, ADJ, AUX; no digits; proper nouns excluded), each token counted once.
//
//   node packages/lexicon/bench/morphology.eval.mjs [--errors]   (after tsc -b packages/lexicon)
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inflect, lemmatize } from '../dist/index.js'
import { setDataLocator } from '../dist/load.js'

const treebanks = [
  ['it', 'UD Italian-ISDT dev', 'it_isdt-ud-dev.conllu'],
  ['en', 'UD English-EWT dev', 'en_ewt-ud-dev.conllu'],
]
const contentWords = new Set(['NOUN', 'VERB', 'ADJ', 'AUX'])

/** The content-word tokens of a CoNLL-U file as {form, lemma, upos}. */
export function contentTokens(file) {
  const tokens = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue
    const [id, form, lemma, upos] = line.split('\t')
    if (!/^\d+$/.test(id) || !contentWords.has(upos) || /\d/.test(form)) continue
    tokens.push({ form, lemma, upos })
  }
  return tokens
}

/** Scores one language on its tokens; `errors` collects the misses when given. */
function score(language, tokens, errors) {
  let top = 0
  let any = 0
  let inflected = 0
  let tagged = 0
  const forms = new Map()
  for (const { form, lemma, upos } of tokens) {
    const lower = form.toLowerCase()
    const candidates = lemmatize(lower, language).map((candidate) => candidate.toLowerCase())
    const gold = lemma.toLowerCase()
    if (candidates[0] === gold) top++
    else errors?.push(`${upos}\t${lower}\t${gold}\t${candidates.slice(0, 4).join(',')}`)
    if (candidates.includes(gold)) any++
    // The same word with the treebank's part of speech, as a tagger would give it.
    const given = lemmatize(lower, language, { pos: upos })[0]?.toLowerCase()
    if (given === gold) tagged++
    if (!forms.has(lemma)) forms.set(lemma, new Set(inflect(lemma, language)))
    if (forms.get(lemma).has(form) || forms.get(lemma).has(lower)) inflected++
  }
  const share = (count) => `${((100 * count) / tokens.length).toFixed(1)} %`
  return [share(top), share(any), share(inflected), share(tagged)]
}

/**
 * Lemma top-1, any-of-candidates and inflection recall, with the data package and with the
 * data-free rules alone, on each treebank in `folder`.
 */
export async function evaluateMorphology(folder, { errors } = {}) {
  const rows = []
  for (const [language, name, file] of treebanks) {
    const path = join(folder, file)
    if (!existsSync(path)) continue
    const tokens = contentTokens(path)
    for (const [system, locator] of [
      ['fonte (@fonte/lexicon-morphology)', undefined],
      ['fonte (rules only, no data package)', () => null],
    ]) {
      setDataLocator(locator)
      const misses = system.includes('rules') ? undefined : errors
      rows.push([`${name}: ${system}`, tokens.length, ...score(language, tokens, misses)])
    }
    setDataLocator()
  }
  return {
    header: [
      'treebank: lemmatiser',
      'tokens',
      'lemma top-1',
      'lemma any',
      'inflection recall',
      'lemma top-1 given UPOS',
    ],
    rows,
    note:
      'Tokens: content words (UPOS NOUN, VERB, ADJ, AUX) without digits, proper nouns excluded; the form is ' +
      'lower-cased before lemmatizing. Inflection recall: the form is among inflect(gold lemma). Given UPOS: ' +
      "lemmatize(form, language, {pos}) with the treebank's part of speech. UD lemmatises " +
      'some participles as adjectives and the data as verbs, so a share of the top-1 misses are gold disagreements.',
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = join(
    fileURLToPath(new URL('.', import.meta.url)),
    '../../../../shared/eval/lexicon',
  )
  const errors = process.argv.includes('--errors') ? [] : undefined
  const { header, rows } = await evaluateMorphology(folder, { errors })
  console.log(header.join(' | '))
  for (const row of rows) console.log(row.join(' | '))
  if (errors) {
    const counts = new Map()
    for (const error of errors) counts.set(error, (counts.get(error) ?? 0) + 1)
    for (const [error, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log(count, error)
  }
}
