import { readFileSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import {
  createGlossary,
  lintFile,
  mergeTermBases,
  parseTermBase,
  type Glossary,
  type GlossaryMessage,
  type RuleId,
  type Severity,
} from '@fonte/glossary'
import type { TextlintRuleModule } from '@textlint/types'
import { VFile } from 'vfile'

/** Options of the textlint rule, as written in `.textlintrc`. */
export interface Options {
  /** Term bases (YAML, JSON, TBX, CSV), relative to the working directory. */
  glossary: string | string[]
  /** Severity per fonte rule: `error`, `warn` or `off` (default: all on). */
  rules?: Partial<Record<RuleId, Severity>>
  /** An English source file, for `missing-term` (optional). */
  source?: string
}

// Term bases are read once per set of paths, however many files textlint checks.
const compiled = new Map<string, Glossary>()

function glossaryFor(paths: readonly string[], cwd: string): Glossary {
  const key = paths.join('\u0000')
  let glossary = compiled.get(key)
  if (!glossary) {
    const bases = paths.map((path) => {
      const file = isAbsolute(path) ? path : resolve(cwd, path)
      return parseTermBase(readFileSync(file, 'utf8'), path)
    })
    glossary = createGlossary(mergeTermBases(bases))
    compiled.set(key, glossary)
  }
  return glossary
}

const reporter: TextlintRuleModule<Options> = (context, options) => {
  const { Syntax, RuleError, report, getSource, fixer, locator } = context
  return {
    [Syntax.Document](node) {
      if (!options?.glossary) {
        report(
          node,
          new RuleError(
            'textlint-rule-fonte needs the `glossary` option: the paths of your term bases',
          ),
        )
        return
      }
      const paths = Array.isArray(options.glossary) ? options.glossary : [options.glossary]
      const cwd = context.getConfigBaseDir?.() ?? process.cwd()
      const glossary = glossaryFor(paths, cwd)
      const text = getSource(node)
      const path = context.getFilePath() ?? 'document.md'
      const source = options.source ? readFileSync(resolve(cwd, options.source), 'utf8') : undefined
      const file = lintFile(new VFile({ path, value: text }), glossary, {
        rules: options.rules,
        source,
        format: /\.(md|markdown)$/i.test(path) ? 'markdown' : 'text',
      })
      for (const raw of file.messages) {
        const message = raw as GlossaryMessage
        const place = message.place && 'start' in message.place ? message.place : undefined
        const start = place?.start.offset ?? 0
        const end = place?.end.offset ?? start
        const padding = end > start ? locator.range([start, end]) : locator.at(start)
        const fix = message.fix
          ? fixer.replaceTextRange(message.fix.range, message.fix.text)
          : undefined
        report(
          node,
          new RuleError(
            `${message.reason} (${message.ruleId})`,
            fix ? { padding, fix } : { padding },
          ),
        )
      }
    },
  }
}

/**
 * fonte's glossary checks as a fixable textlint rule: forbidden terms with the preferred term
 * inflected like the occurrence, terms missing from a translation of a known source, and one
 * concept rendered two ways in one document.
 */
export const rule = { linter: reporter, fixer: reporter }
