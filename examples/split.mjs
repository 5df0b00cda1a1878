// Split an Italian article into sentences and list its quotations, with offsets into the file.
import { readFileSync } from 'node:fs'
import { extractQuotes, readArticle, splitSentences } from 'fonte'

const path = new URL('../corpus-it/000_19c8cfac660a9fd1/article.md', import.meta.url)
const article = readArticle(readFileSync(path, 'utf8'), 'article.md')

const sentences = splitSentences(article.body)
const quotes = extractQuotes(article.body)
console.log(`${sentences.length} sentences, ${quotes.length} quotations`)
for (const sentence of sentences.slice(1, 4)) {
  console.log(
    `${article.bodyStart + sentence.start}-${article.bodyStart + sentence.end}  ${sentence.text}`,
  )
}
