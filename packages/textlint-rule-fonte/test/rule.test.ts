import { createRequire } from 'node:module'
import { TextlintKernel } from '@textlint/kernel'
import { describe, expect, it } from 'vitest'
import rule from '../src/index.js'

const require = createRequire(import.meta.url)
const markdownModule = require('@textlint/textlint-plugin-markdown')
const markdown = markdownModule.default ?? markdownModule
const glossary = new URL('../../glossary/test/fixtures/termbases/house.yaml', import.meta.url)
  .pathname

async function lint(text: string, options: Record<string, unknown> = { glossary }) {
  const kernel = new TextlintKernel()
  const settings = {
    ext: '.md',
    filePath: 'articolo.md',
    plugins: [{ pluginId: 'markdown', plugin: markdown }],
    rules: [{ ruleId: 'fonte', rule, options }],
  }
  return {
    linted: await kernel.lintText(text, settings),
    fixed: await kernel.fixText(text, settings),
  }
}

describe('textlint-rule-fonte', () => {
  it('reports a forbidden term in its plural, with line, column and a fix', async () => {
    const { linted, fixed } = await lint('Titolo\n\nLe difese reciproche.\n')
    expect(
      linted.messages.map((message) => [message.line, message.column, message.message]),
    ).toEqual([
      [
        3,
        4,
        'Unexpected forbidden term `difese reciproche` for *mutual defence*, expected `mutue difese` (forbidden-term)',
      ],
    ])
    expect(fixed.output).toBe('Titolo\n\nLe mutue difese.\n')
  })

  it('reads a term split by emphasis and one concept rendered two ways', async () => {
    const { linted } = await lint('La **difesa** reciproca.\n\nA Seul e a Seoul.\n')
    expect(
      linted.messages.map((message) => [message.line, /\((\S+)\)$/.exec(message.message)?.[1]]),
    ).toEqual([
      [1, 'forbidden-term'],
      [3, 'inconsistent-term'],
    ])
  })

  it('takes rule severities from its options', async () => {
    const { linted } = await lint('A Seul e a Seoul.\n', {
      glossary,
      rules: { 'inconsistent-term': 'off' },
    })
    expect(linted.messages).toEqual([])
  })

  it('says what is missing without the glossary option', async () => {
    const { linted } = await lint('Testo.\n', {})
    expect(linted.messages[0]?.message).toContain('needs the `glossary` option')
  })

  it('reports a term base that cannot be read, naming it, instead of throwing', async () => {
    const { linted } = await lint('Testo.\n', { glossary: 'nessuno.yaml' })
    expect(linted.messages.map((message) => message.message)).toEqual([
      'nessuno.yaml:1:1: Cannot read the term base: no such file',
    ])
  })
})
