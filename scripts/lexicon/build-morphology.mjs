#!/usr/bin/env node
// Regenerates @fonte/lexicon-morphology's data from installed Debian packages: the Italian and
// English morphological analysers compiled into Apertium's language pairs. Each analyser is
// printed as a transducer (lttoolbox's `lt-print`), every path of its acyclic sections is a
// (form, analysis) pair, the analyses become Universal Dependencies part-of-speech tags and
// features, and each lemma's forms are stored as a shared paradigm (lemma ending + form endings).
//
// It also writes which part of speech each ambiguous English form most often has in tagged text
// (`data/en.tags.tsv`, from the npm package en-lexicon), for ranking the readings.
//
//   node scripts/lexicon/build-morphology.mjs [--tags-only]
//
// Needs: apt-get install lttoolbox-dev apertium-spa-ita apertium-cat-ita apertium-eng-cat hunspell-it,
// and @fonte/lexicon built (its packer writes the tables).
import { createRequire } from 'node:module'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyses, apostrophes, checkInstalled, debianVersion, sources } from './apertium.mjs'
import { writePacked } from './pack-morphology.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const out = join(root, 'packages', 'lexicon-morphology', 'data')

/** Apertium part-of-speech tags and the UD part of speech they become. */
const partOfSpeech = {
  n: 'NOUN',
  adj: 'ADJ',
  vblex: 'VERB',
  vbser: 'AUX',
  vbhaver: 'AUX',
  vbmod: 'AUX',
  vbdo: 'AUX',
  np: 'PROPN',
  adv: 'ADV',
  preadv: 'ADV',
  det: 'DET',
  predet: 'DET',
  prn: 'PRON',
  pr: 'ADP',
}

/** Apertium tags and the UD features they carry (per language where they differ). */
const featureOf = (language) => ({
  m: ['Gender', 'Masc'],
  f: ['Gender', 'Fem'],
  sg: ['Number', 'Sing'],
  pl: ['Number', 'Plur'],
  p1: ['Person', '1'],
  p2: ['Person', '2'],
  p3: ['Person', '3'],
  inf: ['VerbForm', 'Inf'],
  ger: ['VerbForm', 'Ger'],
  pp: [
    ['VerbForm', 'Part'],
    ['Tense', 'Past'],
  ],
  pprs: [
    ['VerbForm', 'Part'],
    ['Tense', 'Pres'],
  ],
  pri: [
    ['Mood', 'Ind'],
    ['Tense', 'Pres'],
    ['VerbForm', 'Fin'],
  ],
  pii: [
    ['Mood', 'Ind'],
    ['Tense', 'Imp'],
    ['VerbForm', 'Fin'],
  ],
  ifi: [
    ['Mood', 'Ind'],
    ['Tense', 'Past'],
    ['VerbForm', 'Fin'],
  ],
  fti: [
    ['Mood', 'Ind'],
    ['Tense', 'Fut'],
    ['VerbForm', 'Fin'],
  ],
  cni: [
    ['Mood', 'Cnd'],
    ['VerbForm', 'Fin'],
  ],
  prs: [
    ['Mood', 'Sub'],
    ['Tense', 'Pres'],
    ['VerbForm', 'Fin'],
  ],
  pis: [
    ['Mood', 'Sub'],
    ['Tense', 'Imp'],
    ['VerbForm', 'Fin'],
  ],
  imp: [
    ['Mood', 'Imp'],
    ['VerbForm', 'Fin'],
  ],
  pres: [
    ['Mood', 'Ind'],
    ['Tense', 'Pres'],
    ['VerbForm', 'Fin'],
  ],
  past: [
    ['Mood', 'Ind'],
    ['Tense', 'Past'],
    ['VerbForm', 'Fin'],
  ],
  subs: [
    ['Mood', 'Sub'],
    ['VerbForm', 'Fin'],
  ],
  comp: ['Degree', 'Cmp'],
  sup: ['Degree', language === 'it' ? 'Abs' : 'Sup'],
  ord: ['NumType', 'Ord'],
})

/**
 * One analysis (`lemma<tag><tag>+clitic<prn><enc>…`) as [lemma, "POS|Feature=Value|…"], or null
 * for multiword units and readings with no part of speech fonte uses.
 */
