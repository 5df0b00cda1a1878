// Sentence-boundary evaluation on UD Italian ISDT and VIT and the Italian golden rules, for fonte
// and its JavaScript peers side by side. Reads the gold data from ../shared/eval/splitting (licensed
// for evaluation only, never copied here) and scores with the scorer that ships with it.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { splitters } from './peers.mjs'

const datasets = [
  ['UD ISDT F1', 'ud-it-isdt.jsonl', 'f1'],
  ['UD VIT F1', 'ud-it-vit.jsonl', 'f1'],
  ['golden rules (exact of 34)', 'golden-it.json', 'exact_docs'],
]

/**
 * Evaluates every splitter on every data set in `folder`; returns the Markdown table's rows.
 * @param {string} folder the splitting eval folder
 */
export async function evaluateSplitting(folder) {
  // The scorer that ships with the data, imported rather than copied.
  const { loadGold, score } = await import(pathToFileURL(join(folder, 'score.mjs')).href)
  const rows = []
  for (const [name, splitter] of splitters) {
    const cells = []
    for (const [, file, field] of datasets) {
      const gold = loadGold(join(folder, file))
      const predictions = {}
      for (const doc of gold) predictions[doc.id] = splitter(doc.text)
      const summary = score(gold, predictions)
      cells.push(
        field === 'f1' ? (summary.f1 * 100).toFixed(1) : `${summary[field]}/${summary.docs}`,
      )
    }
    rows.push([name, ...cells])
  }
  return { header: ['splitter', ...datasets.map(([label]) => label)], rows }
}

export function splittingAvailable(folder) {
  return existsSync(join(folder, 'score.mjs'))
}
