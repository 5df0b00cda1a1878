import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { markdownProse } from '@fonte/markdown'
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified, type Plugin } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { fonteLanguage, fonteSplit } from '../src/unified/plugins.js'

// The README's remark-cli set-up of fonte's unified plugins, run with the real remark-cli.
const fixture = new URL('./fixtures/remark-cli/', import.meta.url).pathname
const remark = new URL('../node_modules/remark-cli/cli.js', import.meta.url).pathname

describe('fonte plugins in remark-cli', () => {
  it('reports glossary findings from .remarkrc.mjs and fails with --frail', async () => {
    const run = promisify(execFile)(
      process.execPath,
      [remark, 'articolo.md', '--no-stdout', '--frail', '--no-color'],
      { cwd: fixture, env: { ...process.env, NO_COLOR: '1' } },
    )
    const failed = (await run.then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    )) as { code: number; stderr: string }
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(
      /3:61-3:77\s+error\s+Unexpected forbidden term `difesa reciproca`/,
    )
    expect(failed.stderr).toContain('forbidden-term')
    // The quotation is traced to the English source: no unmatched-quote message.
    expect(failed.stderr).not.toContain('unmatched-quote')
  }, 60_000)
})

describe('fonte plugins in a unified pipeline', () => {
  const article =
    '---\ntitle: Il patto\n---\n# Il patto\n\nCorea del Nord e Russia hanno firmato un patto. Kim ha parlato.\n\nThe agreement was signed in Pyongyang on Wednesday by both leaders.\n'

  // A plugin that takes the English paragraph out of the tree, as a user's plugin may.
  const dropEnglish: Plugin<[], Root> = () => (tree) => {
    tree.children = tree.children.filter(
      (node) =>
        !(
          node.type === 'paragraph' &&
          node.children[0]?.type === 'text' &&
          node.children[0].value.startsWith('The agreement')
        ),
    )
  }

  it('read the tree they are given, not the file again', async () => {
    const processor = unified().use(remarkParse).use(dropEnglish).use(fonteSplit).use(fonteLanguage)
    const file = new VFile({ path: 'a.md', value: article })
    await processor.run(processor.parse(file), file)
    const sentences = file.data.fonte?.sentences ?? []
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Il patto',
      'Corea del Nord e Russia hanno firmato un patto.',
      'Kim ha parlato.',
    ])
    for (const sentence of sentences)
      expect(article.slice(sentence.start, sentence.end)).toBe(sentence.text)
    expect(file.messages).toEqual([])
  })

  it('share one reading of the prose, front matter left out', async () => {
    const processor = unified().use(remarkParse).use(fonteSplit).use(fonteLanguage)
    const file = new VFile({ path: 'a.md', value: article })
    await processor.run(processor.parse(file), file)
    const prose = file.data.fonte?.prose
    expect(prose?.text).toBe(markdownProse(article).text)
    expect(markdownProse(article)).toBe(prose)
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['wrong-language', 8],
    ])
  })
})
