import { location as vfileLocation } from 'vfile-location'
import { describe, expect, it } from 'vitest'
import { location } from '../src/index.js'

const bom = '\uFEFF'

describe('location', () => {
  it.each([
    // [text, offset, line, column]
    ['La difesa', 3, 1, 4],
    [`${bom}La difesa`, 4, 1, 4],
    [`${bom}La difesa`, 1, 1, 1],
    [`${bom}La difesa`, 0, 1, 1],
    [`${bom}Titolo\nLa difesa`, 11, 2, 4],
    [`${bom}Titolo\r\nLa difesa`, 12, 2, 4],
    [`${bom}`, 1, 1, 1],
    ['Titolo\rLa', 8, 2, 2],
  ])('row %#: %j, offset %i → line %i, column %i', (text, offset, line, column) => {
    expect(location(text).toPoint(offset)).toEqual({ line, column, offset })
  })

  it.each([
    ['a negative offset', -1],
    ['an offset past the end', 11],
  ])('has no point for %s', (_, offset) => {
    expect(location(`${bom}La difesa`).toPoint(offset)).toBeUndefined()
  })

  it.each([
    // [text, line, column, offset]
    ['La difesa', 1, 4, 3],
    [`${bom}La difesa`, 1, 4, 4],
    [`${bom}La difesa`, 1, 1, 1],
    [`${bom}Titolo\nLa difesa`, 2, 4, 11],
    [`${bom}La difesa`, 1, 11, undefined],
    [`${bom}La difesa`, 1, 0, undefined],
    [`${bom}La difesa`, 3, 1, undefined],
  ])('finds the offset of %j at line %i, column %i: %s', (text, line, column, offset) => {
    expect(location(text).toOffset({ line, column })).toBe(offset)
  })

  it('goes from offset to point and back for every offset of a text with a mark', () => {
    const text = `${bom}Seul – «Tutti i mezzi»,\r\ndisse.\n\nFine 😀.`
    const place = location(text)
    for (let offset = 1; offset <= text.length; offset++) {
      const point = place.toPoint(offset)
      expect(point?.offset).toBe(offset)
      expect(place.toOffset(point!)).toBe(offset)
    }
  })

  it('is vfile-location itself for a text without a mark, and reads a VFile-like value', () => {
    const text = 'Prima riga\nseconda «riga»\r\nterza'
    const ours = location({ toString: () => text })
    const theirs = vfileLocation(text)
    for (let offset = -1; offset <= text.length + 1; offset++) {
      expect(ours.toPoint(offset)).toEqual(theirs.toPoint(offset))
    }
  })
})
