// Sentence alignment on ParTUT EN–IT and Text+Berg DE–FR (../shared/eval/alignment), scored with
// the scorer that ships with the data.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { alignSentences } from '@fonte/align'

/** Aligns every document of a gold file; returns `{id: links}` as the scorer reads it. */
export function predict(docs, options) {
  const predictions = {}
  for (const doc of docs) {
    const source = doc.en ?? doc.src
    const target = doc.it ?? doc.tgt
    predictions[doc.id] = alignSentences(source, target, options(doc)).map((bead) => [
      bead.source,
      bead.target,
    ])
  }
  return predictions
}

export async function evaluateAlignment(folder, runs) {
  const { readGold, scoreAll } = await import(pathToFileURL(join(folder, 'score.mjs')).href)
  const rows = []
  for (const [name, file, options] of runs) {
    const docs = readGold(join(folder, file))
    const result = scoreAll(docs, predict(docs, options))
    const perDoc = scoreAll(docs, predict(docs, options)).per_doc
    rows.push({ name, file, overall: result.overall, perDoc })
  }
  return rows
}
