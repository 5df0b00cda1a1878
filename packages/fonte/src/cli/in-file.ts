import { DocumentError } from '@fonte/glossary'

/**
 * Run `work` on the document at `path`; an error about a place in it that does not name the file
 * (Markdown nested deeper than fonte reads, found by a library that was not given the path) is
 * thrown again as a \`DocumentError\` that does: \`file:line:column: reason\`.
 *
 * @param path - The document, as the user named it.
 * @param work - What to do with it.
 * @returns What \`work\` returns.
 */
export function inFile<T>(path: string, work: () => T): T {
  try {
    return work()
  } catch (error) {
    throw withFile(error, path)
  }
}

/** An error about a place in the document that does not name the file, named as a `DocumentError`. */
function withFile(error: unknown, path: string): unknown {
  if (!(error instanceof Error) || error instanceof DocumentError) return error
  const { line, column } = error as { line?: unknown; column?: unknown }
  if (error.name !== 'MarkdownDepthError' || typeof line !== 'number') return error
  const { file } = error as { file?: unknown }
  if (typeof file === 'string' && file !== '') return error
  const reason = error.message.replace(/^\d+:\d+: /, '')
  return new DocumentError(path, line, typeof column === 'number' ? column : 1, reason, {
    cause: error,
  })
}
