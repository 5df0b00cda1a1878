// Sentence-boundary evaluation for fonte and its JavaScript peers side by side:
// - UD Italian ISDT and VIT and the Italian golden rules, read from ../shared/eval/splitting
//   (licensed for evaluation only, never copied here) and scored with the scorer that ships
//   with them;
// - the news probe, fonte's own cases of Italian news typography (test/fixtures/news-probe.json),
//   scored as exact documents.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { splitters } from './peers.mjs'

const datasets = [
  ['UD ISDT F1', 'ud-it-isdt.jsonl', 'f1'],
  ['UD VIT F1', 'ud-it-vit.jsonl', 'f1'],
  ['golden rules (exact of 34)', 'golden-it.json', 'exact_docs'],
]

const probeFile = new URL('../test/fixtures/news-probe.json', import.meta.url)

/** The news probe: `{name, text, sentences}` cases written for fonte (not from any corpus). */
export function loadNewsProbe() {
  return JSON.parse(readFileSync(probeFile, 'utf8'))
}

/** Whether a splitter's sentences, trimmed, are exactly the expected ones. */
function exact(expected, got) {
  const trimmed = got.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '')
  return trimmed.length === expected.length && trimmed.every((s, index) => s === expected[index])
}

/**
 * Exact documents of the news probe for every splitter; needs no data outside the repository.
 * Returns the Markdown table and, per splitter, the names of the cases it gets wrong.
 */
export function evaluateNewsProbe() {
  const cases = loadNewsProbe()
  const rows = []
  const failures = {}
  for (const [name, splitter] of splitters) {
    const wrong = cases.filter((item) => !exact(item.sentences, splitter(item.text)))
    failures[name] = wrong.map((item) => item.name)
    const right = cases.length - wrong.length
    rows.push([name, `${right}/${cases.length}`, `${((100 * right) / cases.length).toFixed(1)} %`])
  }
  return { header: ['splitter', 'news probe (exact)', 'share'], rows, failures }
}

/**
 * Evaluates every splitter on every data set in `folder`; returns the Markdown table's rows.
 * @param {string} folder the splitting eval folder
 */
export async function evaluateSplitting(folder) {
  // The scorer that ships with the data, imported rather than copied.
  const { loadGold, score } = await import(pathToFileURL(join(folder, 'score.mjs')).href)
  const gold = datasets.map(([, file]) => loadGold(join(folder, file)))
  const rows = []
  for (const [name, splitter] of splitters) {
    const cells = datasets.map(([, , field], index) => {
      const docs = gold[index]
      const predictions = {}
      for (const doc of docs) predictions[doc.id] = splitter(doc.text)
      const summary = score(docs, predictions)
      return field === 'f1' ? (summary.f1 * 100).toFixed(1) : `${summary[field]}/${summary.docs}`
    })
    rows.push([name, ...cells])
  }
  return { header: ['splitter', ...datasets.map(([label]) => label)], rows }
}

export function splittingAvailable(folder) {
  return existsSync(join(folder, 'score.mjs'))
}
