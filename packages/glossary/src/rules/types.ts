import type { VFile } from 'vfile'
import type { Glossary } from '../glossary.js'
import type { TermMatch } from '../match.js'
import type { Segment } from '../segment.js'

/** How serious a rule's findings are: `error` fails a run, `warn` does not, `off` silences it. */
export type Severity = 'error' | 'warn' | 'off'

/** A fix: replace the file's text between two offsets. */
export interface Fix {
  /** Offsets into the file as read: `[start, end)`. */
  range: [number, number]
  text: string
}

/** A finding, before it becomes a vfile message. */
export interface Finding {
  reason: string
  /** Offsets into the file of what the finding is about. */
  start: number
  end?: number | undefined
  /** The concept it is about. */
  conceptId: string
  actual?: string | undefined
  expected?: string[] | undefined
  note?: string | undefined
  fix?: Fix | undefined
  /**
   * The text the fix replaces, as the rule read it (default: `actual`); the fix is kept only
   * where the file holds exactly this text in its range.
   */
  fixReplaces?: string | undefined
  /** Where the term involved is defined, or an earlier occurrence. */
  cause?: { reason: string; file: string; line: number; column: number } | undefined
}

/** What a rule sees of one document. */
export interface RuleContext {
  file: VFile
  glossary: Glossary
  segments: ReadonlyArray<Segment>
  /** The target-language terms found in each segment, offsets into the segment's text. */
  targetMatches: ReadonlyArray<ReadonlyArray<TermMatch>>
  /** The source-language terms found in each segment's source, where it has one. */
  sourceMatches: ReadonlyArray<ReadonlyArray<TermMatch> | undefined>
  report: (finding: Finding) => void
  /** 1-based line and column of a file offset. */
  pointAt: (offset: number) => { line: number; column: number }
}

/** A glossary rule. */
export interface Rule {
  /** The rule id, as in disable comments and configuration. */
  id: string
  /** One line on what it finds. */
  description: string
  /** Severity unless configured. */
  defaultSeverity: Exclude<Severity, 'off'>
  check: (context: RuleContext) => void
}

/** Where a rule is documented. */
export function ruleUrl(id: string): string {
  return `https://www.npmjs.com/package/@fonte/glossary#${id}`
}
