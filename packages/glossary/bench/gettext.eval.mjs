// Glossary lint on real gettext catalogues: the Italian translations Debian installs in
// /usr/share/locale/it/LC_MESSAGES, read at eval time with `msgunfmt` (never copied into the
// repository), linted with a 10-concept software term base written for fonte, and scored against
// hand labels of entries of those catalogues (bench/gettext/labels.json: for each labelled entry,
// every finding a right linter reports in it, with the fix where a one-for-one swap exists).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { createGlossary, lintFile, parseTermBase, toTbx } from '@fonte/glossary'
import { readPo } from '@fonte/glossary/bilingual'

const here = new URL('gettext/', import.meta.url)
/** Where Debian installs the Italian catalogues. */
export const catalogueFolder = '/usr/share/locale/it/LC_MESSAGES'

/**
 * The development term base, in fonte's YAML, as TBX (both are scored; they must agree), and
 * without its parts of speech (how well the lexicon and the spelling stand in for them).
 */
export function developmentGlossaries() {
  const text = readFileSync(new URL('software.glossary.yaml', here), 'utf8')
  const yaml = parseTermBase(text, 'software.glossary.yaml')
  const tbx = parseTermBase(toTbx(yaml), 'software.glossary.tbx')
  const bare = parseTermBase(text.replace(/, partOfSpeech: \w+/g, ''), 'software.glossary.yaml')
  return { yaml: createGlossary(yaml), tbx: createGlossary(tbx), bare: createGlossary(bare) }
}

/** A catalogue as PO text, or undefined when it or `msgunfmt` is missing. */
export function readCatalogue(name, folder = catalogueFolder) {
  const path = join(folder, `${name}.mo`)
  if (!existsSync(path)) return undefined
  const result = spawnSync('msgunfmt', ['--no-wrap', path], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  if (result.error || result.status !== 0) return undefined
  return result.stdout
}

/** Every finding in a catalogue, each with the entry (msgid) it is in and its fix. */
export function lintCatalogue(name, po, glossary) {
  const path = `${name}.po`
  const segments = readPo(po, path)
  const file = lintFile(new VFile({ path, value: po }), glossary, { format: 'po' })
  const ranges = segments.map((segment) => [
    ...segment.toSourceRange(0, segment.text.length),
    segment,
  ])
  return file.messages.map((message) => {
    const offset = message.place?.start?.offset ?? message.place?.offset ?? 0
    const hit = ranges.find(([start, end]) => offset >= start && offset <= end)
    const fix = message.fix
    return {
      catalogue: name,
      msgid: hit?.[2].source ?? hit?.[2].id ?? '',
      msgstr: hit?.[2].text ?? '',
      rule: message.ruleId,
      concept: message.concept,
      actual: message.actual,
      expected: message.expected?.[0],
      fix: fix ? fix.text : null,
      range: fix ? fix.range : undefined,
      start: offset,
      end: message.place?.end?.offset,
    }
  })
}

function sameFinding(label, finding) {
  return (
    label.rule === finding.rule &&
    label.concept === finding.concept &&
    (label.actual === undefined ||
      String(label.actual).toLowerCase() === String(finding.actual).toLowerCase())
  )
}

/**
 * Score the labelled entries: precision and recall over all rules, fixes, duplicates.
 *
 * @param glossary - A compiled glossary.
 * @param labels - `{entries: [{catalogue, msgid, findings: [{rule, concept, actual, fix}]}]}`.
 */
export function scoreGettext(glossary, labels) {
  const byCatalogue = new Map()
  for (const entry of labels.entries) {
    if (!byCatalogue.has(entry.catalogue)) byCatalogue.set(entry.catalogue, [])
    byCatalogue.get(entry.catalogue).push(entry)
  }
  const tally = {
    truePositives: 0,
    predicted: 0,
    expected: 0,
    fixable: 0,
    fixedRight: 0,
    rewrites: 0,
    rewritesFixed: 0,
    duplicates: 0,
    missingCatalogues: 0,
    errors: [],
  }
  for (const [catalogue, entries] of byCatalogue) {
    const po = readCatalogue(catalogue)
    if (po === undefined) {
      tally.missingCatalogues++
      continue
    }
    const findings = lintCatalogue(catalogue, po, glossary)
    tally.duplicates += duplicateCount(findings)
    for (const entry of entries) scoreEntry(tally, catalogue, entry, findings)
  }
  const { truePositives, predicted, expected, ...counts } = tally
  return {
    entries: labels.entries.length,
    predicted,
    expected,
    precision: predicted === 0 ? 1 : truePositives / predicted,
    recall: expected === 0 ? 1 : truePositives / expected,
    fixable: counts.fixable,
    fixedRight: counts.fixedRight,
    rewrites: counts.rewrites,
    rewritesFixed: counts.rewritesFixed,
    duplicates: counts.duplicates,
    missingCatalogues: counts.missingCatalogues,
    errors: counts.errors,
  }
}

/** How many findings repeat an earlier one's rule and range. */
function duplicateCount(findings) {
  const ranges = new Set()
  let duplicates = 0
  for (const finding of findings) {
    const key = `${finding.rule}:${finding.start}:${finding.end}`
    if (ranges.has(key)) duplicates++
    ranges.add(key)
  }
  return duplicates
}

/** Match one labelled entry's findings against the linter's, adding to the tally. */
function scoreEntry(tally, catalogue, entry, findings) {
  const found = findings.filter((finding) => finding.msgid === entry.msgid)
  const unmatched = [...found]
  tally.predicted += found.length
  tally.expected += entry.findings.length
  for (const label of entry.findings) {
    const index = unmatched.findIndex((finding) => sameFinding(label, finding))
    const scoresFix = label.rule === 'forbidden-term' && label.fix !== undefined
    if (scoresFix) {
      if (label.fix === null) tally.rewrites++
      else tally.fixable++
    }
    if (index === -1) {
      tally.errors.push(
        `missed   ${catalogue}: ${label.rule} ${label.concept} \`${label.actual ?? ''}\` in \`${entry.msgid.slice(0, 60)}\``,
      )
      continue
    }
    const [finding] = unmatched.splice(index, 1)
    tally.truePositives++
    if (scoresFix) scoreFix(tally, catalogue, label, finding)
  }
  for (const finding of unmatched) {
    tally.errors.push(
      `spurious ${catalogue}: ${finding.rule} ${finding.concept} \`${finding.actual}\` in \`${entry.msgid.slice(0, 60)}\``,
    )
  }
}

/** Score the fix of a found forbidden term whose label says what the fix should be. */
function scoreFix(tally, catalogue, label, finding) {
  if (label.fix === null && finding.fix !== null) tally.rewritesFixed++
  if (label.fix !== null && finding.fix !== null && fixedText(finding) === label.fix)
    tally.fixedRight++
  if (label.fix !== null && (finding.fix === null || fixedText(finding) !== label.fix)) {
    tally.errors.push(
      `bad fix  ${catalogue}: \`${finding.actual}\` → ${finding.fix === null ? 'no fix' : `\`${finding.fix}\``}, expected \`${label.fix}\``,
    )
  }
}

