import { split } from 'sentence-splitter'
import { describe, expect, it } from 'vitest'
import { splitToTxtAst } from '../src/txt-ast.js'
import { italianLanguage } from '../src/index.js'

describe('splitToTxtAst', () => {
  const input = 'Il sig. Rossi ha detto: «Siamo pronti».\nPoi è partito.'

  it('returns Sentence and WhiteSpace nodes whose raw values rebuild the input', () => {
    const nodes = splitToTxtAst(input)
    expect(nodes.map((node) => node.type)).toEqual(['Sentence', 'WhiteSpace', 'Sentence'])
    expect(nodes.map((node) => node.raw).join('')).toBe(input)
    for (const node of nodes) expect(input.slice(node.range[0], node.range[1])).toBe(node.raw)
  })

  it('has the shape of sentence-splitter nodes, with 1-based lines and 0-based columns', () => {
    const [first, , second] = splitToTxtAst(input)
    expect(first).toMatchObject({
      type: 'Sentence',
      raw: 'Il sig. Rossi ha detto: «Siamo pronti».',
      range: [0, 39],
      loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 39 } },
      children: [
        { type: 'Str', raw: 'Il sig. Rossi ha detto: «Siamo pronti' },
        { type: 'Punctuation', raw: '».' },
      ],
      contexts: [{ type: 'PairMark', range: [24, 38], pairMark: { start: '«', end: '»' } }],
    })
    expect(second).toMatchObject({ loc: { start: { line: 2, column: 0 } } })
    // The same keys as sentence-splitter's own nodes.
    const [reference] = split('Uno.')
    expect(Object.keys(first ?? {}).sort()).toEqual(Object.keys(reference ?? {}).sort())
  })

  it('gives textlint users the Italian data in sentence-splitter’s Language shape', () => {
    const nodes = split('Lo ha detto il Sig. Rossi. Poi è partito.', {
      AbbrMarker: { language: italianLanguage },
    })
    expect(nodes.filter((node) => node.type === 'Sentence').map((node) => node.raw)).toEqual([
      'Lo ha detto il Sig. Rossi.',
      'Poi è partito.',
    ])
  })
})
