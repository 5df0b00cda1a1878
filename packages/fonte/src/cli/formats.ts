import type { GlossaryMessage, Rule } from '@fonte/glossary'
import { readPo, readXliff, type Segment } from '@fonte/glossary/bilingual'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/** The output formats of `fonte lint`. */
export type LintFormat = 'stylish' | 'json' | 'jsonl' | 'sarif' | 'github'

/** Print lint results in a format. */
export function formatResults(
  format: LintFormat,
  files: readonly VFile[],
  context: { rules: readonly Rule[]; version: string; color: boolean; quiet: boolean },
): string {
  switch (format) {
    case 'stylish':
      return stylish(files, context.color)
    case 'json':
      return JSON.stringify(files.map(toEslintResult), null, 2)
    case 'jsonl':
      return files.map(toEslintLine).join('\n')
    case 'sarif':
      return JSON.stringify(toSarif(files, context.rules, context.version), null, 2)
    case 'github':
      return files
        .flatMap((file) => file.messages.map((message) => toGithubAnnotation(file, message)))
        .join('\n')
  }
}

/** 2 for an error (a fatal message), 1 for a warning. */
export function severityOf(message: VFileMessage): 1 | 2 {
  return message.fatal ? 2 : 1
}

interface EslintMessage {
  ruleId: string | null
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  fix?: { range: [number, number]; text: string }
  suggestions?: Array<{ desc: string; fix: { range: [number, number]; text: string } }>
}

/** One file's ESLint result on one line, for streaming as JSON Lines. */
export function toEslintLine(file: VFile): string {
  return JSON.stringify(toEslintResult(file))
}

/** One file as ESLint's JSON formatter writes it: 1-based lines and columns, fixes as ranges. */
function toEslintResult(file: VFile) {
  const messages: EslintMessage[] = file.messages.map((raw) => {
    const message = raw as GlossaryMessage
    const entry: EslintMessage = {
      ruleId: message.ruleId ?? null,
      severity: severityOf(message),
      message: message.reason,
      line:
        message.place && 'start' in message.place ? message.place.start.line : (message.line ?? 1),
      column:
        message.place && 'start' in message.place
          ? message.place.start.column
          : (message.column ?? 1),
    }
    if (message.place && 'end' in message.place) {
      entry.endLine = message.place.end.line
      entry.endColumn = message.place.end.column
    }
    if (message.fix) {
      entry.fix = message.fix
      entry.suggestions = [{ desc: `Replace with \`${message.fix.text}\``, fix: message.fix }]
    }
    return entry
  })
  const errorCount = messages.filter((message) => message.severity === 2).length
  const warningCount = messages.length - errorCount
  return {
    filePath: file.path,
    messages,
    errorCount,
    warningCount,
    fatalErrorCount: 0,
    fixableErrorCount: messages.filter((message) => message.severity === 2 && message.fix).length,
    fixableWarningCount: messages.filter((message) => message.severity === 1 && message.fix).length,
  }
}

/** SARIF 2.1.0, as GitHub code scanning reads it. */
function toSarif(files: readonly VFile[], rules: readonly Rule[], version: string) {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'fonte',
            version,
            informationUri: 'https://www.npmjs.com/package/fonte',
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: `https://www.npmjs.com/package/@fonte/glossary#${rule.id}`,
              defaultConfiguration: {
                level: rule.defaultSeverity === 'error' ? 'error' : 'warning',
              },
            })),
          },
        },
        results: files.flatMap((file) =>
          file.messages.map((raw) => {
            const message = raw as GlossaryMessage
            const region = regionOf(message)
            const uri = toUri(file.path)
            const result: Record<string, unknown> = {
              ruleId: message.ruleId ?? 'fonte',
              level: message.fatal ? 'error' : 'warning',
              message: { text: message.reason },
              locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
            }
            const index = ruleIndex.get(message.ruleId ?? '')
            if (index !== undefined) result.ruleIndex = index
            if (message.fix) {
              result.fixes = [
                {
                  description: { text: `Replace with \`${message.fix.text}\`` },
                  artifactChanges: [
                    {
                      artifactLocation: { uri },
                      replacements: [
                        { deletedRegion: region, insertedContent: { text: message.fix.text } },
                      ],
                    },
                  ],
                },
              ]
            }
            return result
          }),
        ),
      },
    ],
  }
}

