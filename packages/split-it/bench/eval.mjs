// Sentence-boundary evaluation on UD Italian ISDT and VIT and the Italian golden rules, for fonte
// and its JavaScript peers side by side. Reads the gold data from ../shared/eval/splitting (licensed
// for evaluation only, never copied here) and scores with the scorer that ships with it.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
export function evaluateSplitting(folder) {
  const scratch = mkdtempSync(join(tmpdir(), 'fonte-eval-'))
  try {
    const rows = []
    for (const [name, splitter] of splitters) {
      const cells = []
      for (const [, file, field] of datasets) {
        const gold = readDocuments(join(folder, file))
        const predictions = {}
        for (const doc of gold) predictions[doc.id ?? doc.name] = splitter(doc.text)
        const predictionFile = join(scratch, 'predictions.json')
        writeFileSync(predictionFile, JSON.stringify(predictions))
        const output = execFileSync(
          process.execPath,
          [join(folder, 'score.mjs'), join(folder, file), predictionFile],
          {
            encoding: 'utf8',
          },
        )
        const summary = JSON.parse(output.slice(output.indexOf('{')))
        cells.push(
          field === 'f1' ? (summary.f1 * 100).toFixed(1) : `${summary[field]}/${summary.docs}`,
        )
      }
      rows.push([name, ...cells])
    }
    return { header: ['splitter', ...datasets.map(([label]) => label)], rows }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

function readDocuments(file) {
  const text = readFileSync(file, 'utf8')
  return file.endsWith('.json')
    ? JSON.parse(text)
    : text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
}

export function splittingAvailable(folder) {
  return existsSync(join(folder, 'score.mjs'))
}
