import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import {
  lintFile,
  loadGlossary,
  TermBaseError,
  type Glossary,
  type GlossaryMessage,
  type RuleId,
  type Severity,
} from '@fonte/glossary'
import type { TextlintRuleContext, TextlintRuleModule } from '@textlint/types'
import { VFile } from 'vfile'

/** Options of the textlint rule, as written in `.textlintrc`. */
export interface Options {
  /**
   * Term bases (YAML, JSON, TBX, CSV), relative to the folder of the textlint configuration
   * (else the working directory).
   */
  glossary: string | string[]
  /** Severity per fonte rule: `error`, `warn` or `off` (default: all on). */
  rules?: Partial<Record<RuleId, Severity>>
  /** An English source file, for `missing-term`, relative like `glossary` (optional). */
  source?: string
}

/** What the rule needs before it can lint: the glossary and the source's text, or why not. */
type Setup = { glossary: Glossary; source: string | undefined } | { problem: string }

async function setUp(options: Options | undefined, cwd: string): Promise<Setup> {
  if (!options?.glossary) {
    return {
      problem: 'textlint-rule-fonte needs the `glossary` option: the paths of your term bases',
    }
  }
  const paths = Array.isArray(options.glossary) ? options.glossary : [options.glossary]
  let glossary: Glossary
  try {
    // Read and compiled once per set of paths, however many files textlint checks.
    glossary = await loadGlossary(paths, { cwd })
  } catch (error) {
    if (error instanceof TermBaseError || error instanceof TypeError)
      return { problem: error.message }
    throw error
  }
  if (!options.source) return { glossary, source: undefined }
  try {
    return { glossary, source: await readFile(resolve(cwd, options.source), 'utf8') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      problem: `${options.source}: Cannot read the \`source\` option's file: ${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')}`,
    }
  }
}

/** textlint's error for one of fonte's messages, placed and with its fix. */
function toRuleError(context: TextlintRuleContext, message: GlossaryMessage) {
  const { RuleError, fixer, locator } = context
  const place = message.place && 'start' in message.place ? message.place : undefined
  const start = place?.start.offset ?? 0
  const end = place?.end.offset ?? start
  const padding = end > start ? locator.range([start, end]) : locator.at(start)
  const fix = message.fix ? fixer.replaceTextRange(message.fix.range, message.fix.text) : undefined
  return new RuleError(
    `${message.reason} (${message.ruleId})`,
    fix ? { padding, fix } : { padding },
  )
}

const reporter: TextlintRuleModule<Options> = (context, options) => {
  const { Syntax, RuleError, report, getSource } = context
  return {
    async [Syntax.Document](node) {
      const setup = await setUp(options, context.getConfigBaseDir?.() ?? process.cwd())
      if ('problem' in setup) {
        report(node, new RuleError(setup.problem))
        return
      }
      const path = context.getFilePath() ?? 'document.md'
      const file = lintFile(new VFile({ path, value: getSource(node) }), setup.glossary, {
        rules: options?.rules,
        source: setup.source,
        format: /\.(md|markdown)$/i.test(path) ? 'markdown' : 'text',
      })
      for (const message of file.messages)
        report(node, toRuleError(context, message as GlossaryMessage))
    },
  }
}

/**
 * fonte's glossary checks as a fixable textlint rule: forbidden terms with the preferred term
 * inflected like the occurrence, terms missing from a translation of a known source, and one
 * concept rendered two ways in one document.
 */
export const rule = { linter: reporter, fixer: reporter }
