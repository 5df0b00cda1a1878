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
}
