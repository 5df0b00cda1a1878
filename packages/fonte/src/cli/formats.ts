import type { GlossaryMessage, Rule } from '@fonte/glossary'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { reporter } from 'vfile-reporter'

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
      return reporter([...files], { color: context.color, quiet: context.quiet, silent: false })
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
