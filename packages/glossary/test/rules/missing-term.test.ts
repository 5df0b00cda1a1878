import { describe, expect, it } from 'vitest'
import { lint } from '../helpers.js'

const cases: Array<{ name: string; text: string; source: string; findings: string[] }> = [
  {
    name: 'accepts a translation with the preferred term',
    text: 'Un patto di mutua difesa.',
    source: 'A mutual defence pact.',
    findings: [],
  },
  {
    name: 'accepts a translation with an admitted term',
    text: 'Da Seoul.',
    source: 'From Seoul.',
    findings: [],
  },
  {
    name: 'reports a concept of the source missing from the translation',
    text: 'Un patto di difesa comune.',
    source: 'A mutual defense pact.',
    findings: ['mutual defense'],
  },
  {
    name: 'reads English plurals in the source',
    text: 'Accordi firmati.',
    source: 'Two comprehensive strategic partnerships were signed.',
    findings: ['comprehensive strategic partnerships'],
  },
  {
    name: 'leaves a forbidden rendering to forbidden-term',
    text: 'Un patto di difesa reciproca.',
    source: 'A mutual defence pact.',
    findings: [],
  },
]

describe('missing-term', () => {
  for (const row of cases) {
    it(row.name, () => {
      const found = lint(row.text, 'doc.md', { source: row.source }).filter(
        (message) => message.ruleId === 'missing-term',
      )
      expect(found.map((message) => message.actual)).toEqual(row.findings)
      for (const message of found) {
        expect(message.fatal).toBe(true)
        expect(message.line).toBe(1)
      }
    })
  }

  it('says what the source had and what is expected', () => {
    const [message] = lint('Un patto.', 'doc.md', { source: 'A mutual defence pact.' })
    expect(message?.reason).toBe(
      'Missing term for *mutual defence* (source: `mutual defence`), expected `mutua difesa`',
    )
  })

  it('needs a source', () => {
    expect(lint('Un patto.')).toEqual([])
  })
})
