import { extname } from 'node:path'
import { markdownProse, plainProse, type Prose } from '@fonte/markdown'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { VFileMessage, type Options as MessageOptions } from 'vfile-message'
import { readPo } from './bilingual/po.js'
import { readXliff } from './bilingual/xliff.js'
import { suppressed } from './disable.js'
import type { Glossary } from './glossary.js'
import { forbiddenTerm } from './rules/forbidden-term.js'
import { inconsistentTerm } from './rules/inconsistent-term.js'
import { missingTerm } from './rules/missing-term.js'
import { ruleUrl, type Finding, type Fix, type Rule, type Severity } from './rules/types.js'
import type { Segment } from './segment.js'

/** Every rule, in the order they run. */
export const rules: readonly Rule[] = [forbiddenTerm, missingTerm, inconsistentTerm]

/** The rule ids: `forbidden-term`, `missing-term`, `inconsistent-term`. */
export type RuleId = 'forbidden-term' | 'missing-term' | 'inconsistent-term'

/** The kinds of document `lintFile` reads. */
export type DocumentFormat = 'markdown' | 'text' | 'xliff' | 'po'

/** A lint finding: a vfile message with the fix that resolves it, where there is one. */
export interface GlossaryMessage extends VFileMessage {
  /** The replacement that resolves the finding (`--fix` applies it). */
  fix?: Fix | undefined
  /** The concept the finding is about. */
  concept?: string | undefined
}

/** Options of `lintFile`. */
export interface LintOptions {
  /** Severity per rule (default: each rule's own: errors, and warnings for `inconsistent-term`). */
  rules?: Partial<Record<RuleId, Severity>> | null | undefined
  /** The document's kind (default: from the file's extension; Markdown when it has none). */
  format?: DocumentFormat | null | undefined
  /**
   * The source-language text a Markdown or text document translates, for `missing-term`
   * (default: none; XLIFF and PO files carry their own).
   */
  source?: string | null | undefined
}

const formatByExtension: Record<string, DocumentFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '.xlf': 'xliff',
  '.xliff': 'xliff',
  '.po': 'po',
  '.pot': 'po',
}

/**
 * Check a document against a glossary and leave the findings on the file as vfile messages.
 *
 * Markdown is read as prose (code skipped, emphasis and links read through, positions mapped
 * back to the source); XLIFF 1.2 and 2.0 and gettext PO are read unit by unit, with each
 * target checked against its source. Messages carry `ruleId`, `source: 'fonte'`, `place`,
 * `actual`, `expected`, `url`, `note`, a `cause` pointing at the term base entry or the first
 * occurrence, `fatal: true` for errors and `false` for warnings, and `fix` where one applies.
 * `<!-- fonte-disable … -->` comments (see the README) silence findings.
 *
 * @param file - The document; its `value` is read and its `path` names it in messages.
 * @param glossary - The compiled term base (`createGlossary`).
 * @param options - Rule severities, document kind and source text (optional).
 * @returns The same file, with messages added.
 * @throws {TypeError} When an option has a value it does not accept.
 * @throws {Error} When an XLIFF or PO file is malformed (an `InputError`-like message naming
 *   file, line and column).
 */
export function lintFile(file: VFile, glossary: Glossary, options?: LintOptions | null): VFile {
  const settings = options ?? {}
  const severities = resolveSeverities(settings.rules)
  const text = String(file.value ?? '')
  const format = settings.format ?? formatByExtension[extname(file.path ?? '').toLowerCase()] ?? 'markdown'
  const segments = readSegments(text, file.path ?? '<input>', format, settings.source ?? undefined)
  const targetMatches = segments.map((segment) => glossary.target.match(segment.text))
  const sourceMatches = segments.map((segment) =>
    segment.source === undefined ? undefined : glossary.source.match(segment.source),
  )
  const place = location(file)
  const pointAt = (offset: number) => {
    const point = place.toPoint(offset)
    return { line: point?.line ?? 1, column: point?.column ?? 1 }
  }

  const found: GlossaryMessage[] = []
  for (const rule of rules) {
    const severity = severities[rule.id as RuleId]
    if (severity === 'off') continue
    rule.check({
      file,
      glossary,
      segments,
      targetMatches,
      sourceMatches,
      pointAt,
      report: (finding) => found.push(toMessage(file, place, rule, severity, finding)),
    })
  }
  const silenced = suppressed(text)
  for (const message of found) {
    if (silenced(message.line ?? 1, message.ruleId ?? '', message.concept ?? '')) continue
    file.messages.push(message)
  }
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return file
}