function regionOf(message: VFileMessage) {
  const place = message.place
  if (place && 'start' in place) {
    return {
      startLine: place.start.line,
      startColumn: place.start.column,
      endLine: place.end.line,
      endColumn: place.end.column,
    }
  }
  return { startLine: message.line ?? 1, startColumn: message.column ?? 1 }
}

function toUri(path: string | undefined): string {
  return (path ?? 'input')
    .split(/[\\/]/)
    .map((part) => encodeURIComponent(part))
    .join('/')
}

/** A GitHub Actions workflow command: `::error file=…,line=…::message`. */
function toGithubAnnotation(file: VFile, raw: VFileMessage): string {
  const message = raw as GlossaryMessage
  const place = message.place
  const properties: Array<[string, string | number]> = [['file', file.path ?? 'input']]
  if (place && 'start' in place) {
    properties.push(['line', place.start.line], ['col', place.start.column])
    properties.push(['endLine', place.end.line], ['endColumn', place.end.column])
  } else {
    properties.push(['line', message.line ?? 1], ['col', message.column ?? 1])
  }
  properties.push(['title', `fonte ${message.ruleId ?? ''}`.trim()])
  const command = message.fatal ? 'error' : 'warning'
  const text = message.fix ? `${message.reason} (fix: ${message.fix.text})` : message.reason
  return `::${command} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')}::${escapeData(text)}`
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** How far around a finding `stylish` quotes the text, and how much of a source it shows. */
const contextWidth = 32
const sourceWidth = 72

/**
 * ESLint's stylish, for translations: per file, each finding's place, severity, reason and rule
 * on one line (columns padded only as wide as places and severities need), then the Italian
 * text around it with the span marked, and the source it translates, shortened, where the file
 * carries one (PO, XLIFF).
 */
function stylish(files: readonly VFile[], color: boolean): string {
  const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text)
  const lines: string[] = []
  let errors = 0
  let warnings = 0
  for (const file of files) {
    const name = file.path || '<stdin>'
    if (file.messages.length === 0) {
      lines.push(`${paint('4', name)}: no issues found`)
      continue
    }
    lines.push(paint('4', name))
    const text = String(file.value ?? '')
    const segments = segmentsOf(file)
    const places = file.messages.map((message) => placeOf(message))
    const width = Math.max(...places.map((place) => place.length))
    file.messages.forEach((raw, index) => {
      const message = raw as GlossaryMessage
      const fatal = severityOf(message) === 2
      if (fatal) errors++
      else warnings++
      const label = fatal ? paint('31', 'error  ') : paint('33', 'warning')
      const reason = message.reason.replace(/\s*\n\s*/g, ' ')
      const rule = paint('2', message.ruleId ?? '')
      lines.push(`  ${(places[index] as string).padEnd(width)}  ${label}  ${reason}  ${rule}`)
      const indent = ' '.repeat(width + 4)
      for (const line of contextLines(message, text, segments, paint))
        lines.push(`${indent}${line}`)
      // The term base entry, or the rendering chosen earlier in the document.
      const cause = message.cause as VFileMessage | undefined
      if (cause?.reason) {
        const place = `${cause.line ?? 1}:${cause.column ?? 1}`
        const named = cause.file && !cause.reason.includes(cause.file)
        const where = named ? `${cause.file}:${place}` : `line ${place}`
        lines.push(`${indent}${paint('2', `why: ${cause.reason} (${where})`)}`)
      }
    })
    lines.push('')
  }
  const total = errors + warnings
  const parts = [
    errors > 0 ? `${paint('31', '✖')} ${errors} error${errors === 1 ? '' : 's'}` : '',
    warnings > 0 ? `${paint('33', '⚠')} ${warnings} warning${warnings === 1 ? '' : 's'}` : '',
  ].filter(Boolean)
  if (total > 0) {
    lines.push(
      errors > 0 && warnings > 0 ? `${total} messages (${parts.join(', ')})` : parts.join(''),
    )
  }
  return lines.join('\n').replace(/\n+$/, '')
}

