import {
  assertArrayOf,
  assertGlossary,
  assertObject,
  assertOptions,
  assertString,
  isObject,
} from './validate.js'
import { extname } from 'node:path'
import type { VFile } from 'vfile'
import { location } from '@fonte/location'
import { VFileMessage, type Options as MessageOptions } from 'vfile-message'
import { readDocument, type DocumentFormat, type LintDocument } from './bilingual/document.js'
import { suppressed } from './disable.js'
import { recommendedTerms, type Glossary } from './glossary.js'
import type { TermMatch } from './match.js'
import { compileTerm } from './morphology.js'
import { forbiddenTerm } from './rules/forbidden-term.js'
import { inconsistentTerm } from './rules/inconsistent-term.js'
import { missingTerm } from './rules/missing-term.js'
import { ruleUrl, type Finding, type Fix, type Rule, type Severity } from './rules/types.js'

/** Every rule, in the order they run. */
export const rules: readonly Rule[] = [forbiddenTerm, missingTerm, inconsistentTerm]

/** The rule ids: `forbidden-term`, `missing-term`, `inconsistent-term`. */
export type RuleId = 'forbidden-term' | 'missing-term' | 'inconsistent-term'

export type { DocumentFormat } from './bilingual/document.js'

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
 * @throws {DocumentError} When an XLIFF or PO file is malformed, naming file, line and column.
 * @throws {MarkdownDepthError} When a Markdown document is nested too deeply to read (see
 *   `@fonte/markdown`), naming file, line and column.
 */
export function lintFile(file: VFile, glossary: Glossary, options?: LintOptions | null): VFile {
  assertObject('lintFile', 'file', file, 'a vfile')
  assertGlossary('lintFile', 'glossary', glossary)
  assertOptions('lintFile', options)
  const settings = options ?? {}
  const severities = resolveSeverities(settings.rules)
  const text = String(file.value ?? '')
  const format =
    settings.format ?? formatByExtension[extname(file.path ?? '').toLowerCase()] ?? 'markdown'
  const document = readDocument(text, file.path ?? '<input>', format, settings.source ?? undefined)
  const segments = document.segments
  const targetMatches = segments.map((segment) =>
    glossary.target.match(withoutAccelerator(segment.text, segment.source)),
  )
  const sourceMatches = segments.map((segment) =>
    segment.source === undefined
      ? undefined
      : plausibleSourceMatches(
          segment.source,
          glossary.source.match(withoutAccelerator(segment.source, segment.source)),
          glossary,
        ),
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
      report: (finding) => found.push(toMessage(file, document, place, rule, severity, finding)),
    })
  }
  const entries = [
    ...new Map(
      segments.flatMap((segment) =>
        segment.entry ? [[segment.entry[0], segment.entry] as const] : [],
      ),
    ).values(),
  ]
  const silenced = suppressed(text, entries)
  // Two listed forms that match one word make one finding, not two: one per rule and range.
  const seen = new Set<string>()
  for (const message of found) {
    const offset =
      message.place && 'start' in message.place ? message.place.start.offset : undefined
    if (
      silenced(message.line ?? 1, message.ruleId ?? '', message.concept ?? '', offset ?? undefined)
    )
      continue
    const key = `${message.ruleId}:${message.line}:${message.column}:${message.place && 'end' in message.place ? `${message.place.end.line}:${message.place.end.column}` : ''}`
    if (seen.has(key)) continue
    seen.add(key)
    file.messages.push(message)
  }
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return file
}

/**
 * Interface strings mark a menu accelerator with `_` (`_File`, `Pass_word`): where the source
 * has one, the one `_` of a text is read as an invisible soft hyphen, same length, so
 * `car_telle` is `cartelle` and offsets do not move.
 */
function withoutAccelerator(text: string, source: string | undefined): string {
  if (source === undefined || !/(?<![\p{L}\p{N}_])_[\p{L}\p{N}]/u.test(source)) return text
  const first = text.indexOf('_')
  if (first === -1 || text.indexOf('_', first + 1) !== -1) return text
  return `${text.slice(0, first)}\u00AD${text.slice(first + 1)}`
}

// English words after which a word is a noun, not a verb (`the set`, `a character set`); words
// after which a base form (`set`, `sets`) is a verb (`to set`, `cannot set`, `it sets`).
const englishDeterminers = new Set(
  'a an the this that these those each every any no its your their our his her my of'.split(' '),
)
const englishVerbContext = new Set(
  (
    "to not n't can cannot could will would shall should must may might please and or then also you we they i it he she " +
    'is are was were be been being has have had already automatically explicitly currently when if unless while ' +
    'who which that only first now always never must also'
  ).split(' '),
)
const englishParticles = new Set('up off out aside apart back down'.split(' '))
const englishPrepositions = new Set(
  'by for while when after before without in on of from with'.split(' '),
)
const englishVerbMarkers = new Set(
  'to will would can could should must may might not please'.split(' '),
)

/**
 * Source matches that can be the concept they match. A term the term base marks as an English
 * verb is read as one in its `-ing` and `-ed` forms unless a determiner comes before
 * (`the setting`), and in its base and `-s` forms at the start of a clause (`Set the value`) or
 * after a subject, auxiliary or `to` (`cannot set`); never before `of` (`a set of`) or in a
 * hyphenated compound (`set-returning`). A noun is
 * not read after `to` or a modal (`to file`).
 */
