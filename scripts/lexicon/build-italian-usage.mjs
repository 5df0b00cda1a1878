#!/usr/bin/env node
// Writes `data/it.tags.tsv` of @fonte/lexicon-morphology: for Italian forms that can be words
// of different classes (`nomina` noun or verb, `controllato` adjective or participle), the classes
// they have in running Italian text, most frequent first — the Italian counterpart of the English
// tag list `en.tags.tsv`, read by @fonte/lexicon the same way (Penn Treebank class names).
//
// No tagged Italian text is installable here, so the classes are read from the word before each
// occurrence, in the Italian prose of Debian's documentation and fortune packages: after an
// auxiliary (`è`, `hanno`, `stato`) a participle is a verb form; after a clitic pronoun or `non`
// a form is a verb; after an article or determiner a noun (or an adjective); after a degree
// adverb (`molto`, `così`) an adjective. A form is listed when its contexts agree enough.
//
//   node scripts/lexicon/build-italian-usage.mjs   (after npx tsc -b packages/lexicon)
//
// Needs: apt-get install fortunes-it libreoffice-help-it debian-reference-it manpages-it
//        gimp-help-it kicad-doc-it developers-reference-it debian-faq-it
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { debianVersion } from './apertium.mjs'
import { analyse, functionWordClasses, lemmatize } from '../../packages/lexicon/dist/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const out = join(root, 'packages', 'lexicon-morphology', 'data')
const format = 'fonte-tags/1'
/** The Debian packages whose Italian text is read. */
const corpusPackages = [
  'fortunes-it',
  'libreoffice-help-it',
  'debian-reference-it',
  'manpages-it',
  'gimp-help-it',
  'kicad-doc-it',
  'developers-reference-it',
  'debian-faq-it',
]
/** Fewest telling contexts for a form to be listed, and the share its first class must have. */
const minimumVotes = 2
const minimumShare = 0.6

/** The installed files of a Debian package. */
function packageFiles(pkg) {
  return execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8' }).split('\n')
}

const entities = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** The text of an HTML page, without markup, scripts and code. */
function htmlText(html) {
  return html
    .replace(/<(script|style|pre|code|tt|kbd|samp)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&([a-z]+);/g, (_, name) => entities[name] ?? ' ')
}

