import { describe, expect, it } from 'vitest'
import {
  checkMarkdownDepth,
  markdownProse,
  MarkdownDepthError,
  plainProse,
  proseOfTree,
  readFrontMatter,
  blankFrontMatter,
  verbatimText,
} from '../src/index.js'

// Each exported function given a wrong argument, and the message that names it.
const rows: Array<[name: string, call: () => unknown, message: string]> = [
  [
    'markdownProse(null)',
    () => markdownProse(null as never),
    'markdownProse: `markdown` must be a string, got null',
  ],
  [
    'markdownProse(42)',
    () => markdownProse(42 as never),
    'markdownProse: `markdown` must be a string, got a number',
  ],
  [
    'checkMarkdownDepth(undefined)',
    () => checkMarkdownDepth(undefined as never),
    'checkMarkdownDepth: `markdown` must be a string, got undefined',
  ],
  [
    'plainProse({})',
    () => plainProse({} as never),
    'plainProse: `text` must be a string, got an object',
  ],
  [
    'proseOfTree(null, "")',
    () => proseOfTree(null as never, ''),
    'proseOfTree: `tree` must be an mdast tree, got null',
  ],
  [
    'proseOfTree(root, 1)',
    () => proseOfTree({ type: 'root', children: [] }, 1 as never),
    'proseOfTree: `markdown` must be a string, got a number',
  ],
  [
    'readFrontMatter(null)',
    () => readFrontMatter(null as never),
    'readFrontMatter: `text` must be a string, got null',
  ],
  [
    'blankFrontMatter([])',
    () => blankFrontMatter([] as never),
    'blankFrontMatter: `text` must be a string, got an array',
  ],
  [
    'verbatimText(1)',
    () => verbatimText(1 as never),
    'verbatimText: `text` must be a string, got a number',
  ],
  [
    'new MarkdownDepthError(null)',
    () => new MarkdownDepthError(null as never, 'x', 1),
    'MarkdownDepthError: `place` must be a {file?, line, column} object, got null',
  ],
]

describe('argument checks', () => {
  it.each(rows)('%s names the argument', (_, call, message) => {
    expect(call).toThrow(new TypeError(message))
  })
})
