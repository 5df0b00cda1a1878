// Tracing against news that holds no original: every match is wrong. corpus-it's treaty articles
// against the NTREX dev English stories (../shared/eval/ntrex-dev/quotes/en, read in place at run
// time, never copied; the pooled files are left out, they repeat the stories), and the NTREX dev
// Italian stories against corpus-it's English sources (the treaty wire). A newsroom's wire holds
// mostly other stories: what fonte claims there is what it would claim wrongly.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { alignQuotes } from '@fonte/align'

const corpus = new URL('../../../corpus-it/', import.meta.url).pathname

/** The Markdown files of a folder, read: `{file, text}`, sorted, those `keep` keeps. */
function readStories(folder, keep = () => true) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && keep(name))
    .sort()
    .map((name) => ({ file: name, text: readFileSync(join(folder, name), 'utf8') }))
}

/** corpus-it's articles and their English sources. */
function corpusStories() {
  const folders = readdirSync(corpus).filter((name) => /^\d{3}_/.test(name))
  const article = (name) => join(corpus, name, 'article.md')
  const source = (name) => join(corpus, name, 'sources.en.md')
  return {
    articles: folders.sort().map((name) => ({
      file: `${name}/article.md`,
      text: readFileSync(article(name), 'utf8'),
    })),
    sources: folders
      .filter((name) => existsSync(source(name)))
      .map((name) => ({ file: `${name}/sources.en.md`, text: readFileSync(source(name), 'utf8') })),
  }
}

/** How many sentences and quotations of `articles` get a match among `sources` (all wrong). */
function countMatches(articles, sources) {
  const count = { sentences: 0, sentencesMatched: 0, quotes: 0, quotesMatched: 0 }
  for (const article of articles) {
    const { sentences, quotes } = alignQuotes(article.text, sources)
    count.sentences += sentences.length
    count.sentencesMatched += sentences.filter((sentence) => sentence.match).length
    count.quotes += quotes.length
    count.quotesMatched += quotes.filter((quote) => quote.match).length
  }
  return count
}

/** Whether the NTREX dev stories are where `pnpm eval` looks for them. */
export function hasUnrelated(ntrexFolder) {
  return (
    existsSync(join(ntrexFolder, 'quotes', 'en')) && existsSync(join(ntrexFolder, 'quotes', 'it'))
  )
}

/**
 * The table of matches claimed against unrelated news, both ways, as `fonte align` runs with no
 * flags.
 *
 * @param {string} ntrexFolder - `../shared/eval/ntrex-dev`.
 */
export function unrelatedTable(ntrexFolder) {
  const treaty = corpusStories()
  const english = readStories(
    join(ntrexFolder, 'quotes', 'en'),
    (name) => !name.startsWith('pool5-'),
  )
  const italian = readStories(join(ntrexFolder, 'quotes', 'it'))
  const percent = (count, total) => `${((100 * count) / Math.max(1, total)).toFixed(1)} %`
  const row = (name, articles, sources) => {
    const count = countMatches(articles, sources)
    return [
      name,
      articles.length,
      sources.length,
      `${count.sentencesMatched} of ${count.sentences} (${percent(count.sentencesMatched, count.sentences)})`,
      `${count.quotesMatched} of ${count.quotes} (${percent(count.quotesMatched, count.quotes)})`,
    ]
  }
  return {
    header: [
      'articles against',
      'articles',
      'English stories',
      'sentences matched',
      'quotations matched',
    ],
    rows: [
      row('corpus-it (the treaty) against the NTREX dev English stories', treaty.articles, english),
      row("NTREX dev Italian stories against corpus-it's treaty wire", italian, treaty.sources),
    ],
  }
}
