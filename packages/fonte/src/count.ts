/**
 * `1 article`, `2 articles`, `0 articles`: a count with its noun in the right number, for the
 * CLI's summaries and messages (scripts parse them, so only the noun changes).
 *
 * @param count - How many.
 * @param singular - The noun for one.
 * @param plural - The noun for any other count (default: `singular` + `s`).
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`
}