/** The running text of a troff man page: text lines without requests and font escapes. */
function manText(troff) {
  return troff
    .split('\n')
    .filter((line) => !/^['.]/.test(line))
    .join('\n')
    .replace(/\\f[BIRP]|\\\(..|\\./g, '')
}

/** The Italian text of one installed file, or null for files that hold none. */
function fileText(file) {
  if (file.endsWith('.html')) return htmlText(readFileSync(file, 'utf8'))
  if (file.endsWith('.u8')) return readFileSync(file, 'utf8')
  if (/\/man\/it\/.*\.gz$/.test(file)) return manText(gunzipSync(readFileSync(file)).toString())
  return null
}

/**
 * The corpus as sentences of lower-case tokens; an elided word keeps its apostrophe (`dell'`).
 * A vowel and apostrophe at a word's end is an accent typed without the key (`e'` → `è`).
 */
function* sentences() {
  const accents = { a: 'à', e: 'è', i: 'ì', o: 'ò', u: 'ù' }
  for (const pkg of corpusPackages)
    for (const file of packageFiles(pkg)) {
      const text = file && existsSync(file) ? fileText(file) : null
      if (!text) continue
      for (const sentence of text
        .toLowerCase()
        .replace(/[’`´]/g, "'")
        .split(/[.;:!?()\n"«»]+/)) {
        const tokens = sentence.match(/[a-zàèéìíòóù]+'?/g)
        if (!tokens) continue
        yield tokens.map((token) =>
          /[aeiou]'$/.test(token) && token.length > 2
            ? token.slice(0, -2) + accents[token.at(-2)]
            : token,
        )
      }
    }
}

/**
 * The Penn Treebank class of a reading, as @fonte/lexicon matches it (`morphology.ts`,
 * `pennClass`): NN, JJ, VBN (past participle), VBG, VBD (past finite) or VB.
 */
function pennClass({ pos, features }) {
  if (pos === 'NOUN') return 'NN'
  if (pos === 'ADJ') return 'JJ'
  if (pos !== 'VERB' && pos !== 'AUX') return null
  if (features.VerbForm === 'Ger') return 'VBG'
  if (features.VerbForm === 'Part') return features.Tense === 'Pres' ? 'VBG' : 'VBN'
  return features.Tense === 'Past' ? 'VBD' : 'VB'
}

/**
 * The classes a form can have, by the morphology (no enclitic forms), with `INF` for an
 * infinitive (VB in the list: a preposition can stand before it, not before a finite form).
 * Empty for function words, which the lexicon ranks first anyway (`stato`, `era`).
 */
function formClasses(form) {
  const classes = new Set()
  if (functionWordClasses(form, 'it').length > 0) return classes
  for (const reading of analyse(form, 'it')) {
    if (reading.features.Clitic) continue
    classes.add(reading.features.VerbForm === 'Inf' ? 'INF' : pennClass(reading))
  }
  classes.delete(null)
  return classes
}

const nounOpeners = new Set(['article', 'determiner'])

/**
 * What the word before says the next word is: `participle` after a form of `avere` or the
 * passive `stato` (a form of `essere` alone can be a copula: `è sbagliato` is an adjective);
 * `verb` after `non` or a clitic or subject pronoun (`si nomina`, `io amo`); `noun` after an
 * article or determiner that is not also a pronoun (`una nomina`), or a preposition (`in forma`;
 * but for infinitives: `di fare`); `adjective` after a degree adverb (`molto controllato`).
 */
function contextOf(previous) {
  const classes = functionWordClasses(previous, 'it')
  if (classes.length === 0) return null
  const only = (...wanted) => classes.every((found) => wanted.includes(found))
  if (classes.includes('auxiliary'))
    return /^stat[oaie]$/.test(previous) || lemmatize(previous, 'it').includes('avere')
      ? 'participle'
      : null
  if (only('degree-adverb')) return 'adjective'
  if (only('pronoun') && previous.replace("'", '').length <= 2) return 'verb'
  if (classes.some((found) => nounOpeners.has(found)) && !classes.includes('pronoun')) return 'noun'
  return only('preposition') ? 'noun' : null
}

/** The class a context votes for among a form's classes, or null. */
function vote(context, classes) {
  const first = (...wanted) => wanted.find((found) => classes.has(found)) ?? null
  switch (context) {
    case 'participle':
      return first('VBN')
    case 'verb':
      return first('VB', 'VBD')
    case 'noun':
      return classes.has('INF') ? null : first('NN', 'JJ')
    case 'adjective':
      return first('JJ')
    default:
      return null
  }
}

/** Form → class → how many telling contexts give it that class, over the corpus. */
function countVotes() {
  const classCache = new Map()
  const contextCache = new Map()
  const votes = new Map()
  let tokens = 0
  for (const sentence of sentences())
    for (let index = 1; index < sentence.length; index++) {
      tokens++
      const form = sentence[index]
      if (!classCache.has(form)) classCache.set(form, formClasses(form))
      const classes = classCache.get(form)
      if (classes.size < 2) continue
      const previous = sentence[index - 1]
      if (!contextCache.has(previous)) contextCache.set(previous, contextOf(previous))
      const found = vote(contextCache.get(previous), classes)
      if (!found) continue
      if (!votes.has(form)) votes.set(form, new Map())
      votes.get(form).set(found, (votes.get(form).get(found) ?? 0) + 1)
    }
  console.log(`it: ${tokens} tokens read`)
  return votes
}

/** The `form<TAB>tag tag…` lines of the forms whose contexts agree enough, sorted. */
function usageLines(votes) {
  const lines = []
  for (const [form, counts] of votes) {
    const ordered = [...counts].sort((a, b) => b[1] - a[1])
    const total = ordered.reduce((sum, [, count]) => sum + count, 0)
    if (total < minimumVotes || ordered[0][1] / total < minimumShare) continue
    lines.push(`${form}\t${ordered.map(([tag]) => tag).join(' ')}\n`)
  }
  return lines.sort()
}

/** Replaces this file's entry of `data/sources.json`, keeping the others. */
function recordSources(entry) {
  const file = join(out, 'sources.json')
  const kept = JSON.parse(readFileSync(file, 'utf8')).filter(
    (other) => !(other.format === format && other.language === 'it'),
  )
  writeFileSync(file, `${JSON.stringify([...kept, entry], null, 2)}\n`)
}

const lines = usageLines(countVotes())
// Uncompressed and marked sorted, as `en.tags.tsv` (build-morphology.mjs says why).
const packed = Buffer.from(`#fonte-tags sorted\n${lines.join('')}`)
writeFileSync(join(out, 'it.tags.tsv'), packed)
console.log(`it: ${lines.length} forms with their usual class → ${packed.length} bytes`)
recordSources({
  format,
  language: 'it',
  sources: corpusPackages.map((pkg) => ({ package: pkg, version: debianVersion(pkg) })),
  forms: lines.length,
  rule: `>= ${minimumVotes} telling contexts, first class >= ${minimumShare * 100} %`,
})
