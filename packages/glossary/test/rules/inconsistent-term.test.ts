import { describe, expect, it } from 'vitest'
import { lint, type RuleCase } from '../helpers.js'

const valid: RuleCase[] = [
  { name: 'one rendering used throughout', text: 'Seul e ancora Seul.', findings: [] },
  { name: 'an admitted term alone', text: 'Da Seoul, oggi.', findings: [] },
  {
    name: 'a forbidden term beside the preferred one (forbidden-term reports it)',
    text: 'Mutua difesa e difesa reciproca.',
    findings: [],
  },
]

const invalid: RuleCase[] = [
  {
    name: 'an admitted term beside the preferred one',
    text: 'Il vertice di Seul.\n\nA Seoul si discute.',
    findings: [[3, 3, 'Seoul']],
    expected: ['Seul'],
  },
  {
    name: 'two admitted renderings (the first sets the choice)',
    text: "La Carta dell'ONU e poi ONU.",
    findings: [],
  },
]

describe('inconsistent-term', () => {
  for (const row of [...valid, ...invalid]) {
    it(`${row.findings.length ? 'reports' : 'accepts'} ${row.name}`, () => {
      const found = lint(row.text).filter((message) => message.ruleId === 'inconsistent-term')
      expect(found.map((message) => [message.line, message.column, message.actual])).toEqual(
        row.findings,
      )
      for (const message of found) expect(message.fatal).toBe(false)
      if (row.expected) expect(found.map((message) => message.expected?.[0])).toEqual(row.expected)
    })
  }

  it('points at the rendering the document already uses', () => {
    const [message] = lint('Il vertice di Seul.\n\nA Seoul si discute.')
    expect(message?.reason).toBe(
      'Unexpected `Seoul` for *Seoul*, this document also uses `Seul` (line 1); keep one rendering',
    )
  })

  it('can be turned off', () => {
    expect(lint('Seul. Seoul.', 'doc.md', { rules: { 'inconsistent-term': 'off' } })).toEqual([])
  })
})
