#!/usr/bin/env node
// Builds corpus-it/ from ../shared/seeds and ../shared/wire/articles.json.
// The article text is copied unchanged below a YAML front matter block; run again to rebuild.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const shared = join(root, '..', 'shared')
if (!existsSync(join(shared, 'seeds'))) {
  console.error(
    'build-corpus: ../shared/seeds is not there; corpus-it/ is committed, nothing to do.',
  )
  process.exit(0)
}

const wire = JSON.parse(readFileSync(join(shared, 'wire', 'articles.json'), 'utf8'))
const sourceBySeed = new Map(wire.map((entry) => [entry.seed, entry]))
const quotes = JSON.parse(readFileSync(join(shared, 'wire', 'quotes.json'), 'utf8'))

// What the Italian pages say of themselves (bylines, trailers); the wire notes confirm them.
const italianOutlet = {
  '000': 'Euractiv Italia',
  '001': 'Oltre la Linea',
}

for (const seed of readdirSync(join(shared, 'seeds')).sort()) {
  const text = readFileSync(join(shared, 'seeds', seed), 'utf8')
  const id = seed.replace(/\.txt$/, '')
  const number = id.slice(0, 3)
  const title = text.split('\n', 1)[0].trim()
  const known = sourceBySeed.get(seed)
  const source = known
    ? {
        outlet: known.source.outlet,
        title: known.source.title ?? known.source.title_guess,
        date: known.source.date,
        url: known.source.canonical_url ?? known.found_copies?.[0]?.url ?? null,
        found: known.found,
      }
    : null
  const meta = [
    ['id', id],
    ['title', title],
    ['outlet', italianOutlet[number] ?? null],
    ['date', null], // the Italian pages carry no date in the seeds
    ['language', 'it'],
    ['seed', seed],
  ]
  const lines = meta.map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
  if (source) {
    lines.push('source:')
    for (const [key, value] of Object.entries(source))
      lines.push(`  ${key}: ${JSON.stringify(value)}`)
  } else {
    lines.push('source: null')
  }
  const folder = join(root, 'corpus-it', id)
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'article.md'), `---\n${lines.join('\n')}\n---\n${text}`)
  console.log(`corpus-it/${id}/article.md`)
  if (known) {
    writeFileSync(
      join(folder, 'sources.en.md'),
      englishSources(
        id,
        known,
        quotes.filter((quote) => quote.seed === seed),
      ),
    )
    console.log(`corpus-it/${id}/sources.en.md`)
    writeFileSync(
      join(folder, 'pairs.json'),
      `${JSON.stringify(sentencePairs(`---\n${lines.join('\n')}\n---\n`.length, text, known, folder), null, 2)}\n`,
    )
    console.log(`corpus-it/${id}/pairs.json`)
  }
}

/**
 * The Italian sentences whose English original the wire notes identify, with offsets into
 * article.md and sources.en.md: the reference for quote-score calibration and corpus tests.
 */
function sentencePairs(headerLength, text, known, folder) {
  const english = readFileSync(join(folder, 'sources.en.md'), 'utf8')
  return (known.aligned_sentences ?? []).map((aligned) => {
    if (text.slice(aligned.it_start, aligned.it_end) !== aligned.it) {
      throw new Error(`build-corpus: ${known.seed}: the offsets of "${aligned.it}" do not match`)
    }
    return {
      it: {
        start: headerLength + aligned.it_start,
        end: headerLength + aligned.it_end,
        text: aligned.it,
      },
      en: aligned.en.map((sentence) => {
        const start = english.indexOf(sentence)
        if (start === -1)
          throw new Error(`build-corpus: "${sentence}" is not in ${folder}/sources.en.md`)
        return { start, end: start + sentence.length, text: sentence }
      }),
    }
  })
}

/**
 * The English passages an article translates, grouped by the outlet they were read from: the
 * recovered sentences in the order of the Italian, then the English originals of its quotations
 * that are not in them, each verbatim.
 */
function englishSources(id, article, articleQuotes) {
  const byOutlet = new Map()
  const add = (source, text) => {
    const key = `${source.outlet}\u0000${source.title ?? ''}`
    if (!byOutlet.has(key)) byOutlet.set(key, { source, passages: [] })
    const entry = byOutlet.get(key)
    const clean = text.trim()
    if (
      clean &&
      ![...byOutlet.values()].some((other) =>
        other.passages.some((passage) => passage.includes(clean)),
      )
    ) {
      entry.passages.push(clean)
    }
  }
  for (const aligned of article.aligned_sentences ?? []) {
    for (const sentence of aligned.en ?? []) add(aligned.en_source ?? article.source, sentence)
  }
  for (const quote of articleQuotes) {
    if (quote.en) add(quote.source ?? article.source, quote.en)
    for (const alternative of quote.alternatives ?? [])
      add(alternative.source ?? quote.source, alternative.en)
    if (quote.kcna_official_english)
      add(
        { outlet: 'KCNA official English text, as quoted by Reuters' },
        quote.kcna_official_english,
      )
  }
  const header = [
    '---',
    `article: ${JSON.stringify(id)}`,
    'language: "en"',
    'note: "English passages recovered from the sources; not every Italian sentence has one here."',
    '---',
    '',
  ]
  const sections = [...byOutlet.values()].map(({ source, passages }) => {
    const title = source.title ? ` — ${source.title}` : ''
    const date = source.date ? ` (${source.date})` : ''
    const url = source.url ? `\n\n<${source.url}>` : ''
    return `## ${source.outlet}${title}${date}${url}\n\n${passages.join('\n\n')}\n`
  })
  return `${header.join('\n')}\n${sections.join('\n')}`
}