function reading(analysis, features) {
  if (analysis.includes('#')) return null
  const parts = analysis.split('+')
  const match = /^([^<]+)((?:<[^>]+>)+)$/.exec(parts[0])
  if (!match) return null
  const lemma = match[1].replace(apostrophes, "'")
  if (/\s/.test(lemma)) return null
  const tags = match[2].slice(1, -1).split('><')
  const pos = partOfSpeech[tags[0]]
  if (!pos) return null
  const pairs = new Map()
  for (const tag of tags.slice(1)) {
    const feature = features[tag]
    if (!feature) continue
    for (const [name, value] of Array.isArray(feature[0]) ? feature : [feature])
      pairs.set(name, value)
  }
  // Enclitic pronouns (impostarlo = impostare + lo) are kept as a feature of the verb form;
  // contractions (della = di + la) keep their first word's reading.
  const clitics = parts.slice(1)
  if (clitics.length > 0 && clitics.every((part) => part.includes('<enc>')))
    pairs.set('Clitic', clitics.map((part) => part.split('<')[0]).join('+'))
  const sorted = [...pairs].sort(([a], [b]) => (a < b ? -1 : 1))
  return [lemma, [pos, ...sorted.map(([name, value]) => `${name}=${value}`)].join('|')]
}

/** British spellings of Apertium's English lemmas and their American counterparts. */
const britishToAmerican = [
  [/our/, 'or'],
  [/tre$/, 'ter'],
  [/ise$/, 'ize'],
  [/isation$/, 'ization'],
  [/yse$/, 'yze'],
  [/ogue$/, 'og'],
  [/ence$/, 'ense'],
  [/ae/, 'e'],
]

/**
 * The lemma of an American form in American spelling: Apertium's English analyses `center` as
 * `centre` and `apologized` as `apologise`, but a US text's lemma keeps the text's spelling.
 */
function americanLemma(form, lemma) {
  const lower = form.toLowerCase()
  for (const [british, american] of britishToAmerican) {
    const variant = lemma.replace(british, american)
    if (variant === lemma) continue
    const shared = commonPrefix(lower, variant)
    if (shared > commonPrefix(lower, lemma) && shared >= variant.length - 1) return variant
  }
  return lemma
}

/** Length of the common prefix of two strings. */
function commonPrefix(a, b) {
  let index = 0
  while (index < a.length && index < b.length && a[index] === b[index]) index++
  return index
}

const hunspellDic = '/usr/share/hunspell/it_IT.dic'

/**
 * Lemmas of hunspell-it's dictionary that Apertium lacks (`fatica`, `edicola`, `lutto`), each
 * given the Apertium paradigm most common among the Apertium lemmas that hunspell marks with the
 * same affix flags and that end the same way: hunspell says how a word inflects, Apertium what
 * each form is. Words hunspell lists that Apertium knows as forms of other lemmas are left out,
 * but for inflecting entries spelled like a finite verb form only.
 */
function hunspellLemmas(lemmaParadigms, allForms, lemmaEndings) {
  const words = readFileSync(hunspellDic, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(/\s/)[0].split('/'))
    .filter(([word]) => /^[a-zàèéìíòóù]{3,}$/.test(word))
  const signatures = (word, flags = '') => {
    const sorted = [...flags].sort().join('')
    return [3, 2, 1].map((length) => `${sorted}|${word.slice(-length)}`)
  }
  const votes = new Map()
  for (const [word, flags] of words)
    for (const paradigm of lemmaParadigms.get(word) ?? [])
      for (const signature of signatures(word, flags)) {
        if (!votes.has(signature)) votes.set(signature, new Map())
        const counts = votes.get(signature)
        counts.set(paradigm, (counts.get(paradigm) ?? 0) + 1)
      }
  const lines = []
  for (const [word, flags] of words) {
    if (lemmaParadigms.has(word)) continue
    if (allForms.has(word) && (!flags || !allForms.get(word))) continue
    for (const signature of signatures(word, flags)) {
      const fitting = [...(votes.get(signature) ?? [])].filter(
        ([paradigm, count]) =>
          count >= 2 &&
          word.endsWith(lemmaEndings[paradigm]) &&
          word.length > lemmaEndings[paradigm].length,
      )
      if (fitting.length === 0) continue
      fitting.sort((a, b) => b[1] - a[1])
      lines.push(`${word}\t${fitting[0][0]}\t0`)
      break
    }
  }
  console.log(`it: ${lines.length} lemmas from hunspell-it`)
  return lines
}

/**
 * Every (lemma, POS) of one language's analysers with its forms and their tags, and in how many
 * of the analysers it is.
 */
