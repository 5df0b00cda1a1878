import { createGlossary, loadTermBases, TermBaseError, type Glossary } from '@fonte/glossary'
import { UsageError } from './inputs.js'

/**
 * Load the term bases named by `--glossary`, merged and compiled; a term base that cannot be used
 * becomes a usage error (exit 2) with its file, line and column.
 *
 * @returns The glossary, or `undefined` when no term base was named.
 */
export async function glossaryOption(
  paths: readonly string[] | undefined,
): Promise<Glossary | undefined> {
  if (!paths || paths.length === 0) return undefined
  try {
    return createGlossary(await loadTermBases(paths))
  } catch (error) {
    if (error instanceof TermBaseError) throw new UsageError(error.message, { cause: error })
    throw error
  }
}

/** The options `fonte align` and `fonte variants` share, as `parseArgs` declares them. */
export const sourceOptions = {
  en: { type: 'string', multiple: true },
  glossary: { type: 'string', short: 'g', multiple: true },
  format: { type: 'string', short: 'f', default: 'text' },
  help: { type: 'boolean', short: 'h', default: false },
} as const