function plausibleSourceMatches(
  source: string,
  matches: TermMatch[],
  glossary: Glossary,
): TermMatch[] {
  return matches.filter((match) => {
    const pos = (match.term.partOfSpeech ?? conceptWordClass(match, glossary))?.toLowerCase()
    if (pos === undefined || !match.term.language.toLowerCase().startsWith('en')) return true
    const lead = source.slice(Math.max(0, match.start - 30), match.start)
    const before = /([A-Za-z']+)[ \t]+$/.exec(lead)?.[1]?.toLowerCase()
    const after = /^\s+([A-Za-z]+)/
      .exec(source.slice(match.end, match.end + 20))?.[1]
      ?.toLowerCase()
    if (pos === 'noun' || pos === 'n')
      return before === undefined || !englishVerbMarkers.has(before)
    if (pos === 'adjective' || pos === 'adj')
      return plausibleAdjective(match, before, after, source.slice(match.end, match.end + 3))
    if (pos !== 'verb' && pos !== 'v') return true
    if (after === 'of' || (before !== undefined && englishDeterminers.has(before))) return false
    // A hyphenated compound (`ordered-set`, `set-returning`) is a noun or an adjective.
    if (source.charAt(match.start - 1) === '-' || source.charAt(match.end) === '-') return false
    // A phrasal verb (`set up`, `set off`) is another verb.
    if (after !== undefined && englishParticles.has(after)) return false
    const word = match.text.toLowerCase()
    const context = before === undefined || englishVerbContext.has(before)
    if (/(?:ing|ed)$/.test(word) && !/(?:ing|ed)$/.test(match.term.text.toLowerCase())) {
      // An -ing form closing a noun phrase (`the configuration setting`) is a noun.
      const closes =
        after === undefined &&
        /^[\s]*(?:[.,;:!?)\]]|$)/.test(source.slice(match.end, match.end + 3))
      return !(closes && word.endsWith('ing') && !context && !englishPrepositions.has(before ?? ''))
    }
    return context
  })
}

const conceptClasses = new WeakMap<object, string | undefined>()

/**
 * A source term without a part of speech takes its concept's, as the target side tells it: a
 * concept whose preferred Italian term is a verb (`impostare`) or an adjective (`predefinito`)
 * is a verb or adjective in English too.
 */
function conceptWordClass(match: TermMatch, glossary: Glossary): string | undefined {
  const concept = match.concept
  if (conceptClasses.has(concept)) return conceptClasses.get(concept)
  const [preferred] = recommendedTerms(concept, glossary.targetLanguage)
  const given = preferred?.partOfSpeech
  const wordClass = preferred ? (given ?? compileTerm(preferred, false).wordClass) : undefined
  const result = wordClass === 'verb' || wordClass === 'adjective' ? wordClass : undefined
  conceptClasses.set(concept, result)
  return result
}

/**
 * An English adjective does not inflect (`defaults` is a verb or a noun) and qualifies a word
 * after it, except in `by default`; before a verb it is a noun (`a default will be used`).
 */
function plausibleAdjective(
  match: TermMatch,
  before: string | undefined,
  after: string | undefined,
  rest: string,
): boolean {
  if (match.text.toLowerCase() !== match.term.text.toLowerCase()) return false
  if (before === 'by') return true
  if (after === undefined) return !/^\s*(?:[.,;:!?]|$)/.test(rest)
  return !englishVerbContext.has(after) && !/^(?:will|is|was|for)$/.test(after)
}

function toMessage(
  file: VFile,
  document: LintDocument,
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
  // A fix is only safe where the file holds the occurrence as plain text: a term broken by
  // markup (`la **difesa** reciproca`) gets a suggestion but no automatic fix. Its text is
  // written as the file's format needs it (`&amp;` in XLIFF, `\"` in PO).
  if (finding.fix && finding.actual !== undefined) {
    const written = document.replacement(
      finding.fix.range,
      finding.fixReplaces ?? finding.actual,
      finding.fix.text,
    )
    if (written !== undefined) message.fix = { range: finding.fix.range, text: written }
  }
  message.concept = finding.conceptId
  return message
}

function resolveSeverities(given: LintOptions['rules']): Record<RuleId, Severity> {
  const severities = Object.fromEntries(
    rules.map((rule) => [rule.id, rule.defaultSeverity]),
  ) as Record<RuleId, Severity>
  for (const [id, severity] of Object.entries(given ?? {})) {
    if (!(id in severities)) {
      throw new TypeError(
        `\`lintFile\` option \`rules\` has an unknown rule \`${id}\`, expected one of ${Object.keys(severities).join(', ')}`,
      )
    }
    if (severity !== 'error' && severity !== 'warn' && severity !== 'off') {
      throw new TypeError(
        `\`lintFile\` option \`rules.${id}\` must be 'error', 'warn' or 'off', got \`${String(severity)}\``,
      )
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
export function applyFixes(
  text: string,
  messages: readonly VFileMessage[],
): { text: string; applied: number } {
  assertString('applyFixes', 'text', text)
  assertArrayOf(
    'applyFixes',
    'messages',
    messages,
    'an array of messages (`file.messages`)',
    isObject,
  )
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