function readEntries(language) {
  const features = featureOf(language)
  /** lemma\tPOS → form → set of tag strings. */
  const entries = new Map()
  /** Debian package → the lemma\tPOS keys it has. */
  const seen = new Map(sources[language].map(([pkg]) => [pkg, new Set()]))
  for (const [rawForm, analysis, pkg] of analyses(language)) {
    const form = rawForm.replace(apostrophes, "'")
    if (!form || /\s/.test(form)) continue
    const parsed = reading(analysis, features)
    if (!parsed) continue
    const [britishLemma, tag] = parsed
    const lemma = language === 'en' ? americanLemma(form, britishLemma) : britishLemma
    const key = `${lemma}\t${tag.split('|')[0]}`
    if (!entries.has(key)) entries.set(key, new Map())
    const forms = entries.get(key)
    if (!forms.has(form)) forms.set(form, new Set())
    forms.get(form).add(tag)
    seen.get(pkg).add(key)
  }
  /** lemma\tPOS → number of the sources that have it. */
  const sourceCount = new Map()
  for (const keys of seen.values())
    for (const key of keys) sourceCount.set(key, (sourceCount.get(key) ?? 0) + 1)
  return { entries, sourceCount }
}

/**
 * The entries as shared paradigms (lemma ending + form endings with tag ids): the tag and
 * paradigm ids, one `lemma\tparadigm\tsources` line per entry, and each lemma's paradigms.
 */
function paradigmTable(entries, sourceCount) {
  const tagIds = new Map()
  const paradigmIds = new Map()
  const lemmaLines = []
  /** Apertium lemma → its paradigm ids. */
  const lemmaParadigms = new Map()
  for (const [key, forms] of entries) {
    const lemma = key.split('\t')[0]
    let stem = lemma.length
    for (const form of forms.keys()) stem = Math.min(stem, commonPrefix(lemma, form))
    const cells = []
    for (const [form, tags] of forms)
      for (const tag of tags) {
        if (!tagIds.has(tag)) tagIds.set(tag, tagIds.size)
        cells.push(`${form.slice(stem)}:${tagIds.get(tag)}`)
      }
    cells.sort()
    const paradigm = `${lemma.slice(stem)}\t${cells.join(' ')}`
    if (!paradigmIds.has(paradigm)) paradigmIds.set(paradigm, paradigmIds.size)
    lemmaLines.push(`${lemma}\t${paradigmIds.get(paradigm)}\t${sourceCount.get(key)}`)
    if (!lemmaParadigms.has(lemma)) lemmaParadigms.set(lemma, [])
    lemmaParadigms.get(lemma).push(paradigmIds.get(paradigm))
  }
  return { tagIds, paradigmIds, lemmaLines, lemmaParadigms }
}

/**
 * hunspell-it's lemmas that Apertium lacks, as lemma lines. Every Apertium form is passed with
 * whether all its readings are finite verb forms: an inflecting hunspell lemma spelled like a
 * finite verb form is usually a noun made from the verb (`fatica`, `deroga`, `respiro`); one
 * spelled like anything else is Apertium's already, and hunspell's conjugated forms (`stia`,
 * `sappiamo`) have no affix flags.
 */
function hunspellLines(entries, { paradigmIds, lemmaParadigms }) {
  const allForms = new Map()
  for (const forms of entries.values())
    for (const [form, tags] of forms) {
      const finite = [...tags].every((tag) => tag.includes('VerbForm=Fin'))
      allForms.set(form, (allForms.get(form) ?? true) && finite)
    }
  const lemmaEndings = [...paradigmIds.keys()].map((paradigm) => paradigm.split('\t')[0])
  return hunspellLemmas(lemmaParadigms, allForms, lemmaEndings)
}

/**
 * Writes one language's table: the `fonte-morphology/1` text, packed into the block layout
 * @fonte/lexicon reads (`data/<language>.morph`, see `pack-morphology.mjs`).
 */
function writeTable(header, { tagIds, paradigmIds, lemmaLines }) {
  const text = [
    JSON.stringify(header),
    '#tags',
    ...tagIds.keys(),
    '#paradigms',
    ...paradigmIds.keys(),
    '#lemmas',
    ...lemmaLines,
    '',
  ].join('\n')
  mkdirSync(out, { recursive: true })
  const size = writePacked(text, header.language, out)
  console.log(
    `${header.language}: ${header.lemmas} lemmas, ${header.paradigms} paradigms, ` +
      `${tagIds.size} tags, ${(text.length / 1e6).toFixed(1)} MB → ${(size / 1e6).toFixed(2)} MB`,
  )
}

