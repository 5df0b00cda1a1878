import { describe, expect, it } from 'vitest'
import { DocumentError, TermBaseError } from '@fonte/glossary'
import * as errors from '@fonte/glossary/errors'

describe('@fonte/glossary/errors', () => {
  it('exports the same classes as the root', () => {
    expect(errors.TermBaseError).toBe(TermBaseError)
    expect(errors.DocumentError).toBe(DocumentError)
  })

  it.each([null, undefined, 'a.yaml', { file: 'a.yaml' }])(
    'names the argument when the place is %j',
    (place) => {
      expect(() => new TermBaseError(place as never, 'reason')).toThrow(
        /^TermBaseError: expected `place` to be a place/,
      )
    },
  )

  it('formats a place', () => {
    const error = new TermBaseError({ file: 'a.yaml', start: { line: 2, column: 3 } }, 'bad')
    expect(error.message).toBe('a.yaml:2:3: bad')
  })
})
