import { describe, expect, it } from 'vitest'
import { barrier, MappedTextBuilder, shiftMappedText, verbatimText } from '../src/index.js'

describe('MappedTextBuilder', () => {
  it('maps verbatim pieces to consecutive offsets', () => {
    const source = 'la **difesa** reciproca'
    const mapped = new MappedTextBuilder()
      .appendVerbatim('la ', 0)
      .appendVerbatim('difesa', 5)
      .appendVerbatim(' reciproca', 13)
      .build()
    expect(mapped.text).toBe('la difesa reciproca')
    for (let index = 0; index < mapped.text.length; index++) {
      expect(source[mapped.toSource(index)]).toBe(mapped.text[index])
    }
    expect(source.slice(...mapped.toSourceRange(3, 19))).toBe('difesa** reciproca')
    expect(mapped.toSource(mapped.text.length)).toBe(source.length)
  })

  it('maps decoded characters each to its own offset', () => {
    const source = 'A &amp; B'
    const mapped = new MappedTextBuilder().appendMapped('A & B', [0, 1, 2, 7, 8]).build()
    expect(mapped.toSource(2)).toBe(2)
    expect(mapped.toSource(3)).toBe(7)
    expect(source.slice(...mapped.toSourceRange(2, 5))).toBe('&amp; B')
    expect(mapped.toSource(5)).toBe(9)
  })

  it('takes the source end of mapped characters when given', () => {
    const mapped = new MappedTextBuilder().appendMapped('&', [0], 5).build()
    expect(mapped.toSource(1)).toBe(5)
  })

  it('maps every character of a span and a barrier to the start of its range', () => {
    const mapped = new MappedTextBuilder()
      .appendVerbatim('Uno.', 0)
      .appendSpan('\n\n', 4)
      .appendBarrier(6, 20)
      .build()
    expect(mapped.text).toBe(`Uno.\n\n${barrier}`)
    expect([4, 5, 6].map(mapped.toSource)).toEqual([4, 4, 6])
    expect(mapped.toSource(7)).toBe(20)
  })

  it('keeps an empty range empty and clamps offsets outside the text', () => {
    const mapped = new MappedTextBuilder().appendVerbatim('abc', 10).build()
    expect(mapped.toSourceRange(1, 1)).toEqual([11, 11])
    expect(mapped.toSource(-3)).toBe(10)
    expect(mapped.toSource(99)).toBe(13)
  })

  it('maps nothing to 0', () => {
    const mapped = new MappedTextBuilder().build()
    expect(mapped).toMatchObject({ text: '' })
    expect(mapped.toSource(0)).toBe(0)
  })

  it('tells what the text ends with across pieces without joining them', () => {
    const builder = new MappedTextBuilder().appendVerbatim('a\n', 0).appendVerbatim('\n', 5)
    expect(builder.endsWith('\n\n')).toBe(true)
    expect(builder.endsWith('a\n\n')).toBe(true)
    expect(builder.endsWith('b\n\n')).toBe(false)
    expect(builder.endsWith('xa\n\n')).toBe(false)
  })

  it('throws when offsets and characters differ in number', () => {
    expect(() => new MappedTextBuilder().appendMapped('ab', [0])).toThrow(RangeError)
  })

  it('builds many pieces in linear time, storing runs', () => {
    const builder = new MappedTextBuilder()
    for (let index = 0; index < 200_000; index++) builder.appendVerbatim('ab', index * 2)
    const mapped = builder.build()
    expect(mapped.text).toHaveLength(400_000)
    expect(mapped.toSource(399_999)).toBe(399_999)
  })

  it('leaves a text built earlier unchanged by later appends', () => {
    const builder = new MappedTextBuilder().appendVerbatim('ab', 0)
    const first = builder.build()
    builder.appendVerbatim('cd', 7)
    expect(first.text).toBe('ab')
    expect(first.toSource(2)).toBe(2)
    expect(builder.build().toSource(2)).toBe(7)
  })
})

describe('verbatimText and shiftMappedText', () => {
  it('maps a text to itself, then into a larger source', () => {
    const body = verbatimText('Testo.')
    expect(body.toSourceRange(0, 5)).toEqual([0, 5])
    const shifted = shiftMappedText({ ...body, blocks: [] }, 20)
    expect(shifted.toSourceRange(0, 5)).toEqual([20, 25])
    expect(shifted.blocks).toEqual([])
  })
})
