import { describe, expect, it } from 'vitest'
import { reviewEdits } from '../src/exports/bilingual.js'
import { applyFixes, type GlossaryMessage } from '../src/index.js'

/** The file with its targets that hold `marker` marked for review. */
function marked(text: string, marker = 'X'): string {
  const offsets = [...text.matchAll(new RegExp(marker, 'g'))].map((match) => match.index)
  const edits = reviewEdits(text, 'it.xlf', offsets)
  return applyFixes(
    text,
    edits.map((fix) => ({ fix }) as unknown as GlossaryMessage),
  ).text
}

const v12 = (target: string) =>
  `<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source>${target}</trans-unit></body></file></xliff>`
const v20 = (segment: string) =>
  `<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"><file id="f"><unit id="1">${segment}</unit></file></xliff>`

describe('reviewEdits', () => {
  it.each([
    [
      '1.2 target without a state',
      v12('<target>X</target>'),
      v12('<target state="needs-review-translation">X</target>'),
    ],
    [
      '1.2 target with a state and other attributes',
      v12(`<target xml:lang="it" state='final'>X</target>`),
      v12(`<target xml:lang="it" state='needs-review-translation'>X</target>`),
    ],
    [
      '1.2 target with inline markup',
      v12('<target>a <g id="1">X</g></target>'),
      v12('<target state="needs-review-translation">a <g id="1">X</g></target>'),
    ],
    [
      '2.0 segment',
      v20('<segment state="final"><source>a</source><target>X</target></segment>'),
      v20(
        '<segment state="translated" subState="fonte:fixed"><source>a</source><target>X</target></segment>',
      ),
    ],
    ['a target not fixed', v12('<target>Y</target>'), v12('<target>Y</target>')],
    [
      'a source, not a target',
      v12('<target>Y</target>').replace('<source>a', '<source>X'),
      v12('<target>Y</target>').replace('<source>a', '<source>X'),
    ],
  ])('%s', (_name, text, expected) => {
    expect(marked(text)).toBe(expected)
  })

  it('marks each target once, whatever the number of fixes in it', () => {
    const text = v12('<target>X and X</target>')
    const offsets = [...text.matchAll(/X/g)].map((match) => match.index)
    expect(offsets).toHaveLength(2)
    expect(reviewEdits(text, 'it.xlf', offsets)).toHaveLength(1)
  })

  it('names the file, line and column of malformed XML', () => {
    expect(() => reviewEdits('<xliff>\n<target>', 'bad.xlf', [0])).toThrow(/bad\.xlf:2:\d+/)
  })
})
