import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { escapesGlossary } from './helpers.js'
import { parseXliff, readXliff } from '../src/exports/bilingual.js'
import { applyFixes, lintFile } from '../src/index.js'

const software = escapesGlossary

const xliff = (units: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file source-language="en" target-language="it" datatype="plaintext" original="x"><body>\n${units}</body></file></xliff>\n`

const lint = (text: string) =>
  lintFile(new VFile({ path: 'it.xlf', value: text }), software).messages

describe('XLIFF fixes', () => {
  it('escapes &, < and " in the text it writes, and the file still parses', () => {
    const text = xliff(
      '<trans-unit id="1"><source>Save As</source><target>Salva come</target></trans-unit>\n<trans-unit id="2"><source>research and development</source><target>La ricerca e sviluppo</target></trans-unit>\n',
    )
    const messages = lint(text)
    expect(messages.map((message) => message.fix?.text)).toEqual([
      '&quot;Salva con nome&quot;',
      'R&amp;S &lt;interna&gt;',
    ])
    const fixed = applyFixes(text, messages).text
    expect(readXliff(fixed, 'it.xlf').map((segment) => segment.text)).toEqual([
      '"Salva con nome"',
      'La R&S <interna>',
    ])
  })

  it('fixes an occurrence written with entities', () => {
    const text = xliff(
      '<trans-unit id="1"><source>mutual defence</source><target>difesa&#32;reciproca</target></trans-unit>\n',
    )
    const fixed = applyFixes(text, lint(text)).text
    expect(readXliff(fixed, 'it.xlf')[0]?.text).toBe('mutua difesa')
  })

  it('leaves a term across the edge of a CDATA section to a person', () => {
    const text = xliff(
      '<trans-unit id="1"><source>Save As</source><target><![CDATA[Salva]]> come</target></trans-unit>\n',
    )
    const messages = lint(text)
    expect(messages.map((message) => [message.actual, message.fix])).toEqual([
      ['Salva come', undefined],
    ])
  })

  it('writes into CDATA as it is, and leaves a term broken by markup to a person', () => {
    const text = xliff(
      '<trans-unit id="1"><source>Save As</source><target><![CDATA[Salva come]]></target></trans-unit>\n<trans-unit id="2"><source>mutual defence</source><target><g id="1">difesa</g> reciproca</target></trans-unit>\n',
    )
    const messages = lint(text)
    expect(messages.map((message) => message.fix?.text)).toEqual(['"Salva con nome"', undefined])
    expect(parseXliff(applyFixes(text, messages).text, 'it.xlf').segments[0]?.text).toBe(
      '"Salva con nome"',
    )
  })
})

describe('XLIFF disable comments', () => {
  const cases: Array<[name: string, units: string, lines: number[]]> = [
    [
      'an XML comment before a unit',
      '<!-- fonte-disable-next-entry -->\n<trans-unit id="1">\n<source>mutual defence</source>\n<target>difesa reciproca</target>\n</trans-unit>\n<trans-unit id="2"><source>mutual defence</source><target>difesa reciproca</target></trans-unit>\n',
      [9],
    ],
    [
      'a note inside a unit, naming the rule',
      '<trans-unit id="1">\n<source>mutual defence</source>\n<target>difesa reciproca</target>\n<note>fonte-disable-entry forbidden-term</note>\n</trans-unit>\n<trans-unit id="2"><source>mutual defence</source><target>difesa reciproca</target></trans-unit>\n',
      [9],
    ],
    [
      'a note naming another rule',
      '<trans-unit id="1">\n<source>mutual defence</source>\n<target>difesa reciproca</target>\n<note>fonte-disable-entry missing-term</note>\n</trans-unit>\n',
      [6],
    ],
  ]
  for (const [name, units, lines] of cases) {
    it(`silences a unit with ${name}`, () => {
      expect(lint(xliff(units)).map((message) => message.line)).toEqual(lines)
    })
  }
})