function placeOf(message: VFileMessage): string {
  const place = message.place
  if (place && 'start' in place) {
    return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
  }
  return `${message.line ?? 1}:${message.column ?? 1}`
}

/** The segments of a PO or XLIFF file, to show a finding's translation and source. */
function segmentsOf(file: VFile): Segment[] {
  const path = (file.path ?? '').toLowerCase()
  const text = String(file.value ?? '')
  try {
    if (/\.pot?$/.test(path)) return readPo(text, path)
    if (/\.xlf$|\.xliff$/.test(path)) return readXliff(text, path)
  } catch {
    // The file was linted, so it reads; should it not, the finding is shown without context.
  }
  return []
}

/** `it:` the translation around the finding, its span marked; `en:` the source, shortened. */
function contextLines(
  message: GlossaryMessage,
  text: string,
  segments: readonly Segment[],
  paint: (code: string, text: string) => string,
): string[] {
  const place = message.place
  const start = place && 'start' in place ? place.start.offset : place?.offset
  if (start === undefined) return []
  const end = (place && 'end' in place ? place.end.offset : undefined) ?? start
  const segment = segments.find((candidate) => {
    const [from, to] = candidate.toFileRange(0, candidate.text.length)
    return start >= from && start <= to
  })
  const lines: string[] = []
  if (segment) {
    let from = 0
    while (from < segment.text.length && segment.toFile(from) < start) from++
    let to = from
    while (to < segment.text.length && segment.toFile(to) < end) to++
    // A finding about the whole entry (a missing term) shows the translation, shortened.
    lines.push(
      `it: ${to > from ? excerpt(segment.text, from, to, paint) : shorten(segment.text, undefined)}`,
    )
    if (segment.source !== undefined) {
      lines.push(
        `en: ${shorten(segment.source, message.ruleId === 'missing-term' ? message.actual : undefined)}`,
      )
    }
  } else if (end > start) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1
    const lineEnd = text.indexOf('\n', start)
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd)
    lines.push(
      `it: ${excerpt(line, start - lineStart, Math.min(end - lineStart, line.length), paint)}`,
    )
  }
  return lines
}

/** The text around `[from, to)` on one line, at most `contextWidth` characters each side. */
function excerpt(
  text: string,
  from: number,
  to: number,
  paint: (code: string, text: string) => string,
): string {
  const flat = (value: string) => value.replace(/\s+/g, ' ')
  const before = flat(text.slice(0, from))
  const after = flat(text.slice(to))
  const head = before.length > contextWidth ? `…${before.slice(-contextWidth).trimStart()}` : before
  const tail = after.length > contextWidth ? `${after.slice(0, contextWidth).trimEnd()}…` : after
  const span = flat(text.slice(from, to))
  return `${head.trimStart()}${span ? paint('1;4', `[${span}]`) : '▸'}${tail.trimEnd()}`
}

/** A source on one line, at most `sourceWidth` characters, around `term` when it is given. */
function shorten(source: string, term: string | undefined): string {
  const flat = source.replace(/\s+/g, ' ').trim()
  if (flat.length <= sourceWidth) return flat
  const at = term ? flat.toLowerCase().indexOf(term.toLowerCase()) : -1
  const start = at > sourceWidth / 2 ? Math.min(at - sourceWidth / 3, flat.length - sourceWidth) : 0
  const slice = flat.slice(Math.max(0, Math.round(start)), Math.round(start) + sourceWidth).trim()
  return `${start > 0 ? '…' : ''}${slice}${start + sourceWidth < flat.length ? '…' : ''}`
}
