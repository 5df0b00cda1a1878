#!/usr/bin/env node
// Regenerates @fonte/lexicon-morphology's data from installed Debian packages: the Italian and
// English morphological analysers compiled into Apertium's language pairs. Each analyser is
// printed as a transducer (lttoolbox's `lt-print`), every path of its acyclic sections is a
// (form, analysis) pair, the analyses become Universal Dependencies part-of-speech tags and
// features, and each lemma's forms are stored as a shared paradigm (lemma ending + form endings).
//
// It also writes which part of speech each ambiguous English form most often has in tagged text
// (`data/en.tags.tsv.br`, from the npm package en-lexicon), for ranking the readings.
//
//   node scripts/lexicon/build-morphology.mjs [--tags-only]
//
// Needs: apt-get install lttoolbox-dev apertium-spa-ita apertium-cat-ita apertium-eng-cat hunspell-it
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants } from 'node:zlib'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const out = join(root, 'packages', 'lexicon-morphology', 'data')
const apertium = '/usr/share/apertium'

/** The analysers of each language, most complete first; Debian package and file. */
const sources = {
  it: [
    ['apertium-cat-ita', 'apertium-cat-ita/ita-cat.automorf.bin'],
    ['apertium-spa-ita', 'apertium-spa-ita/ita-spa.automorf.bin'],
  ],
  // Not apertium-eng-spa: its English dictionary is GPL-2.0-only, which cannot be combined with
  // apertium-eng-cat's GPL-3.0-or-later English in one file (and adds little, see the README).
  en: [['apertium-eng-cat', 'apertium-eng-cat/eng-cat.automorf.bin']],
}

/** Checks that the tools and data are installed, or says what to install. */
function checkInstalled() {
  const missing = []
  try {
    execFileSync('lt-print', ['--help'], { stdio: 'ignore' })
  } catch (error) {
    if (error.code === 'ENOENT') missing.push('lttoolbox-dev')
  }
  for (const [pkg, file] of Object.values(sources).flat())
    if (!existsSync(join(apertium, file))) missing.push(pkg)
  if (!existsSync(hunspellDic)) missing.push('hunspell-it')
  if (missing.length > 0) {
    console.error(
      `build-morphology: missing Debian packages; run: apt-get install ${missing.join(' ')}`,
    )
    process.exit(1)
  }
}

/** The Debian version of an installed package. */
function debianVersion(pkg) {
  return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim()
}

/**
 * Every (form, analysis) path of a compiled lttoolbox transducer. Sections with cycles (the
 * regular expressions for numbers and URLs) are left out: they have no lemma to store.
 */
function* paths(binary) {
  const text = execFileSync('lt-print', [binary], { encoding: 'utf8', maxBuffer: 1 << 30 })
  for (const section of text.split(/^--\n/m)) {
    const arcs = new Map()
    const finals = new Set()
    for (const line of section.split('\n')) {
      if (!line) continue
      const fields = line.split('\t')
      if (fields.length <= 3 && !fields[2]) {
        finals.add(Number(fields[0]))
        continue
      }
      const from = Number(fields[0])
      if (!arcs.has(from)) arcs.set(from, [])
      const symbol = (value) => (value === 'ε' ? '' : value)
      arcs.get(from).push([Number(fields[1]), symbol(fields[2]), symbol(fields[3])])
    }
    const found = []
    const onPath = new Set()
    let cyclic = false
    const walk = (state, input, output) => {
      if (finals.has(state)) found.push([input, output])
      onPath.add(state)
      for (const [to, a, b] of arcs.get(state) ?? []) {
        if (onPath.has(to)) cyclic = true
        if (cyclic) return
        walk(to, input + a, output + b)
      }
      onPath.delete(state)
    }
    walk(0, '', '')
    if (!cyclic) yield* found
  }
}

const apostrophes = /[´ʼ‘’`]/g

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

/** Builds one language's table. */
function build(language) {
  const features = featureOf(language)
  /** lemma\tPOS → form → set of tag strings. */
  const entries = new Map()
  /** lemma\tPOS → number of the sources that have it. */
  const sourceCount = new Map()
  const provenance = []
  for (const [pkg, file] of sources[language]) {
    provenance.push({ package: pkg, version: debianVersion(pkg), file })
    const seen = new Set()
    for (const [rawForm, analysis] of paths(join(apertium, file))) {
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
      seen.add(key)
    }
    for (const key of seen) sourceCount.set(key, (sourceCount.get(key) ?? 0) + 1)
  }

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
  if (language === 'it') {
    // Every Apertium form, and whether all its readings are finite verb forms: an inflecting
    // hunspell lemma spelled like a finite verb form is usually a noun made from the verb
    // (`fatica`, `deroga`, `respiro`); one spelled like anything else is Apertium's already, and
    // hunspell's conjugated forms (`stia`, `sappiamo`) have no affix flags.
    const allForms = new Map()
    for (const forms of entries.values())
      for (const [form, tags] of forms) {
        const finite = [...tags].every((tag) => tag.includes('VerbForm=Fin'))
        allForms.set(form, (allForms.get(form) ?? true) && finite)
      }
    const lemmaEndings = [...paradigmIds.keys()].map((paradigm) => paradigm.split('\t')[0])
    const added = hunspellLemmas(lemmaParadigms, allForms, lemmaEndings)
    lemmaLines.push(...added)
    provenance.push({
      package: 'hunspell-it',
      version: debianVersion('hunspell-it'),
      file: hunspellDic,
    })
  }
  lemmaLines.sort()
  const header = {
    format: 'fonte-morphology/1',
    language,
    sources: provenance,
    lemmas: lemmaLines.length,
    paradigms: paradigmIds.size,
  }
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
  const packed = brotliCompressSync(Buffer.from(text), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
  })
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, `${language}.tsv.br`), packed)
  console.log(
    `${language}: ${header.lemmas} lemmas, ${header.paradigms} paradigms, ${tagIds.size} tags, ` +
      `${(text.length / 1e6).toFixed(1)} MB → ${(packed.length / 1e6).toFixed(2)} MB`,
  )
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
  const text = [...lines]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([word, tags]) => `${word}\t${tags.join(' ')}\n`)
    .join('')
  const packed = brotliCompressSync(Buffer.from(text), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  })
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'en.tags.tsv.br'), packed)
  // MIT asks for its notice beside the data made from it.
  copyFileSync(require.resolve('en-lexicon/LICENSE.md'), join(out, 'en-lexicon.LICENSE.md'))
  const version = JSON.parse(readFileSync(require.resolve('en-lexicon/package.json'), 'utf8'))
  console.log(`en: ${lines.size} tagged forms → ${(packed.length / 1e6).toFixed(2)} MB`)
  return { format: 'fonte-tags/1', language: 'en', source: `en-lexicon@${version.version}` }
}

if (process.argv.includes('--tags-only')) {
  const sourcesFile = join(out, 'sources.json')
  const headers = JSON.parse(readFileSync(sourcesFile, 'utf8')).filter(
    (header) => header.format !== 'fonte-tags/1',
  )
  writeFileSync(sourcesFile, `${JSON.stringify([...headers, buildTagOrders()], null, 2)}\n`)
} else {
  checkInstalled()
  const headers = ['it', 'en'].map(build)
  writeFileSync(
    join(out, 'sources.json'),
    `${JSON.stringify([...headers, buildTagOrders()], null, 2)}\n`,
  )
}
