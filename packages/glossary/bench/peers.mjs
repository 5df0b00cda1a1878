// What the JavaScript term checkers catch, case by case, beside fonte: textlint with
// textlint-rule-prh and with textlint-rule-terminology, run through @textlint/kernel on the same
// Markdown, with the same forbidden → preferred pairs. Each case is a Markdown document and what
// a correct checker reports in it.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
  { name: 'the term as written', text: 'La difesa reciproca.', en: 'Mutual defence.', findings: 1 },
  {
    name: 'a plural of every word',
    text: 'I partenariati strategici completi.',
    en: 'The comprehensive strategic partnerships.',
    findings: 1,
  },
  {
    name: 'a capital at the start of a sentence',
    text: 'Difesa reciproca ovunque.',
    en: 'Mutual defence everywhere.',
    findings: 1,
  },
  {
    name: 'a term split by **bold**',
    text: 'La **difesa** reciproca.',
    en: 'Mutual **defence**.',
    findings: 1,
  },
  {
    name: 'a term in a block quote',
    text: '> La difesa reciproca.',
    en: '> Mutual defence.',
    findings: 1,
  },
  {
    name: 'a term ending in an accented letter',
    text: 'La sua imparzialità.',
    en: 'Its impartiality.',
    findings: 1,
  },
  {
    name: 'a term across a line break',
    text: 'La difesa\nreciproca.',
    en: 'Mutual\ndefence.',
    findings: 1,
  },
  {
    name: 'no term inside a longer word (and a fix that leaves it alone)',
    text: 'L’autodifesa reciproca.',
    en: 'Mutual self-defence.',
    findings: 0,
    fixed: 'L’autodifesa reciproca.',
  },
  {
    name: 'one concept rendered two ways',
    text: 'Da Seul a Seoul.',
    en: 'From Seoul to Seoul.',
    findings: 1,
  },
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
    'textlint + prh': {
      ruleId: 'prh',
      rule: prh.default ?? prh,
      options: { rulePaths: [prhFile] },
    },
    'textlint-rule-terminology': {
      ruleId: 'terminology',
      rule: terminology,
      options: {
        defaultTerms: false,
        terms: pairs.map(([forbidden, preferred]) => [forbidden, preferred]),
      },
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

/**
 * Translate Toolkit's pofilter (Debian's translate-toolkit), where it is installed. Its only
 * term lists are words to keep (--notranslatefile) and source words that must not be left
 * untranslated (--musttranslatefile); it is given the forbidden terms' words as the latter, each
 * case as a PO unit with its English source. `null` when pofilter is not on the PATH.
 */
function pofilterRunner() {
  const version = spawnSync('pofilter', ['--version'], { encoding: 'utf8' })
  if (version.status !== 0) return null
  const scratch = mkdtempSync(join(tmpdir(), 'fonte-pofilter-'))
  const words = join(scratch, 'must-translate.txt')
  writeFileSync(words, `${pairs.flatMap(([forbidden]) => forbidden.split(' ')).join('\n')}\n`)
  const quote = (text) => JSON.stringify(text)
  return {
    name: `pofilter ${version.stdout.trim().split(' ').at(-1)}`,
    run(row) {
      const input = join(scratch, 'case.po')
      const output = join(scratch, 'failed.po')
      rmSync(output, { force: true })
      writeFileSync(
        input,
        `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid ${quote(row.en)}\nmsgstr ${quote(row.text)}\n`,
      )
      spawnSync('pofilter', [
        '--progress=none',
        '-t',
        'musttranslatewords',
        `--musttranslatefile=${words}`,
        input,
        output,
      ])
      const failed = existsSync(output) ? readFileSync(output, 'utf8') : ''
      // pofilter cannot fix; the text stays as it was.
      return { findings: (failed.match(/^# \(pofilter\)/gm) ?? []).length, fixed: row.text }
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
  const pofilter = pofilterRunner()
  const names = ['fonte', ...textlint.names, ...(pofilter ? [pofilter.name] : [])]
  const score = Object.fromEntries(names.map((name) => [name, 0]))
  const rows = []
  try {
    for (const row of cases) {
      const cells = []
      for (const name of names) {
        const result =
          name === 'fonte'
            ? fonte(row.text)
            : name === pofilter?.name
              ? pofilter.run(row)
              : await textlint.run(name, row.text)
        const found = Math.min(result.findings, row.findings)
        let verdict =
          row.findings === 0
            ? result.findings === 0
              ? 'right'
              : 'false alarm'
            : found === row.findings
              ? 'caught'
              : 'missed'
        if (row.fixed !== undefined && result.fixed !== row.fixed)
          verdict += `; fix gives “${result.fixed}”`
        const right = verdict === 'caught' || verdict === 'right'
        if (right) score[name]++
        cells.push(right ? `✓ ${verdict}` : `✗ ${verdict}`)
      }
      rows.push([row.name, ...cells])
    }
  } finally {
    textlint.close()
    pofilter?.close()
  }
  rows.push(['**cases right**', ...names.map((name) => `**${score[name]} of ${cases.length}**`)])
  return { header: ['case', ...names], rows }
}
