// Checks that this build of @fonte/lexicon answers exactly as a baseline build does, over a large
// word list: run it before committing a change of the data format or of the look-up code.
//
//   node packages/lexicon/bench/same-answers.mjs <baseline>
//
// `<baseline>` is a folder laid out as an install of the earlier build: `<baseline>/lexicon/dist`
// (its compiled code) and `<baseline>/node_modules/@fonte/lexicon-*` (its data packages, each
// with `package.json` and `data/`), so that the baseline resolves its own data. Made, before the
// change, with:
//
//   mkdir -p B/lexicon B/node_modules/@fonte && cp -r packages/lexicon/dist B/lexicon/ &&
//   for p in lexicon-morphology lexicon-en-it lexicon-en-it-es lexicon-en-it-wikdict; do
//     mkdir -p B/node_modules/@fonte/$p && cp -r packages/$p/{data,package.json} B/node_modules/@fonte/$p/; done &&
//   mkdir -p B/node_modules/@fonte/arguments && cp -r packages/arguments/{dist,package.json} B/node_modules/@fonte/arguments/
//
// (the last line for a build from aef9a20 on, when the lexicon's translate came to import
// @fonte/arguments).
//
// The words: every distinct word of corpus-it, and the forms and lemmas of the UD development
// treebanks in ../shared/eval/lexicon when that folder is there (read at run time, never kept).
// Compared: `analyse` and `lemmatize` of each word, `paradigm` of each lemma, and `translate` of
// each lemma both ways. Exits 1 on the first differences (it prints up to 20).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { pathToFileURL } from 'node:url'
import * as current from '@fonte/lexicon'

const baselineFolder = process.argv[2]
if (!baselineFolder || !existsSync(`${baselineFolder}/lexicon/dist/index.js`)) {
  console.error('same-answers: give the baseline folder (<folder>/lexicon/dist/index.js)')
  process.exit(2)
}
const baseline = await import(pathToFileURL(`${baselineFolder}/lexicon/dist/index.js`).href)

const root = new URL('../../../', import.meta.url)
const words = { it: new Set(), en: new Set() }
const lemmas = { it: new Set(), en: new Set() }

const corpus = new URL('corpus-it/', root)
for (const name of readdirSync(corpus).filter((entry) => /^\d/.test(entry)))
  for (const word of readFileSync(new URL(`${name}/article.md`, corpus), 'utf8').match(
    /[\p{L}'’.-]+/gu,
  ) ?? [])
    words.it.add(word)

const treebanks = new URL('../shared/eval/lexicon/', root)
for (const [language, file] of [
  ['it', 'it_isdt-ud-dev.conllu'],
  ['en', 'en_ewt-ud-dev.conllu'],
]) {
  const url = new URL(file, treebanks)
  if (!existsSync(url)) {
    console.log(`(${file} not found: its words are left out)`)
    continue
  }
  for (const line of readFileSync(url, 'utf8').split('\n')) {
    const fields = line.split('\t')
    if (fields.length < 4 || !/^\d+$/.test(fields[0])) continue
    words[language].add(fields[1])
    words[language].add(fields[1].toLowerCase())
    lemmas[language].add(fields[2])
  }
}

let differences = 0
/** Compares one call's answers; prints the first differences. */
function compare(what, call) {
  const [expected, actual] = [call(baseline), call(current)]
  if (isDeepStrictEqual(expected, actual)) return
  if (++differences <= 20)
    console.log(
      `${what}:\n  baseline ${JSON.stringify(expected)}\n  current  ${JSON.stringify(actual)}`,
    )
}

let calls = 0
for (const language of ['it', 'en']) {
  for (const word of words[language]) {
    compare(`analyse(${word}, ${language})`, (lexicon) => lexicon.analyse(word, language))
    compare(`lemmatize(${word}, ${language})`, (lexicon) => lexicon.lemmatize(word, language))
    calls += 2
  }
  const other = language === 'it' ? 'en' : 'it'
  for (const lemma of lemmas[language]) {
    compare(`paradigm(${lemma}, ${language})`, (lexicon) => lexicon.paradigm(lemma, language))
    compare(`translate(${lemma}, ${language})`, (lexicon) =>
      lexicon.translate(lemma, language, other),
    )
    calls += 2
  }
}
console.log(
  `${calls} calls over ${words.it.size} Italian and ${words.en.size} English words, ` +
    `${lemmas.it.size + lemmas.en.size} lemmas: ${differences} differences`,
)
process.exit(differences > 0 ? 1 : 0)
