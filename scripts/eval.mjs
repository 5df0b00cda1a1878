#!/usr/bin/env node
// `pnpm eval`: fonte's accuracy, beside its peers. The held-out evaluation data in ../shared/eval is
// licensed for evaluation only: it is read in place and never copied into the project, and the
// parts that need it say so when it is absent.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluateAlignmentTable } from '../packages/align/bench/eval.mjs'
import { hasNtrex, ntrexQuotesTable, quotesTable } from '../packages/align/bench/quotes.eval.mjs'
import { hasUnrelated, unrelatedTable } from '../packages/align/bench/unrelated.eval.mjs'
import { gettextTable } from '../packages/glossary/bench/gettext.eval.mjs'
import { comparePeers } from '../packages/glossary/bench/peers.mjs'
import { evaluateMorphology } from '../packages/lexicon/bench/morphology.eval.mjs'
import { evaluateFileHandling } from '../packages/fonte/bench/files.eval.mjs'
import { evaluateTranslation } from '../packages/lexicon/bench/translate.eval.mjs'
import { evaluateTranslationGold } from '../packages/lexicon/bench/translate-gold.mjs'
import { evaluateNewsProbe, evaluateSplitting } from '../packages/split-it/bench/eval.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const evalFolder = join(root, '..', 'shared', 'eval')

/** Prints a Markdown table. */
function printTable(title, { header, rows }) {
  console.log(`\n### ${title}\n`)
  console.log(`| ${header.join(' | ')} |`)
  console.log(`|${header.map((_, index) => (index === 0 ? '---' : '---:')).join('|')}|`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
}

const started = performance.now()

printTable(
  'Glossary lint: what each term checker gets right (same Markdown, same term pairs)',
  await comparePeers(),
)
console.log(
  '\npofilter (Translate Toolkit) checks PO and XLIFF units; its only term lists are source words that must ' +
    'not be left untranslated and words to keep, so it is given the forbidden terms’ words as the former, ' +
    'each case as a unit with its English source. Its column appears where pofilter is installed ' +
    '(apt-get install translate-toolkit).',
)

const fileHandling = evaluateFileHandling()
if (fileHandling) {
  printTable(
    'fonte lint --fix on Debian’s Italian catalogues (msgunfmt of /usr/share/locale/it)',
    fileHandling,
  )
  console.log(`\n${fileHandling.note}`)
} else {
  console.log(
    '\nfonte lint on real catalogues: skipped, no /usr/share/locale/it or no gettext (apt-get install gettext).',
  )
}

const probe = evaluateNewsProbe()
printTable(
  'Sentence splitting: news probe, exact documents (packages/split-it/test/fixtures)',
  probe,
)
console.log(
  `\nfonte (default) gets wrong: ${probe.failures['fonte (default)'].join('; ') || 'none'}. ` +
    'The probe is fonte’s own writing (headlines, datelines, bylines, lists, abbreviations, quotations), ' +
    'so it is a development set, not a blind test.',
)

const gettext = await gettextTable()
if (gettext.rows) {
  printTable(
    'Glossary lint on real gettext catalogues: hand-labelled entries, 10-concept software term base',
    gettext,
  )
}
if (gettext.note) console.log(`\n${gettext.note}`)

if (existsSync(evalFolder)) {
  printTable(
    'Sentence splitting: boundary F1 (UD) and exact documents (golden rules)',
    await evaluateSplitting(join(evalFolder, 'splitting')),
  )
  console.log(
    '\nfonte (default) follows the editor: a quotation with an attribution or an introduction stays whole, ' +
      'as in the golden rules. fonte (convention: ud) follows the UD treebanks (quotations split, sentences ' +
      'that start in lower case), the figure to compare on UD. fonte (quotes: keep) never splits a quotation.',
  )
  const morphology = await evaluateMorphology(join(evalFolder, 'lexicon'))
  printTable('Morphology: lemma and inflection accuracy on UD (content words)', morphology)
  console.log(`\n${morphology.note}`)
  const translation = await evaluateTranslation(join(evalFolder, '..'))
  printTable(
    'EN→IT lemma translation: recall on news sentence pairs (NTREX dev, wire)',
    translation,
  )
  console.log(`\n${translation.note}`)
  const gold = await evaluateTranslationGold(join(evalFolder, '..'))
  if (gold.rows)
    printTable(
      'EN→IT lemma translation: recall on hand-labelled word alignments (NTREX dev, wire)',
      gold,
    )
  console.log(`\n${gold.note}`)
  const alignment = await evaluateAlignmentTable(join(evalFolder, 'alignment'))
  printTable('Sentence alignment: strict / lax F1', alignment)
  console.log(`\n${alignment.note}`)
  const wire = join(evalFolder, '..', 'wire')
  if (existsSync(join(wire, 'quotes.json'))) {
    printTable(
      'Quote alignment on ../shared/wire/quotes.json (seeds 000, 001, 004), own sources and the pool of all',
      await quotesTable(wire),
    )
    console.log(
      '\nright match: the match overlaps the English original in the article’s sources.en.md; right abstention: no match ' +
        'where the original is not known. Scores are probabilities, calibrated on corpus-it/*/pairs.json (the sentence ' +
        'pairs, not these quotations); Brier score and calibration error (5 bins) compare them with how often ' +
        'each scored match, shown or not, is right. The rule that one shared word does not trace a longer quotation was chosen on this data.',
    )
  }
  const ntrex = join(evalFolder, 'ntrex-dev')
  if (hasNtrex(ntrex)) {
    printTable(
      'Quote tracing on ntrex-dev (default configuration, judged by the data’s score.mjs rules)',
      await ntrexQuotesTable(ntrex),
    )
    console.log(
      '\ndoc: each article against its own English story; pool5: against five or six stories, one file each. Right and ' +
        'wrong are shares of the real quotations; decoys are quotations whose English was removed. Probabilities are ' +
        'fitted on corpus-it only (packages/align/bench/calibrate.mjs); Brier score and calibration error measure them here.',
    )
  }
  if (hasUnrelated(ntrex)) {
    printTable(
      'Tracing against unrelated news (no original there: every match is wrong)',
      unrelatedTable(ntrex),
    )
    console.log(
      '\nEach article against stories that hold none of its originals, as `fonte align` runs with no flags: ' +
        'the matches a newsroom would be shown wrongly when its wire holds other stories.',
    )
  }
} else {
  console.log(
    '\npnpm eval: ../shared/eval is absent, so the splitting and alignment evaluations are skipped. The evaluation data is ' +
      'licensed for evaluation only and is not part of this repository; place it beside the clone as ' +
      '../shared/eval to get those figures.',
  )
}

console.log(`\npnpm eval finished in ${((performance.now() - started) / 1000).toFixed(1)} s`)