function readSegments(text: string, path: string, format: DocumentFormat, source: string | undefined): Segment[] {
  if (format === 'xliff') return readXliff(text, path)
  if (format === 'po') return readPo(text, path)
  const prose: Prose = format === 'markdown' ? markdownProse(text) : plainProse(text)
  const segment: Segment = { text: prose.text, toFile: prose.toSource, toFileRange: prose.toSourceRange }
  if (source !== undefined) segment.source = format === 'markdown' ? markdownProse(source).text : source
  return [segment]
}

function toMessage(
  file: VFile,
  place: ReturnType<typeof location>,
  rule: Rule,
  severity: Exclude<Severity, 'off'>,
  finding: Finding,
): GlossaryMessage {
  const start = place.toPoint(finding.start)
  const end = finding.end === undefined ? undefined : place.toPoint(finding.end)
  const options: MessageOptions = {
    ruleId: rule.id,
    source: 'fonte',
  }
  if (start) options.place = end ? { start, end } : start
  if (finding.cause) {
    const cause = new VFileMessage(finding.cause.reason, {
      place: { line: finding.cause.line, column: finding.cause.column },
      source: 'fonte',
    })
    cause.file = finding.cause.file
    options.cause = cause
  }
  const message = new VFileMessage(finding.reason, options) as GlossaryMessage
  message.file = file.path ?? ''
  message.fatal = severity === 'error'
  message.url = ruleUrl(rule.id)
  if (finding.actual !== undefined) message.actual = finding.actual
  if (finding.expected !== undefined) message.expected = finding.expected
  if (finding.note !== undefined) message.note = finding.note
  // A fix is only safe where the file holds the occurrence as is: a term broken by markup
  // (`la **difesa** reciproca`) gets a suggestion but no automatic fix.
  const text = String(file.value ?? '')
  if (finding.fix && text.slice(finding.fix.range[0], finding.fix.range[1]) === finding.actual) {
    message.fix = finding.fix
  }
  message.concept = finding.conceptId
  return message
}

function resolveSeverities(given: LintOptions['rules']): Record<RuleId, Severity> {
  const severities = Object.fromEntries(rules.map((rule) => [rule.id, rule.defaultSeverity])) as Record<RuleId, Severity>
  for (const [id, severity] of Object.entries(given ?? {})) {
    if (!(id in severities)) {
      throw new TypeError(`\`lintFile\` option \`rules\` has an unknown rule \`${id}\`, expected one of ${Object.keys(severities).join(', ')}`)
    }
    if (severity !== 'error' && severity !== 'warn' && severity !== 'off') {
      throw new TypeError(`\`lintFile\` option \`rules.${id}\` must be 'error', 'warn' or 'off', got \`${String(severity)}\``)
    }
    severities[id as RuleId] = severity
  }
  return severities
}

/**
 * Apply the fixes of a file's messages to its text. Overlapping fixes keep the first.
 *
 * @param text - The file's text, as linted.
 * @param messages - The messages `lintFile` left.
 * @returns The fixed text and how many fixes were applied.
 */
export function applyFixes(text: string, messages: readonly VFileMessage[]): { text: string; applied: number } {
  const fixes = messages
    .map((message) => (message as GlossaryMessage).fix)
    .filter((fix): fix is Fix => fix !== undefined)
    .sort((a, b) => a.range[0] - b.range[0])
  let result = ''
  let cursor = 0
  let applied = 0
  for (const fix of fixes) {
    if (fix.range[0] < cursor) continue
    result += text.slice(cursor, fix.range[0]) + fix.text
    cursor = fix.range[1]
    applied++
  }
  return { text: result + text.slice(cursor), applied }
}
