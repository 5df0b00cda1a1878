#!/usr/bin/env node
// Regenerates @fonte/lexicon-en-it's data from installed Debian packages: a union of English–
// Italian lemma pairs from FreeDict (both directions, direct, and through French, German,
// Portuguese, Spanish and Dutch FreeDict pivots) and from Apertium's bilingual dictionaries
// through Spanish and Catalan pivots, each pair weighted by how many independent routes attest
// it (packages/lexicon-en-it/README.md says why it is built this way).
//
//   node scripts/lexicon/build-en-it.mjs [--only=fd,fdr,es,ca,es-rl,ca-rl,fd-fr,… --out=…]
//
// Without options it writes the three published files, kept apart by licence (see `published`).
// `--only` keeps some routes (to measure what each adds) and `--out` writes their union, or all
// routes' union without `--only`, to one file elsewhere.
// Needs (it prints what is missing): lttoolbox-dev, apertium-eng-spa, apertium-spa-ita,
// apertium-eng-cat, apertium-cat-ita and the dict-freedict-* packages listed in `packages`.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const apertium = '/usr/share/apertium'
const dictd = '/usr/share/dictd'

/**
 * The FreeDict pivot routes: English → pivot language → Italian, each step from the dictionaries
 * of that direction and from those of the other read backwards (`deu-eng` read backwards gives
 * English → German too). Names are Debian's `dict-freedict-<name>` packages.
 */
const freeDictPivots = {
  'fd-fr': {
    toPivot: ['eng-fra'],
    fromPivot: ['fra-eng'],
    toItalian: ['fra-ita'],
    fromItalian: [],
  },
  'fd-de': {
    toPivot: ['eng-deu'],
    fromPivot: ['deu-eng'],
    toItalian: ['deu-ita'],
    fromItalian: ['ita-deu'],
  },
  'fd-pt': {
    toPivot: ['eng-por'],
    fromPivot: ['por-eng'],
    toItalian: [],
    fromItalian: ['ita-por'],
  },
  'fd-es': {
    toPivot: ['eng-spa'],
    fromPivot: ['spa-eng'],
    toItalian: [],
    fromItalian: ['ita-spa'],
  },
  'fd-nl': { toPivot: ['eng-nld'], fromPivot: [], toItalian: ['nld-ita'], fromItalian: [] },
  'fd-sv': {
    toPivot: ['eng-swe'],
    fromPivot: ['swe-eng'],
    toItalian: ['swe-ita'],
    fromItalian: ['ita-swe'],
  },
  'fd-el': {
    toPivot: ['eng-ell'],
    fromPivot: [],
    toItalian: ['ell-ita'],
    fromItalian: ['ita-ell'],
  },
  'fd-fi': {
    toPivot: ['eng-fin'],
    fromPivot: [],
    toItalian: ['fin-ita'],
    fromItalian: ['ita-fin'],
  },
  'fd-ru': { toPivot: ['eng-rus'], fromPivot: [], toItalian: [], fromItalian: ['ita-rus'] },
  'fd-no': { toPivot: ['eng-nor'], fromPivot: [], toItalian: [], fromItalian: ['ita-nor'] },
  'fd-bg': { toPivot: ['eng-bul'], fromPivot: [], toItalian: [], fromItalian: ['ita-bul'] },
  'fd-lt': { toPivot: ['eng-lit'], fromPivot: [], toItalian: [], fromItalian: ['ita-lit'] },
  'fd-tr': { toPivot: ['eng-tur'], fromPivot: [], toItalian: [], fromItalian: ['ita-tur'] },
  'fd-ja': { toPivot: ['eng-jpn'], fromPivot: [], toItalian: [], fromItalian: ['ita-jpn'] },
  'fd-id': { toPivot: ['eng-ind'], fromPivot: [], toItalian: [], fromItalian: ['ita-ind'] },
}

/** Debian packages read, and the files of each. */
const packages = {
  'apertium-eng-spa': [
    'apertium-eng-spa/eng-spa.autobil.bin',
    'apertium-eng-spa/spa-eng.autobil.bin',
  ],
  'apertium-spa-ita': [
    'apertium-spa-ita/spa-ita.autobil.bin',
    'apertium-spa-ita/ita-spa.autobil.bin',
  ],
  'apertium-eng-cat': [
    'apertium-eng-cat/eng-cat.autobil.bin',
    'apertium-eng-cat/cat-eng.autobil.bin',
  ],
  'apertium-cat-ita': [
    'apertium-cat-ita/cat-ita.autobil.bin',
    'apertium-cat-ita/ita-cat.autobil.bin',
  ],
  ...Object.fromEntries(
    ['eng-ita', 'ita-eng', ...Object.values(freeDictPivots).flatMap(Object.values).flat()].map(
      (pair) => [`dict-freedict-${pair}`, [`freedict-${pair}.index`, `freedict-${pair}.dict.dz`]],
    ),
  ),
}

