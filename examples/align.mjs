// Trace the quotations of an Italian article to its English source, and align its sentences.
import { readFileSync } from 'node:fs'
import { alignQuotes, alignSentences, createGlossary, loadTermBases } from 'fonte'

const corpus = new URL('../corpus-it/000_19c8cfac660a9fd1/', import.meta.url)
const article = readFileSync(new URL('article.md', corpus), 'utf8')
const english = readFileSync(new URL('sources.en.md', corpus), 'utf8')
const glossary = createGlossary(
  await loadTermBases([new URL('../glossary/fonte.glossary.yaml', import.meta.url).pathname]),
)

const { quotes } = alignQuotes(article, [{ file: 'sources.en.md', text: english }], { glossary })
for (const quote of quotes.filter((entry) => entry.kind === 'direct')) {
  console.log(
    `«${quote.text.slice(0, 60)}» → ${quote.match ? `${quote.match.text.slice(0, 60)} (${quote.match.score})` : 'no original found'}`,
  )
}

const beads = alignSentences(
  [
    'North Korea and Russia signed a pact on Wednesday.',
    'The treaty was ratified on 6 November 2024.',
  ],
  [
    'Corea del Nord e Russia hanno firmato un patto mercoledì.',
    'Scopri di più con Euractiv.',
    'Il trattato è stato ratificato il 6 novembre 2024.',
  ],
)
console.log(
  beads
    .map((bead) => `${bead.source.join('+') || '-'} ↔ ${bead.target.join('+') || '-'}`)
    .join(', '),
)
