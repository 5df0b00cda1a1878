// fonte as unified plugins: language check, alignment to sources and glossary lint on one
// Markdown article, every finding a vfile message for any unified reporter.
import { readFileSync } from 'node:fs'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import {
  createGlossary,
  fonteAlign,
  fonteGlossary,
  fonteLanguage,
  fonteSplit,
  loadTermBases,
} from 'fonte'

const corpus = new URL('../corpus-it/000_19c8cfac660a9fd1/', import.meta.url)
const file = new VFile({
  path: 'article.md',
  value: readFileSync(new URL('article.md', corpus), 'utf8'),
})
const sources = [
  { file: 'sources.en.md', text: readFileSync(new URL('sources.en.md', corpus), 'utf8') },
]
const glossary = createGlossary(
  await loadTermBases([new URL('../glossary/fonte.glossary.yaml', import.meta.url).pathname]),
)

const processor = unified()
  .use(remarkParse)
  .use(fonteSplit)
  .use(fonteLanguage)
  .use(fonteAlign, { sources, glossary })
  .use(fonteGlossary, { glossary })
await processor.run(processor.parse(file), file)

const { sentences, alignment } = file.data.fonte
console.log(
  `${sentences.length} sentences, ${alignment.quotes.filter((quote) => quote.match).length} quotations traced`,
)
console.log(reporter(file, { quiet: true }))