/** The Debian packages each route reads. */
const routePackages = {
  fd: ['dict-freedict-eng-ita'],
  fdr: ['dict-freedict-ita-eng'],
  es: ['apertium-eng-spa', 'apertium-spa-ita'],
  'es-rl': ['apertium-eng-spa', 'apertium-spa-ita'],
  ca: ['apertium-eng-cat', 'apertium-cat-ita'],
  'ca-rl': ['apertium-eng-cat', 'apertium-cat-ita'],
  ...Object.fromEntries(
    Object.entries(freeDictPivots).map(([route, dictionaries]) => [
      route,
      Object.values(dictionaries)
        .flat()
        .map((pair) => `dict-freedict-${pair}`),
    ]),
  ),
}

/**
 * How much one attestation of a pair is worth. `routes`: by route, the confidence that a pair
 * seen only there is a translation a news translator uses. Pairs seen by several routes combine
 * as independent evidence (noisy-OR), so agreement ranks first. The figures were chosen on the
 * development measure (packages/lexicon/bench/translate.eval.mjs); the README gives the runs.
 */
export const defaultSettings = {
  routes: {
    fd: 0.55, // FreeDict eng-ita: small, hand-made, senses in order
    fdr: 0.45, // FreeDict ita-eng read backwards
    es: 0.5, // EN→ES→IT through Apertium's bilingual dictionaries
    ca: 0.5, // EN→CA→IT
    'es-rl': 0.3, // IT→ES→EN, from the reverse-direction dictionaries, read backwards
    'ca-rl': 0.3, // IT→CA→EN
    'fd-fr': 0.3, // EN→FR→IT through FreeDict eng-fra, fra-eng and fra-ita
    'fd-de': 0.3, // EN→DE→IT through FreeDict eng-deu, deu-eng, deu-ita and ita-deu
    'fd-pt': 0.3, // EN→PT→IT through FreeDict eng-por, por-eng and ita-por
    'fd-es': 0.3, // EN→ES→IT through FreeDict eng-spa, spa-eng and ita-spa
    'fd-nl': 0.3, // EN→NL→IT through FreeDict eng-nld and nld-ita
    // Through Swedish, Greek, Finnish, Russian, Norwegian, Bulgarian, Lithuanian, Turkish,
    // Japanese and Indonesian: FreeDict's English dictionaries, WikDict's Italian ones.
    'fd-sv': 0.3,
    'fd-el': 0.3,
    'fd-fi': 0.3,
    'fd-ru': 0.3,
    'fd-no': 0.3,
    'fd-bg': 0.3,
    'fd-lt': 0.3,
    'fd-tr': 0.3,
    'fd-ja': 0.3,
    'fd-id': 0.3,
  },
  /** Factor per step that took a translation other than the first (Apertium's default). */
  alternative: 0.6,
  /**
   * Factor for a pair whose sides have different numbers of words (`say` → `dire addio`): mostly
   * a phrase cut from a longer headword, and weak word-level evidence when right.
   */
  phrase: 0.5,
  /** Share of its confidence that a second pivot word on the same route adds. */
  repeat: 0.5,
}

/** The pivot routes: the chain of Apertium dictionaries, and whether it runs IT→EN. */
const pivotRoutes = {
  es: [['eng-spa/eng-spa', 'spa-ita/spa-ita'], false],
  ca: [['eng-cat/eng-cat', 'cat-ita/cat-ita'], false],
  'es-rl': [['spa-ita/ita-spa', 'eng-spa/spa-eng'], true],
  'ca-rl': [['cat-ita/ita-cat', 'eng-cat/cat-eng'], true],
}

/** Apertium's open-class part-of-speech tags: the content words kept. */
const openClass = new Set(['n', 'vblex', 'vbmod', 'adj', 'adv'])

/**
 * Whether an analysis is a content word: open class, or a quantifier (`many<det><qnt>`,
 * `several<det><ind>`), which UD tags ADJ and news uses as content (`molti`, `diversi`).
 */
function isContent(analysis) {
  return openClass.has(tagOf(analysis)) || /^[^<]+<det><(qnt|ind)>/.test(analysis)
}

/**
 * The published files, each a union of routes under one licence. The Spanish routes go through
 * `apertium-eng-spa`, GPL-2.0 only, which cannot be combined with `apertium-eng-cat`'s GPL-3.0:
 * they have a GPL-2.0-only package of their own. The FreeDict pivots through WikDict's
 * dictionaries into Italian (`fra-ita`, `ita-por`, `ita-spa`, `fin-ita`…, CC BY-SA 3.0) combine
 * CC BY-SA with GPL-2.0+ data, which only GPL-3.0 covers (CC BY-SA 3.0 → 4.0 → GPLv3, CC's
 * one-way compatibility): a GPL-3.0-only package of their own. Of the pivots, those that did not
 * raise the hand-labelled recall@3 on their own (`fd-sv`, `fd-ru`, `fd-bg`, `fd-lt`, `fd-tr`;
 * README) are left out. `@fonte/lexicon`'s `translate`
 * merges the files at run time (noisy-OR, as within one file, so the weights are the same).
 */
