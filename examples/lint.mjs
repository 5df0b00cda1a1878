// Check a new translation against the project's term base, as `fonte lint` does.
import { reporter } from 'vfile-reporter'
import { VFile } from 'vfile'
import { createGlossary, lintFile, loadTermBases } from 'fonte'

const termBase = new URL('../glossary/fonte.glossary.yaml', import.meta.url).pathname
const glossary = createGlossary(await loadTermBases([termBase]))
const file = new VFile({
  path: 'traduzione.md',
  value:
    'Putin e Kim Jong Un hanno firmato un patto di **difesa** reciproca.\n\nA Seul, e poi a Seoul, si discute.\n',
})
lintFile(file, glossary)
console.log(reporter(file))
