// Reading Apertium's compiled analysers, for the scripts that build @fonte/lexicon-morphology's
// data (build-morphology.mjs, build-function-words.mjs).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Where Debian installs Apertium's language pairs. */
export const apertium = '/usr/share/apertium'

/** The analysers of each language, most complete first; Debian package and file. */
export const sources = {
  it: [
    ['apertium-cat-ita', 'apertium-cat-ita/ita-cat.automorf.bin'],
    ['apertium-spa-ita', 'apertium-spa-ita/ita-spa.automorf.bin'],
  ],
  // Not apertium-eng-spa: its English dictionary is GPL-2.0-only, which cannot be combined with
  // apertium-eng-cat's GPL-3.0-or-later English in one file (and adds little, see the README).
  en: [['apertium-eng-cat', 'apertium-eng-cat/eng-cat.automorf.bin']],
}

/** Apostrophe look-alikes Apertium lists spellings with; the data keeps the straight one. */
export const apostrophes = /[´ʼ‘’`]/g

/** The Debian packages missing for reading the analysers (and `extra` files), by package. */
export function missingPackages(extra = []) {
  const missing = []
  try {
    execFileSync('lt-print', ['--help'], { stdio: 'ignore' })
  } catch (error) {
    if (error.code === 'ENOENT') missing.push('lttoolbox-dev')
  }
  for (const [pkg, file] of Object.values(sources).flat())
    if (!existsSync(join(apertium, file))) missing.push(pkg)
  for (const [pkg, file] of extra) if (!existsSync(file)) missing.push(pkg)
  return missing
}

/** Exits with the `apt-get` line to run when packages are missing. */
export function checkInstalled(script, extra = []) {
  const missing = missingPackages(extra)
  if (missing.length === 0) return
  console.error(`${script}: missing Debian packages; run: apt-get install ${missing.join(' ')}`)
  process.exit(1)
}

/** The Debian version of an installed package. */
export function debianVersion(pkg) {
  return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim()
}

/** One `lt-print` section as its arcs (state → [to, input, output][]) and final states. */
function readSection(section) {
  const arcs = new Map()
  const finals = new Set()
  const symbol = (value) => (value === 'ε' ? '' : value)
  for (const line of section.split('\n')) {
    if (!line) continue
    const fields = line.split('\t')
    if (fields.length <= 3 && !fields[2]) {
      finals.add(Number(fields[0]))
      continue
    }
    const from = Number(fields[0])
    if (!arcs.has(from)) arcs.set(from, [])
    arcs.get(from).push([Number(fields[1]), symbol(fields[2]), symbol(fields[3])])
  }
  return { arcs, finals }
}

/** Every (input, output) path of one section, or null when the section has a cycle. */
function sectionPaths({ arcs, finals }) {
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
  return cyclic ? null : found
}

/**
 * Every (form, analysis) path of a compiled lttoolbox transducer (`lt-print`). Sections with
 * cycles (the regular expressions for numbers and URLs) are left out: they have no lemma to store.
 */
export function* paths(binary) {
  const text = execFileSync('lt-print', [binary], { encoding: 'utf8', maxBuffer: 1 << 30 })
  for (const section of text.split(/^--\n/m)) yield* sectionPaths(readSection(section)) ?? []
}

/** Every (form, analysis) pair of one language's analysers, with the package each came from. */
export function* analyses(language) {
  for (const [pkg, file] of sources[language])
    for (const [form, analysis] of paths(join(apertium, file))) yield [form, analysis, pkg]
}