export const published = [
  {
    routes: new Set(['fd', 'fdr', 'ca', 'ca-rl', 'fd-de']),
    out: join(root, 'packages', 'lexicon-en-it', 'data', 'en-it.tsv'),
  },
  {
    routes: new Set(['es', 'es-rl']),
    out: join(root, 'packages', 'lexicon-en-it-es', 'data', 'en-it-es.tsv'),
  },
  {
    routes: new Set([
      'fd-fr',
      'fd-pt',
      'fd-es',
      'fd-nl',
      'fd-el',
      'fd-fi',
      'fd-no',
      'fd-ja',
      'fd-id',
    ]),
    out: join(root, 'packages', 'lexicon-en-it-wikdict', 'data', 'en-it-wikdict.tsv'),
    // A pair only one of these routes gives, and not as a first translation (0.3 × 0.6), is
    // left out: it halves the file (and its load) for 0.2 points of recall@3, and the aligner
    // matches fewer decoys (README).
    minimum: 0.2,
  },
]

function parseArguments() {
  const options = { only: undefined, out: undefined }
  for (const argument of process.argv.slice(2)) {
    const [name, value] = argument.split('=')
    if (name === '--only' && value) options.only = new Set(value.split(','))
    else if (name === '--out' && value) options.out = value
    else {
      console.error(`build-en-it: unknown argument ${argument}; expected --only=… or --out=…`)
      process.exit(2)
    }
  }
  const unknown = [...(options.only ?? [])].filter((route) => !(route in defaultSettings.routes))
  if (unknown.length > 0) {
    console.error(`build-en-it: unknown route ${unknown.join(', ')} in --only`)
    process.exit(2)
  }
  // A union of chosen routes written over a published file could mix licences.
  if (options.only && !options.out) {
    console.error('build-en-it: --only needs --out=file (without options every package is built)')
    process.exit(2)
  }
  return options
}

/**
 * The Debian packages to install before the routes in `only` (all when absent) can be built.
 * FreeDict alone needs no lttoolbox.
 */
export function missingPackages(only) {
  const routes = only ? [...only] : Object.keys(routePackages)
  const missing = []
  const needsApertium = routes.some((route) => !route.startsWith('fd'))
  for (const tool of needsApertium ? ['lt-print', 'lt-proc'] : []) {
    try {
      execFileSync(tool, ['--help'], { stdio: 'ignore' })
    } catch (error) {
      if (error.code === 'ENOENT') missing.push(tool === 'lt-print' ? 'lttoolbox-dev' : 'lttoolbox')
    }
  }
  for (const pkg of new Set(routes.flatMap((route) => routePackages[route] ?? []))) {
    const base = pkg.startsWith('dict-') ? dictd : apertium
    if (!packages[pkg].every((file) => existsSync(join(base, file)))) missing.push(pkg)
  }
  return [...new Set(missing)]
}

/** The Debian version of an installed package. */
function debianVersion(pkg) {
  return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim()
}

/** States on cycles (Tarjan's strongly connected components, iteratively). */
function cyclicStates(arcs, size) {
  const index = new Int32Array(size).fill(-1)
  const low = new Int32Array(size)
  const onStack = new Uint8Array(size)
  const stack = []
  const cyclic = new Set()
  let counter = 0
  for (let start = 0; start < size; start++) {
    if (index[start] !== -1) continue
    index[start] = low[start] = counter++
    stack.push(start)
    onStack[start] = 1
    const work = [[start, 0]]
    while (work.length > 0) {
      const top = work[work.length - 1]
      const [state, next] = top
      const edges = arcs.get(state) ?? []
      if (next < edges.length) {
        top[1]++
        const target = edges[next][0]
        if (index[target] === -1) {
          index[target] = low[target] = counter++
          stack.push(target)
          onStack[target] = 1
          work.push([target, 0])
        } else if (onStack[target]) low[state] = Math.min(low[state], index[target])
        continue
      }
      work.pop()
      if (work.length > 0) {
        const parent = work[work.length - 1][0]
        low[parent] = Math.min(low[parent], low[state])
      }
      if (low[state] !== index[state]) continue
      const component = []
      let member
      do {
        member = stack.pop()
        onStack[member] = 0
        component.push(member)
      } while (member !== state)
      if (component.length > 1) for (const m of component) cyclic.add(m)
    }
  }
  return cyclic
}

