import { markdownProse } from '@fonte/markdown'
import { describe, expect, it } from 'vitest'
import { blankBoilerplate, findBoilerplate } from '../src/boilerplate/index.js'
import { blankedProse, parseArticleTree } from '../src/pipeline/tree.js'

const body = 'La Corea del Nord ha ratificato il trattato con la Russia, hanno detto i media.'
const around = (middle: string) => `${body}\n\n${middle}\n\n${body} Fine.`

/** The prose as data: its text, blocks and every offset mapped back. */
const asData = (prose: ReturnType<typeof markdownProse>) => ({
  text: prose.text,
  blocks: prose.blocks,
  offsets: Array.from({ length: prose.text.length + 1 }, (_, at) => prose.toSource(at)),
})

function derive(text: string) {
  const lines = findBoilerplate(text)
  const blanked = blankBoilerplate(text, lines)
  return { lines, blanked, prose: blankedProse(parseArticleTree(text), blanked, lines) }
}

describe('blankedProse', () => {
  it.each([
    ['a paragraph of its own', around('Back to top')],
    ['a heading between paragraphs, no blank lines', `${body}\n## Ultime Notizie\n${body}`],
    ['a paragraph in bold', around('**Back to top**')],
    ['a paragraph at the start', `Back to top\n\n${body}`],
    ['a paragraph at the end, after a block quote', `> ${body}\n\nBack to top`],
    ['two in a row', around('Scopri di più con Euractiv\n\nUltime Notizie')],
  ])('reads %s as parsing the blanked text does', (_, text) => {
    const { lines, blanked, prose } = derive(text)
    expect(lines.length).toBeGreaterThan(0)
    expect(prose).toBeDefined()
    expect(asData(prose as NonNullable<typeof prose>)).toEqual(asData(markdownProse(blanked)))
  })

  it.each([
    ['a line inside a paragraph', `${body}\nBack to top\n${body}`],
    ['between two lists, which would join', '- uno\n\nBack to top\n\n- due'],
    ['between indented code blocks, which would join', '    uno\n\nBack to top\n\n    due'],
    ['before an HTML block', '<div>\n\nBack to top\n\n</div>'],
  ])('leaves %s to a parse', (_, text) => {
    const { lines, prose } = derive(text)
    expect(lines.length).toBeGreaterThan(0)
    expect(prose).toBeUndefined()
  })
})
