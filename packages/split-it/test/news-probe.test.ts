import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../src/index.js'
import { expectExactSpans } from './invariants.js'

interface ProbeCase {
  name: string
  text: string
  sentences: string[]
}

// fonte's news probe: cases of Italian news typography written for this package (not taken from
// any corpus), also scored against the peers by `pnpm eval`. Every case must split exactly.
const cases = JSON.parse(
  readFileSync(new URL('fixtures/news-probe.json', import.meta.url), 'utf8'),
) as ProbeCase[]

// Known failures of the default options: case name → why it fails. The rows stay in the table.
const knownFailures: Record<string, string> = {}

describe('news probe', () => {
  it('has at least 60 cases with unique names whose sentences lie in order in the text', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
    expect(new Set(cases.map((item) => item.name)).size).toBe(cases.length)
    for (const item of cases) {
      let cursor = 0
      for (const sentence of item.sentences) {
        const at = item.text.indexOf(sentence, cursor)
        expect(at, `${item.name}: ${sentence}`).toBeGreaterThanOrEqual(cursor)
        cursor = at + sentence.length
      }
    }
  })

  for (const item of cases) {
    const why = knownFailures[item.name]
    const test = why ? it.skip : it
    test(why ? `${item.name} (known failure: ${why})` : item.name, () => {
      const sentences = splitSentences(item.text)
      expect(sentences.map((sentence) => sentence.text)).toEqual(item.sentences)
      expectExactSpans(item.text, sentences)
    })
  }
})