/**
 * Every (input, output) path of the dictionary section of a compiled bilingual dictionary whose
 * input has an open-class tag. Small sections and self-loops are the regular expressions for
 * numbers, times and URLs; paths through digits are those expressions unrolled.
 */
function bilingualPaths(binary) {
  const text = execFileSync('lt-print', [binary], { encoding: 'utf8', maxBuffer: 1 << 30 })
  const pairs = []
  for (const section of text.split('\n--\n')) {
    const arcs = new Map()
    const finals = new Set()
    let size = 0
    let lines = 0
    for (const line of section.split('\n')) {
      const fields = line.split('\t')
      if (fields.length < 4) {
        if (fields[0] !== '') finals.add(Number(fields[0]))
        continue
      }
      lines++
      const from = Number(fields[0])
      const to = Number(fields[1])
      size = Math.max(size, from + 1, to + 1)
      if (from === to || /^\d$/.test(fields[2])) continue
      if (!arcs.has(from)) arcs.set(from, [])
      arcs
        .get(from)
        .push([to, fields[2] === 'ε' ? '' : fields[2], fields[3] === 'ε' ? '' : fields[3]])
    }
    if (lines < 10_000) continue
    const cyclic = cyclicStates(arcs, size)
    const input = []
    const output = []
    const walk = (state) => {
      if (finals.has(state)) pairs.push([input.join(''), output.join('')])
      for (const [to, i, o] of arcs.get(state) ?? []) {
        if (cyclic.has(to)) continue
        input.push(i)
        output.push(o)
        walk(to)
        input.pop()
        output.pop()
      }
    }
    walk(0)
  }
  return pairs.filter(([input]) => isContent(input))
}

/** The first tag of an Apertium analysis (`n` for `government<n>`). */
function tagOf(analysis) {
  return /<([^>]+)>/.exec(analysis)?.[1] ?? ''
}

