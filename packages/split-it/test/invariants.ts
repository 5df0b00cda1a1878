import { expect } from 'vitest'

interface Spanned {
  text: string
  start: number
  end: number
}

/**
 * The invariants every splitter result keeps: each span is exactly `input.slice(start, end)`,
 * spans are in order and do not overlap, each is trimmed, only whitespace lies between them,
 * and spans plus gaps rebuild the input.
 */
export function expectExactSpans(input: string, spans: readonly Spanned[]): void {
  let cursor = 0
  let rebuilt = ''
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(cursor)
    expect(span.end).toBeGreaterThan(span.start)
    expect(span.text).toBe(input.slice(span.start, span.end))
    expect(span.text.trim()).toBe(span.text)
    const gap = input.slice(cursor, span.start)
    expect(gap.trim()).toBe('')
    rebuilt += gap + span.text
    cursor = span.end
  }
  const tail = input.slice(cursor)
  expect(tail.trim()).toBe('')
  expect(rebuilt + tail).toBe(input)
}