/** A fix's replacement text as the label writes it: the new words, without a changed article. */
function fixedText(finding) {
  return finding.fix
}

/** The rows `pnpm eval` prints, or a note when the catalogues are not installed. */
export async function gettextTable() {
  const labels = JSON.parse(readFileSync(new URL('labels.json', here), 'utf8'))
  if (!existsSync(catalogueFolder) || spawnSync('msgunfmt', ['--version']).status !== 0) {
    return {
      note: `The gettext catalogues (${catalogueFolder}/*.mo) or msgunfmt (Debian package gettext) are not installed, so the gettext evaluation is skipped.`,
    }
  }
  const glossaries = developmentGlossaries()
  const rows = []
  let note = ''
  for (const [name, glossary] of Object.entries(glossaries)) {
    const score = scoreGettext(glossary, labels)
    const percent = (value) => `${(value * 100).toFixed(1)} %`
    rows.push([
      `fonte, term base ${{ yaml: 'as YAML', tbx: 'as TBX', bare: 'without parts of speech' }[name]}`,
      String(score.entries),
      percent(score.precision),
      percent(score.recall),
      `${score.fixedRight} of ${score.fixable}`,
      `${score.rewritesFixed} of ${score.rewrites}`,
      String(score.duplicates),
    ])
    if (score.missingCatalogues > 0)
      note += `${score.missingCatalogues} labelled catalogues are not installed. `
    if (name === 'yaml' && process.env.FONTE_EVAL_VERBOSE) note += `\n${score.errors.join('\n')}`
  }
  return {
    header: [
      'linter',
      'labelled entries',
      'precision',
      'recall',
      'fixable forbidden fixed right',
      'rewrites given a fix',
      'duplicate findings',
    ],
    rows,
    note,
  }
}