/** The lemma of an Apertium analysis, `#` of multiwords removed, or '' when it is not a word. */
function lemmaOf(analysis) {
  const lemma = analysis
    .replace(/<.*$/, '')
    .replace(/#/g, '')
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return /^\p{L}[\p{L}\p{M}'’ -]*$/u.test(lemma) ? lemma : ''
}

/** Gender tags a dictionary may need after a noun or adjective the previous step left bare. */
const genders = ['', '<m>', '<f>', '<mf>', '<GD>', '<nt>']

/** Each query's translations by a bilingual dictionary (`lt-proc -b`), in its order. */
function runBilingual(binary, queries) {
  const input = queries.map((analysis) => `^${analysis}$`).join('\n') + '\n'
  const output = execFileSync('lt-proc', ['-b', binary], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  const units = output.match(/\^.*?\$/g) ?? []
  if (units.length !== queries.length)
    throw new Error(`lt-proc -b ${binary}: ${units.length} units for ${queries.length}`)
  return units.map((unit) =>
    unit
      .slice(1, -1)
      .split('/')
      .slice(1)
      .filter((target) => !/^[@*#]/.test(target)),
  )
}

/**
 * The queries for one analysis: itself, a bare `<n>` or `<adj>` with each gender, and a verb as
 * both lexical and modal (`voler<vblex>` in eng-cat is `voler<vbmod>` in cat-ita).
 */
function variants(analysis) {
  if (/^[^<]*<(n|adj)>$/.test(analysis)) return genders.map((gender) => analysis + gender)
  const verb = /^([^<]*)<(vblex|vbmod)>$/.exec(analysis)
  if (verb) return [analysis, `${verb[1]}<${verb[2] === 'vblex' ? 'vbmod' : 'vblex'}>`]
  return [analysis]
}

/**
 * Runs analyses through a bilingual dictionary (`lt-proc -b`): each to its translations in the
 * dictionary's order, the first being Apertium's default. Each is also tried in its variants
 * (genders, lexical or modal verb), since dictionaries tag some words differently. Unknown ones
 * come back empty.
 */
function translateAll(binary, analyses) {
  // Only words go through: lt-proc reads `^ $ / @ * [ ]` and backslashes as stream syntax.
  const unique = [...new Set(analyses)].filter(
    (analysis) => lemmaOf(analysis) !== '' && !/[\^$/@*[\]\\{}]/.test(analysis),
  )
  const owners = unique.flatMap((analysis) => variants(analysis).map(() => analysis))
  const answers = runBilingual(binary, unique.flatMap(variants))
  const result = new Map(unique.map((analysis) => [analysis, []]))
  answers.forEach((targets, position) => {
    const known = result.get(owners[position])
    for (const target of targets) if (!known.includes(target)) known.push(target)
  })
  return result
}

/** Parts of speech tried, in this order, for each word of a phrase translated word by word. */
const phraseParts = ['n', 'adj', 'pr', 'vblex', 'adv']

/**
 * Translations, word by word, of the phrases among `analyses` (`primer ministro<n>`) that the
 * dictionary lacks: each word's default translation as the first part of speech that has one,
 * in the same order. Only between Romance languages (Spanish or Catalan to Italian), where word
 * order agrees (`primer ministro` → `primo ministro`). A phrase with an unknown word is left out.
 */
function translatePhrases(binary, analyses, known) {
  const phrases = [...new Set(analyses)].filter(
    (analysis) => (known.get(analysis) ?? []).length === 0 && lemmaOf(analysis).includes(' '),
  )
  const words = [...new Set(phrases.flatMap((phrase) => lemmaOf(phrase).split(' ')))].filter(
    (word) => !/[\^$/@*[\]\\{}<>]/.test(word),
  )
  const queries = words.flatMap((word) =>
    phraseParts.flatMap((part) => variants(`${word}<${part}>`).map((query) => [word, query])),
  )
  const answers = runBilingual(
    binary,
    queries.map(([, query]) => query),
  )
  const translation = new Map()
  answers.forEach((targets, position) => {
    const [word] = queries[position]
    if (!translation.has(word) && targets.length > 0) translation.set(word, lemmaOf(targets[0]))
  })
  const result = new Map()
  for (const phrase of phrases) {
    const parts = lemmaOf(phrase)
      .split(' ')
      .map((word) => translation.get(word))
    if (parts.every(Boolean)) result.set(phrase, `${parts.join(' ')}<${tagOf(phrase)}>`)
  }
  return result
}

/** The compiled dictionary `apertium-eng-spa/spa-eng.autobil.bin` of `eng-spa/spa-eng`. */
function dictionaryFile(name) {
  const [pair, direction] = name.split('/')
  return join(apertium, `apertium-${pair}`, `${direction}.autobil.bin`)
}

/**
 * The pairs of a pivot route: every open-class entry of the first dictionary, through each
 * dictionary of the chain in turn (`lt-proc -b` keeps each dictionary's order, its default
 * translation first); into Italian, the phrases a dictionary lacks are put together word by
 * word. `alternatives` counts the steps that took a translation other than the default.
 */
function pivotRoute(chain) {
  const files = chain.map(dictionaryFile)
  const sources = [...new Set(bilingualPaths(files[0]).map(([source]) => source))]
  let paths = sources.map((source) => ({ source, target: source, alternatives: 0, via: '' }))
  for (const file of files) {
    const targets = paths.map(({ target }) => target)
    const step = translateAll(file, targets)
    const phrases = file.endsWith('-ita.autobil.bin')
      ? translatePhrases(file, targets, step)
      : new Map()
    paths = paths.flatMap(({ source, target, alternatives, via }) => {
      const through = target === source ? '' : `${via}|${lemmaOf(target)}`
      return [
        ...(step.get(target) ?? []).map((next, position) => ({
          source,
          target: next,
          alternatives: alternatives + (position > 0),
          via: through,
        })),
        // A phrase put together word by word counts as a non-default translation.
        ...(phrases.has(target)
          ? [{ source, target: phrases.get(target), alternatives: alternatives + 1, via: through }]
          : []),
      ]
    })
  }
  return paths
}

const base64Digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
function dictdNumber(text) {
  let value = 0
  for (const digit of text) value = value * 64 + base64Digits.indexOf(digit)
  return value
}

/** Headword → translations of a FreeDict dictd dictionary, senses in order. */
function freeDict(name) {
  const index = readFileSync(join(dictd, `${name}.index`), 'utf8')
  const body = gunzipSync(readFileSync(join(dictd, `${name}.dict.dz`)))
  const entries = []
  for (const line of index.split('\n')) {
    const [headword, offset, length] = line.split('\t')
    if (!headword || !offset || !length || headword.startsWith('00database')) continue
    const start = dictdNumber(offset)
    const lines = body
      .subarray(start, start + dictdNumber(length))
      .toString('utf8')
      .split('\n')
    const translations = lines
      .slice(1)
      .map((text) => text.replace(/^\s*\d+\.\s*/, '').trim())
      .filter((text) => text !== '' && !text.startsWith('/'))
      .flatMap((text) => text.split(/[;,]\s*/))
      .map((text) => text.trim())
    // The index keeps headwords in lower case; the entry's first line, as the dictionary wrote it.
    const written = lines[0]?.replace(/\s*\/.*$/, '').trim() ?? headword
    entries.push([headword, translations, written])
  }
  return entries
}

/** Notes, cross-references and examples in FreeDict entries: not translations. */
const freeDictNote = /^\s*(see:|synonyms?:|antonyms?:|note:)|"/i

/**
 * Headword → translations, sense by sense, of any FreeDict dictd dictionary, read with the care
 * the pivots need: WikDict-made ones (`fra-ita`, `ita-spa`…) follow each sense's translations
 * with a definition line, so only the first line and numbered senses are read there; Ding-made
 * ones (`eng-deu`) carry notes, examples and cross-references, which are dropped. Proper names
 * (`<pn>`) are left out. `position` counts the translations before one in its entry.
 */
function freeDictSenses(name) {
  const index = readFileSync(join(dictd, `freedict-${name}.index`), 'utf8')
  const body = gunzipSync(readFileSync(join(dictd, `freedict-${name}.dict.dz`)))
  const wikDict = body.subarray(0, 4000).toString('utf8').includes('WikDict')
  const entries = []
  for (const line of index.split('\n')) {
    const [headword, offset, length] = line.split('\t')
    if (!headword || !offset || !length || headword.startsWith('00')) continue
    const start = dictdNumber(offset)
    const text = body.subarray(start, start + dictdNumber(length)).toString('utf8')
    const translations = freeDictEntry(text, wikDict)
    if (translations.length > 0) entries.push([headword, translations])
  }
  return entries
}

/**
 * The translations of one FreeDict entry (its text, headword line first), in order: `[]` for a
 * proper name. `wikDict`: the entry is WikDict's, whose senses are each followed by a definition.
 */
export function freeDictEntry(text, wikDict) {
  const lines = text.split('\n')
  if (/<pn>/.test(lines[0])) return []
  return lines
    .slice(1)
    .filter((line, position) => (wikDict ? position === 0 || /^\s*\d+\.\s/.test(line) : true))
    .filter((line) => !freeDictNote.test(line) && !line.trim().startsWith('/'))
    .map((line) =>
      line
        .replace(/^\s*\d+\.\s*/, '')
        .replace(/\s+\d+\.\s*$/, '')
        .replace(/<[^>]*>|\[[^\]]*\]|\{[^}]*\}|\([^)]*\)|\/[^/]*\//g, ' '),
    )
    .flatMap((line) => line.split(/[;,]\s*/))
    .map((translation) => translation.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}

/** A pivot-language word as a key: lower case, at most two words, '' when not a word. */
export function pivotKey(term) {
  const clean = term
    .toLowerCase()
    .replace(/\u2010/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
  if (clean.split(' ').length > 2) return ''
  return /^\p{L}[\p{L}\p{M}'’ -]*$/u.test(clean) ? clean : ''
}

/**
 * A map from each word of one language to `{word, position}` of the other, from dictionaries of
 * that direction (`forward`) and of the reverse one read backwards; `normalise` makes each side's
 * key. The lowest position of a pair is kept.
 */
function freeDictMap(forward, backward, normaliseFrom, normaliseTo) {
  const map = new Map()
  const add = (from, to, position) => {
    if (from === '' || to === '') return
    let targets = map.get(from)
    if (!targets) map.set(from, (targets = new Map()))
    targets.set(to, Math.min(targets.get(to) ?? Infinity, Math.min(position, 2)))
  }
  for (const name of forward)
    for (const [headword, translations] of freeDictSenses(name))
      translations.forEach((translation, position) =>
        add(normaliseFrom(headword), normaliseTo(translation), position),
      )
  for (const name of backward)
    for (const [headword, translations] of freeDictSenses(name))
      translations.forEach((translation, position) =>
        add(normaliseFrom(translation), normaliseTo(headword), position),
      )
  return map
}

/**
 * The attestations of one FreeDict pivot route: each English word through each of its pivot
 * words to each of their Italian ones, once per pivot word; each step's position (capped at 2)
 * counts as steps off the first translation.
 */
function freeDictPivot(route) {
  const { toPivot, fromPivot, toItalian, fromItalian } = freeDictPivots[route]
  const english = freeDictMap(toPivot, fromPivot, freeDictLemma, pivotKey)
  const italian = freeDictMap(toItalian, fromItalian, pivotKey, freeDictLemma)
  const attestations = []
  for (const [en, pivots] of english)
    for (const [pivot, first] of pivots)
      for (const [it, second] of italian.get(pivot) ?? [])
        attestations.push({ route, en, it, alternatives: first + second })
  return attestations
}

/**
 * Whether a FreeDict term is a one-word name: a capital, then small letters (`Mosca`, not
 * `EU`, `New York` or `Italian people`).
 */
export function isName(term) {
  return /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(term.trim())
}

/**
 * A FreeDict term as a lemma: lower case, plain apostrophes (as `translate` looks them up), ''
 * when it is a phrase rather than a lemma.
 */
export function freeDictLemma(term) {
  const clean = term
    .replace(/\u2010/g, '-')
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
  if (/[()[\]{}"!?.…]/.test(clean) || clean.split(' ').length > 3) return ''
  if (/^\p{Lu}/u.test(clean)) return ''
  // Latin letters only: a Greek letter in an English word (`attachι`) is a dictionary's typo.
  return /^\p{Script=Latin}[\p{Script=Latin}\p{M}' -]*$/u.test(clean) ? clean.toLowerCase() : ''
}

/**
 * Every attestation of an English–Italian pair by the routes in `only` (all when absent):
 * `{route, en, it, alternatives}`. Needs the Debian packages (see {@link missingPackages}).
 */
export function collectAttestations(only) {
  const use = (route) => !only || only.has(route)
  const attestations = []
  for (const [route, [chain, reverse]] of Object.entries(pivotRoutes)) {
    if (!use(route)) continue
    // One attestation per pivot word: an entry listed under several tags (`minister<n><sg>`,
    // `minister<n><pl>`) is one piece of evidence, not several.
    const best = new Map()
    for (const { source, target, alternatives, via } of pivotRoute(chain)) {
      if (!isContent(target)) continue
      const [en, it] = reverse ? [target, source] : [source, target]
      const attestation = { route, en: lemmaOf(en), it: lemmaOf(it), alternatives }
      const key = `${attestation.en}\t${attestation.it}\t${via}`
      if (!(best.get(key)?.alternatives <= alternatives)) best.set(key, attestation)
    }
    attestations.push(...best.values())
  }
  const freeDicts = [
    ['fd', 'freedict-eng-ita', false],
    ['fdr', 'freedict-ita-eng', true],
  ]
  // A place or person named in both languages (`Moscow` → `Mosca`, `Japan` → `Giappone`): news
  // names them on every line, and only the dictionaries know the Italian exonym. FreeDict keeps
  // the first word of some names as the headword (`Mar` for `Mar Adriatico` → `Adriatic`), so a
  // pair of names counts only when both dictionaries give it, each in its direction.
  const names = new Map()
  for (const [route, name, reverse] of freeDicts) {
    if (!use(route)) continue
    for (const [headword, translations, written] of freeDict(name))
      translations.forEach((translation, position) => {
        const [en, it] = reverse ? [translation, headword] : [headword, translation]
        const alternatives = Math.min(position, 2)
        if (!isName(written) || !isName(translation)) {
          attestations.push({ route, en: freeDictLemma(en), it: freeDictLemma(it), alternatives })
          return
        }
        const attestation = { route, en: en.toLowerCase(), it: it.toLowerCase(), alternatives }
        const key = `${attestation.en}\t${attestation.it}`
        names.set(key, [...(names.get(key) ?? []), attestation])
      })
  }
  for (const found of names.values())
    if (new Set(found.map(({ route }) => route)).size === freeDicts.length)
      attestations.push(...found)
  for (const route of Object.keys(freeDictPivots))
    if (use(route)) attestations.push(...freeDictPivot(route))
  // Acronyms pair badly across pivots (`API` → `SEDANO`); names of peoples and languages are
  // capitalised in English only, so both sides are stored in lower case.
  const acronym = (lemma) => /^[\p{Lu}\d.-]{2,}$/u.test(lemma)
  return attestations
    .filter(({ en, it }) => en !== '' && it !== '' && !acronym(en) && !acronym(it))
    .map((attestation) => ({
      ...attestation,
      en: attestation.en.toLowerCase(),
      it: attestation.it.toLowerCase(),
    }))
}

/**
 * Scores attestations into `[en, it, weight]` rows: each attestation's confidence is its route's,
 * lowered for non-default steps and phrases; a route's repeated attestations add a share; routes
 * combine by noisy-OR. (`translate` adds the lemmas' spelling likeness when it merges the files.)
 */
export function scoreAttestations(attestations, settings = defaultSettings) {
  const pairs = new Map()
  for (const { route, en, it, alternatives } of attestations) {
    let confidence = settings.routes[route] * settings.alternative ** alternatives
    if (en.split(' ').length !== it.split(' ').length) confidence *= settings.phrase
    const key = `${en}\t${it}`
    let routes = pairs.get(key)
    if (!routes) pairs.set(key, (routes = new Map()))
    const previous = routes.get(route)
    routes.set(
      route,
      previous === undefined ? confidence : 1 - (1 - previous) * (1 - confidence * settings.repeat),
    )
  }
  const rows = []
  for (const [key, routes] of pairs) {
    const [en, it] = key.split('\t')
    let miss = 1
    for (const confidence of routes.values()) miss *= 1 - confidence
    rows.push([en, it, 1 - miss])
  }
  return rows
}

/** The weighted union of the routes in `only` (all when absent): `[en, it, weight]` rows. */
export function buildRows(only, settings = defaultSettings) {
  return scoreAttestations(collectAttestations(only), settings)
}

/**
 * The first line of a file sorted by its first column, which `translate` then binary-searches
 * (without it, it indexes the file): no tab, so readers of the plain format skip it.
 */
const sortedHeader = '#fonte-lexicon sorted\n'

/**
 * TSV, one pair a line, sorted by the first lemma (in JavaScript's string order, which
 * `translate` binary-searches in), most likely first: `en\tit\tweight‰`, or `it\ten\tweight‰`
 * with `italianFirst`.
 */
function serialise(rows, italianFirst = false) {
  const lines = rows.map(([en, it, weight]) => (italianFirst ? [it, en, weight] : [en, it, weight]))
  lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : b[2] - a[2] || (a[1] < b[1] ? -1 : 1)))
  return (
    sortedHeader +
    lines
      .map(
        ([first, second, weight]) =>
          `${first}\t${second}\t${Math.max(1, Math.round(weight * 1000))}\n`,
      )
      .join('')
  )
}

/** The second line of a plain file: its block index (see {@link withBlockIndex}). */
const blockHeader = '#fonte-lexicon blocks '

/** Bytes per block of a plain file, about (a block is read and decoded whole). */
const blockSize = 1024

/**
 * A serialised file's text with its block index as second line: the pairs cut into blocks of
 * about `blockSize` bytes, the lines of one key in one block, and for each block its first key
 * and its byte offset after the index line (`{"first": […], "offsets": […]}`, one offset more
 * than blocks). `translate` reads the index and then only the blocks its look-ups need.
 */
export function withBlockIndex(text, size = blockSize) {
  const newline = text.indexOf('\n') + 1
  const lines = text.slice(newline).split('\n').slice(0, -1)
  const first = []
  const offsets = []
  let offset = 0
  let start = -Infinity
  let previous
  for (const line of lines) {
    const key = line.split('\t')[0]
    if (key !== previous && offset - start >= size) {
      first.push(key)
      offsets.push((start = offset))
    }
    previous = key
    offset += Buffer.byteLength(line) + 1
  }
  offsets.push(offset)
  return `${text.slice(0, newline)}${blockHeader}${JSON.stringify({ first, offsets })}\n${text.slice(newline)}`
}

/**
 * The bytes of a serialised file: gzipped for a `.gz` path (`--out`, the eval's files), else as
 * they are with a block index (the published files; the npm tarball compresses them). The keys
 * must be in UTF-8 byte order too, which is JavaScript's string order unless a key has a
 * character above U+D7FF (`translate` searches a plain file without an index as bytes): checked.
 */
function encoded(text, path) {
  const lines = text.split('\n')
  for (let index = 2; index < lines.length - 1; index++) {
    const [previous, current] = [lines[index - 1], lines[index]].map((line) => line.split('\t')[0])
    if (Buffer.compare(Buffer.from(previous), Buffer.from(current)) > 0)
      throw new Error(`build-en-it: ${previous} and ${current} sort apart in UTF-8 (${path})`)
  }
  if (path.endsWith('.gz')) return gzipSync(text, { level: 9 })
  return Buffer.from(withBlockIndex(text), 'utf8')
}

/** The Italian-sorted file beside an English-sorted one: `it-en-es.tsv` for `en-it-es.tsv`. */
export function italianSorted(path) {
  return join(dirname(path), basename(path).replace(/^en-it/, 'it-en'))
}

/**
 * Writes the weighted union of the routes in `only` (all when absent) to `out`, but the pairs
 * weighing less than `minimum`, and, with `reverse`, the same pairs sorted by Italian beside it
 * (see {@link italianSorted}).
 */
function write(only, out, reverse, minimum = 0) {
  const rows = buildRows(only).filter(([, , weight]) => weight >= minimum)
  writeFileSync(out, encoded(serialise(rows), out))
  if (reverse) writeFileSync(italianSorted(out), encoded(serialise(rows, true), out))
  const english = new Set(rows.map(([en]) => en)).size
  const italian = new Set(rows.map(([, it]) => it)).size
  console.log(
    `build-en-it: ${rows.length} pairs, ${english} English and ${italian} Italian lemmas → ${out}`,
  )
}

function main() {
  const options = parseArguments()
  // Without --only: every route for --out, the published ones otherwise.
  const routes =
    options.only ??
    (options.out ? undefined : new Set(published.flatMap(({ routes }) => [...routes])))
  const missing = missingPackages(routes)
  if (missing.length > 0) {
    console.error(`build-en-it: missing Debian packages; run: apt-get install ${missing.join(' ')}`)
    process.exit(1)
  }
  if (options.out) write(options.only, options.out, false)
  else for (const { routes, out, minimum } of published) write(routes, out, true, minimum)
  console.log(
    'sources: ' +
      [...new Set([...(routes ?? Object.keys(routePackages))].flatMap((r) => routePackages[r]))]
        .map((pkg) => `${pkg} ${debianVersion(pkg)}`)
        .join(', '),
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