/** Builds one language's table; returns its header. */
function build(language) {
  const { entries, sourceCount } = readEntries(language)
  const table = paradigmTable(entries, sourceCount)
  const provenance = sources[language].map(([pkg, file]) => ({
    package: pkg,
    version: debianVersion(pkg),
    file,
  }))
  if (language === 'it') {
    table.lemmaLines.push(...hunspellLines(entries, table))
    provenance.push({
      package: 'hunspell-it',
      version: debianVersion('hunspell-it'),
      file: hunspellDic,
    })
  }
  table.lemmaLines.sort()
  const header = {
    format: 'fonte-morphology/1',
    language,
    sources: provenance,
    lemmas: table.lemmaLines.length,
    paradigms: table.paradigmIds.size,
  }
  writeTable(header, table)
  return header
}

/** A Penn Treebank tag's class: the distinctions a reading of the morphology can make. */
function pennClass(tag) {
  if (/^NNPS?$/.test(tag)) return 'NNP'
  if (/^NNS?$/.test(tag)) return 'NN'
  if (/^JJ[RS]?$/.test(tag)) return 'JJ'
  if (/^RB[RS]?$/.test(tag)) return 'RB'
  if (tag === 'VBG' || tag === 'VBN' || tag === 'VBD') return tag
  return /^(VB[PZ]?|MD)$/.test(tag) ? 'VB' : tag
}

/**
 * English forms whose tags in en-lexicon (Eric Brill's tagger lexicon, with the tags each word has
 * in the tagged Penn Treebank, corrected and extended by its author; MIT) differ in class, with their tags most frequent first (`meeting\tNN VBG`), and the
 * singulars of the forms most often tagged plural nouns (`nuke\tNN` for `nukes`): the lexicon
 * lists a word's tags in order of frequency, which the morphology's sources lack.
 */
function buildTagOrders() {
  const morphologyPackage = join(root, 'packages', 'lexicon-morphology', 'package.json')
  const require = createRequire(morphologyPackage)
  const lexicon = require('en-lexicon/dist/lexicon.js').default
  const tagsOf = (word) =>
    Object.hasOwn(lexicon, word) ? [...new Set(lexicon[word].split('|'))] : []
  const lines = new Map()
  for (const word of Object.keys(lexicon)) {
    if (!/^[a-z][a-z'-]*$/.test(word)) continue
    const tags = tagsOf(word)
    if (new Set(tags.map(pennClass)).size < 2) continue
    lines.set(word, tags)
    if (tags[0] !== 'NNS') continue
    for (const singular of [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -3)}y`])
      if (tagsOf(singular).length > 0 && !lines.has(singular)) lines.set(singular, tagsOf(singular))
  }
  // Uncompressed, after a first line saying the lines are sorted: @fonte/lexicon then reads the
  // file without decompressing it or checking the order (15 ms of CPU for English before).
  const text =
    '#fonte-tags sorted\n' +
    [...lines]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([word, tags]) => `${word}\t${tags.join(' ')}\n`)
      .join('')
  const packed = Buffer.from(text)
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'en.tags.tsv'), packed)
  // MIT asks for its notice beside the data made from it.
  // With LF line ends, as the repository keeps text (the npm package's file has CRLF).
  const licence = readFileSync(require.resolve('en-lexicon/LICENSE.md'), 'utf8')
  writeFileSync(join(out, 'en-lexicon.LICENSE.md'), `${licence.replace(/\r\n/g, '\n').trimEnd()}\n`)
  const version = JSON.parse(readFileSync(require.resolve('en-lexicon/package.json'), 'utf8'))
  console.log(`en: ${lines.size} tagged forms → ${(packed.length / 1e6).toFixed(2)} MB`)
  return { format: 'fonte-tags/1', language: 'en', source: `en-lexicon@${version.version}` }
}

/**
 * Replaces the entries of `data/sources.json` of the given headers' formats and languages,
 * keeping the others (`build-italian-usage.mjs` records the Italian `fonte-tags/1`).
 */
function recordSources(headers) {
  const file = join(out, 'sources.json')
  const entries = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : []
  const matching = (entry) => (header) =>
    header.format === entry.format && header.language === entry.language
  // Each in the place of the entry it replaces: a rebuild of the same sources changes nothing.
  const updated = entries.map((entry) => headers.find(matching(entry)) ?? entry)
  const added = headers.filter((header) => !entries.some((entry) => matching(entry)(header)))
  writeFileSync(file, `${JSON.stringify([...updated, ...added], null, 2)}\n`)
}

if (process.argv.includes('--tags-only')) recordSources([buildTagOrders()])
else {
  checkInstalled('build-morphology', [['hunspell-it', hunspellDic]])
  const headers = ['it', 'en'].map(build)
  recordSources([...headers, buildTagOrders()])
}
