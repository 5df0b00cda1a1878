import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import * as bilingual from '../src/exports/bilingual.js'
import * as internals from '../src/exports/internals.js'
import { useLexiconAnswers } from '../src/exports/lexicon-answers.js'
import * as morphology from '../src/exports/morphology.js'
import * as glossary from '../src/index.js'
import type { Term, TermBase } from '../src/index.js'

const term: Term = {
  text: 'mutua difesa',
  language: 'it',
  status: 'preferred',
  caseSensitive: false,
}
const base: TermBase = { concepts: [{ id: 'md', terms: [term] }], files: [] }
const compiled = glossary.createGlossary(base)
const file = new VFile({ path: 'a.md', value: 'La mutua difesa.' })
const [match] = compiled.target.match('La mutua difesa.')

// Each public function, called with one wrong argument, and the message that names it (issue #14).
const calls: Array<[call: string, run: () => unknown, message: string]> = [
  [
    'applyFixes(null, [])',
    () => glossary.applyFixes(null as never, []),
    'applyFixes: `text` must be a string, got null',
  ],
  [
    'applyFixes(text, null)',
    () => glossary.applyFixes('', null as never),
    'applyFixes: `messages` must be an array of messages (`file.messages`), got null',
  ],
  [
    'createGlossary(null)',
    () => glossary.createGlossary(null as never),
    'createGlossary: `termBase` must be a term base (`{concepts, files}`, as `parseTermBase` returns), got null',
  ],
  [
    'createGlossary(base, 1)',
    () => glossary.createGlossary(base, 1 as never),
    'createGlossary: `options` must be an object, null or undefined, got 1',
  ],
  [
    'inflectTerm(null)',
    () => glossary.inflectTerm(null as never, 'plural'),
    'inflectTerm: `term` must be a term (`{text, language, status}`), got null',
  ],
  [
    'inflectTerm(term, "many")',
    () => glossary.inflectTerm(term, 'many' as never),
    'inflectTerm: `number` must be one of `singular`, `plural`, `any`, got "many"',
  ],
  [
    'isForbidden(undefined)',
    () => glossary.isForbidden(undefined as never),
    'isForbidden: `status` must be a string, got undefined',
  ],
  [
    'lintFile(null)',
    () => glossary.lintFile(null as never, compiled),
    'lintFile: `file` must be a vfile, got null',
  ],
  [
    'lintFile(file, base)',
    () => glossary.lintFile(file, base as never),
    'lintFile: `glossary` must be a compiled glossary (as `createGlossary` returns it), got an object',
  ],
  [
    'lintFile(file, glossary, "x")',
    () => glossary.lintFile(file, compiled, 'x' as never),
    'lintFile: `options` must be an object, null or undefined, got "x"',
  ],
  [
    'mergeTermBases(null)',
    () => glossary.mergeTermBases(null as never),
    'mergeTermBases: `bases` must be an array of term bases, got null',
  ],
  [
    'mergeTermBases([base, {}])',
    () => glossary.mergeTermBases([base, {} as never]),
    'mergeTermBases: `bases[1]` must be a term base (`{concepts, files}`, as `parseTermBase` returns), got an object',
  ],
  [
    'parseTermBase(null)',
    () => glossary.parseTermBase(null as never, 'a.yaml'),
    'parseTermBase: `text` must be a string, got null',
  ],
  [
    'parseTermBase(text, undefined)',
    () => glossary.parseTermBase('', undefined as never),
    'parseTermBase: `file` must be a string, got undefined',
  ],
  [
    'parseTermBase(text, file, "xml")',
    () => glossary.parseTermBase('', 'a', 'xml' as never),
    'parseTermBase: `format` must be one of `yaml`, `tbx`, `csv`, got "xml"',
  ],
  [
    'recommendedTerms(null)',
    () => glossary.recommendedTerms(null as never, 'it'),
    'recommendedTerms: `concept` must be a concept (`{id, terms}`), got null',
  ],
  [
    'termsIn(concept, 3)',
    () => glossary.termsIn(base.concepts[0] as never, 3 as never),
    'termsIn: `language` must be a string, got 3',
  ],
  [
    'toTbx(null)',
    () => glossary.toTbx(null as never),
    'toTbx: `termBase` must be a term base (`{concepts, files}`, as `parseTermBase` returns), got null',
  ],
  [
    'new TermMatcher(null)',
    () => new glossary.TermMatcher(null as never),
    'TermMatcher: `termBase` must be a term base (`{concepts, files}`, as `parseTermBase` returns), got null',
  ],
  [
    'TermMatcher#match(null)',
    () => compiled.target.match(null as never),
    'TermMatcher#match: `text` must be a string, got null',
  ],
  [
    'loadGlossary([])',
    () => glossary.loadGlossary([]),
    'loadGlossary: `paths` must be a non-empty array of file paths, got []',
  ],
  [
    'loadGlossary("a.yaml")',
    () => glossary.loadGlossary('a.yaml' as never),
    'loadGlossary: `paths` must be a non-empty array of file paths, got "a.yaml"',
  ],
  [
    'loadTermBases(null)',
    () => glossary.loadTermBases(null as never),
    'loadTermBases: `files` must be an array of file paths, got null',
  ],
  [
    'escapePo(null)',
    () => bilingual.escapePo(null as never),
    'escapePo: `value` must be a string, got null',
  ],
  [
    'escapeXml(1)',
    () => bilingual.escapeXml(1 as never),
    'escapeXml: `value` must be a string, got 1',
  ],
  [
    'fuzzyEdits(text, file, [-1])',
    () => bilingual.fuzzyEdits('', 'a.po', [-1]),
    'fuzzyEdits: `offsets` must be an array of file offsets, got [-1]',
  ],
  [
    'parsePo(null)',
    () => bilingual.parsePo(null as never, 'a.po'),
    'parsePo: `text` must be a string, got null',
  ],
  [
    'parseXliff(text, null)',
    () => bilingual.parseXliff('', null as never),
    'parseXliff: `file` must be a string, got null',
  ],
  [
    'readPo(text, {})',
    () => bilingual.readPo('', {} as never),
    'readPo: `file` must be a string, got an object',
  ],
  [
    'readXliff(null)',
    () => bilingual.readXliff(null as never, 'a.xlf'),
    'readXliff: `text` must be a string, got null',
  ],
  [
    'reviewEdits(text, file, null)',
    () => bilingual.reviewEdits('', 'a.xlf', null as never),
    'reviewEdits: `offsets` must be an array of file offsets, got null',
  ],
  [
    'englishForms(null)',
    () => morphology.englishForms(null as never),
    'englishForms: `word` must be a string, got null',
  ],
  [
    'italianForms(undefined)',
    () => morphology.italianForms(undefined as never),
    'italianForms: `word` must be a string, got undefined',
  ],
  [
    'wordForms(word, null)',
    () => morphology.wordForms('difesa', null as never),
    'wordForms: `language` must be a string, got null',
  ],
  [
    'replacementFor(null)',
    () => morphology.replacementFor(null as never, term, ''),
    'replacementFor: `match` must be a term match (as `TermMatcher#match` returns it), got null',
  ],
  [
    'replacementFor(match, null)',
    () => morphology.replacementFor(match as never, null as never, ''),
    'replacementFor: `preferred` must be a term (`{text, language, status}`), got null',
  ],
  [
    'tokenize(null)',
    () => morphology.tokenize(null as never),
    'tokenize: `text` must be a string, got null',
  ],
  [
    'codeSpans(null)',
    () => internals.codeSpans(null as never),
    'codeSpans: `text` must be a string, got null',
  ],
  [
    'maskCode([])',
    () => internals.maskCode([] as never),
    'maskCode: `text` must be a string, got []',
  ],
  [
    'conceptLabel(null)',
    () => internals.conceptLabel(null as never, 'en'),
    'conceptLabel: `concept` must be a concept (`{id, terms}`), got null',
  ],
  [
    'isLiteralTerm(null)',
    () => internals.isLiteralTerm(null as never),
    'isLiteralTerm: `term` must be a term (`{text, language, status}`), got null',
  ],
  [
    'useLexiconAnswers(null)',
    () => useLexiconAnswers(null as never),
    'useLexiconAnswers: `known` must be an array of [call, answer] pairs, got null',
  ],
  [
    'parseTbx(null)',
    () => internals.parseTbx(null as never, 'a.tbx'),
    'parseTbx: `text` must be a string, got null',
  ],
]

describe('argument checks', () => {
  it.each(calls)('%s throws a TypeError naming the argument', async (_, run, message) => {
    // The loaders return promises: their wrong arguments reject, as their other errors do.
    let error: unknown
    try {
      await run()
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(TypeError)
    expect((error as Error).message).toBe(message)
  })

  it('covers every exported function', () => {
    const functions = [glossary, bilingual, morphology, internals].flatMap((module) =>
      Object.entries(module)
        .filter(([name, value]) => typeof value === 'function' && !/Error$/.test(name))
        .map(([name]) => name),
    )
    const called = new Set(calls.map(([call]) => /^(?:new )?(\w+)/.exec(call)?.[1]))
    expect(functions.filter((name) => !called.has(name))).toEqual([])
  })
})
