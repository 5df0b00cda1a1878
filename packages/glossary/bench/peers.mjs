// What the JavaScript term checkers catch, case by case, beside fonte: textlint with
// textlint-rule-prh and with textlint-rule-terminology, run through @textlint/kernel on the same
// Markdown, with the same forbidden → preferred pairs. Each case is a Markdown document and what
// a correct checker reports in it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { applyFixes, createGlossary, lintFile, parseTermBase } from '@fonte/glossary'

const require = createRequire(import.meta.url)

// forbidden → preferred, as every tool is given them.
const pairs = [
  ['difesa reciproca', 'mutua difesa'],
  ['partenariato strategico completo', 'partenariato strategico globale'],
  ['imparzialità', 'neutralità'],
]
const admitted = [['Seoul', 'Seul']]

const termBase = parseTermBase(
  JSON.stringify({
    concepts: [
      ...pairs.map(([forbidden, preferred], index) => ({
        id: `c${index}`,
        it: [
          { term: preferred, status: 'preferred' },
          { term: forbidden, status: 'forbidden' },
        ],
      })),
      ...admitted.map(([other, preferred], index) => ({
        id: `a${index}`,
        it: [
          { term: preferred, status: 'preferred' },
          { term: other, status: 'admitted' },
        ],
      })),
    ],
  }),
  'peers.json',
)

/** Cases: a document, the findings a correct checker reports, and the text a correct fix gives. */
export const cases = [
  { name: 'the term as written', text: 'La difesa reciproca.', findings: 1 },
  { name: 'a plural of every word', text: 'I partenariati strategici completi.', findings: 1 },
  { name: 'a capital at the start of a sentence', text: 'Difesa reciproca ovunque.', findings: 1 },
  { name: 'a term split by **bold**', text: 'La **difesa** reciproca.', findings: 1 },
  { name: 'a term in a block quote', text: '> La difesa reciproca.', findings: 1 },
  { name: 'a term ending in an accented letter', text: 'La sua imparzialità.', findings: 1 },
  { name: 'a term across a line break', text: 'La difesa\nreciproca.', findings: 1 },
  {
    name: 'no term inside a longer word (and a fix that leaves it alone)',
    text: 'L’autodifesa reciproca.',
    findings: 0,
    fixed: 'L’autodifesa reciproca.',
  },
  { name: 'one concept rendered two ways', text: 'Da Seul a Seoul.', findings: 1 },
]

async function textlintRunner() {
  const { TextlintKernel } = await import('@textlint/kernel')
  const markdownModule = require('@textlint/textlint-plugin-markdown')
  const markdown = markdownModule.default ?? markdownModule
  const prh = require('textlint-rule-prh')
  const terminology = (await import('textlint-rule-terminology')).default
  const scratch = mkdtempSync(join(tmpdir(), 'fonte-peers-'))
  const prhFile = join(scratch, 'prh.yml')
  writeFileSync(
    prhFile,
    `version: 1\nrules:\n${pairs.map(([forbidden, preferred]) => `  - expected: ${preferred}\n    pattern: ${forbidden}\n`).join('')}`,
  )
  const kernel = new TextlintKernel()
  const plugins = [{ pluginId: 'markdown', plugin: markdown }]
  const tools = {
    'textlint + prh': { ruleId: 'prh', rule: prh.default ?? prh, options: { rulePaths: [prhFile] } },
    'textlint-rule-terminology': {
      ruleId: 'terminology',
      rule: terminology,
      options: { defaultTerms: false, terms: pairs.map(([forbidden, preferred]) => [forbidden, preferred]) },
    },
  }
  return {
    names: Object.keys(tools),
    async run(name, text) {
      const rule = tools[name]
      const options = { ext: '.md', filePath: 'case.md', plugins, rules: [rule] }
      const linted = await kernel.lintText(text, options)
      const fixed = await kernel.fixText(text, options)
      return { findings: linted.messages.length, fixed: fixed.output }
    },
    close() {
      rmSync(scratch, { recursive: true, force: true })
    },
  }
}

function fonteRunner() {
  const glossary = createGlossary(termBase)
  return (text) => {
    const file = lintFile(new VFile({ path: 'case.md', value: text }), glossary)
    return { findings: file.messages.length, fixed: applyFixes(text, file.messages).text }
  }
}

/** Runs every case through every tool; returns a Markdown table. */
export async function comparePeers() {
  const fonte = fonteRunner()
  const textlint = await textlintRunner()
  const names = ['fonte', ...textlint.names]
  const score = Object.fromEntries(names.map((name) => [name, 0]))
  const rows = []
  try {
    for (const row of cases) {
      const cells = []
      for (const name of names) {
        const result = name === 'fonte' ? fonte(row.text) : await textlint.run(name, row.text)
        const found = Math.min(result.findings, row.findings)
        let verdict = row.findings === 0 ? (result.findings === 0 ? 'right' : 'false alarm') : found === row.findings ? 'caught' : 'missed'
        if (row.fixed !== undefined && result.fixed !== row.fixed) verdict += `; fix gives “${result.fixed}”`
        const right = verdict === 'caught' || verdict === 'right'
        if (right) score[name]++
        cells.push(right ? `✓ ${verdict}` : `✗ ${verdict}`)
      }
      rows.push([row.name, ...cells])
    }
  } finally {
    textlint.close()
  }
  rows.push(['**cases right**', ...names.map((name) => `**${score[name]} of ${cases.length}**`)])
  return { header: ['case', ...names], rows }
}
