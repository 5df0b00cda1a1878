// Labelling aid for gold/ntrex-word-alignments.json (the hand-labelled EN→IT word alignments that
// bench/translate-gold.mjs scores). The sentence pairs are read in place from ../shared (licensed
// for evaluation only): the gold file keeps token positions and sentence hashes, never text, and
// the labels file this script reads is a scratch file kept outside the repository.
//
//   node packages/lexicon/bench/gold/label.mjs show [from] [to] [--per-story=N]
//     pairs not labelled yet, tokens numbered
//   node packages/lexicon/bench/gold/label.mjs build <labels.txt>   labels → the gold file
//   node packages/lexicon/bench/gold/label.mjs dump > labels.txt    the gold file as a labels file
//
// A labels file is a list of blocks: `@ <source> <story> <link>`, then one line per English
// content word, `<en token> <italian word…> [word|phrase|free|name]` or `<en token> none`, and
// ` # ` starts a comment. An Italian word is its text (its first occurrence in the sentence;
// `text@2` for the second) or `#<index>`. To extend the list: dump, add blocks, build.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { contentTokens, words } from '../translate.eval.mjs'

/** Where ../shared is, and the gold file. */
const here = fileURLToPath(new URL('.', import.meta.url))
const shared = join(here, '../../../../../shared')
const goldPath = join(here, 'ntrex-word-alignments.json')

/** The files of each source, under ../shared. */
export const sourceFiles = {
  'ntrex-dev': 'eval/ntrex-dev/alignment/ntrex-en-it-natural.jsonl',
  wire: 'wire/articles.json',
}

/** The first 12 hex digits of a sentence's SHA-256: detects a changed source sentence. */
export function sentenceHash(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 12)
}

/**
 * The 1-1 sentence pairs of a source, `{source, story, link, en, it}`, in file order (`link` is the
 * index in the story's `links`, or in a wire article's `aligned_sentences`); `[]` when absent.
 */
export function sourcePairs(sharedFolder, source) {
  const file = join(sharedFolder, sourceFiles[source])
  if (!existsSync(file)) return []
  const pairs = []
  if (source === 'wire') {
    for (const article of JSON.parse(readFileSync(file, 'utf8')))
      (article.aligned_sentences ?? []).forEach((sentence, link) => {
        if (sentence.en?.length === 1)
          pairs.push({ source, story: article.seed, link, en: sentence.en[0], it: sentence.it })
      })
    return pairs
  }
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const story = JSON.parse(line)
    story.links.forEach(([english, italian], link) => {
      if (english.length === 1 && italian.length === 1)
        pairs.push({
          source,
          story: story.id,
          link,
          en: story.en[english[0]],
          it: story.it[italian[0]],
        })
    })
  }
  return pairs
}

/** Every source's 1-1 pairs under `sharedFolder`, by their key `source story link`. */
export function pairsByKey(sharedFolder) {
  const pairs = new Map()
  for (const source of Object.keys(sourceFiles))
    for (const pair of sourcePairs(sharedFolder, source))
      pairs.set(`${source} ${pair.story} ${pair.link}`, pair)
  return pairs
}

/**
 * Pairs to label, spread over stories: each story's 1-1 pairs at `perStory` evenly spaced places,
 * taken round-robin (every story's first, then every story's second…), so any prefix is spread.
 */
function proposal(pairs, perStory) {
  const stories = new Map()
  for (const pair of pairs) {
    if (!stories.has(pair.story)) stories.set(pair.story, [])
    stories.get(pair.story).push(pair)
  }
  const picked = [...stories.values()].map((list) =>
    Array.from(
      { length: Math.min(perStory, list.length) },
      (_, k) => list[Math.floor(((k + 0.5) * list.length) / Math.min(perStory, list.length))],
    ),
  )
  const order = []
  for (let k = 0; k < perStory; k++) for (const list of picked) if (list[k]) order.push(list[k])
  return order
}

/** Prints a pair: its key, both sentences with numbered tokens, the content words to label. */
function show(pair) {
  const numbered = (text) =>
    words(text)
      .map(({ word }, index) => `${index}:${word}`)
      .join(' ')
  console.log(`@ ${pair.source} ${pair.story} ${pair.link}`)
  console.log(`EN ${numbered(pair.en)}`)
  console.log(`IT ${numbered(pair.it)}`)
  for (const { word, token } of contentTokens(pair.en)) console.log(`${token} ${word}`)
  console.log()
}

/** The kinds of label, as the gold file explains them. */
const kinds = ['word', 'phrase', 'free', 'none', 'name']

/** The index of an Italian word reference (`text`, `text@n`, `#index`) among `tokens`. */
function resolve(reference, tokens, where) {
  if (reference.startsWith('#')) {
    const index = Number(reference.slice(1))
    if (!(index >= 0 && index < tokens.length))
      throw new Error(`${where}: no Italian token ${reference}`)
    return index
  }
  const [text, nth = '1'] = reference.split('@')
  let seen = 0
  for (let index = 0; index < tokens.length; index++)
    if (tokens[index].toLowerCase() === text.toLowerCase() && ++seen === Number(nth)) return index
  throw new Error(`${where}: no Italian word "${reference}"`)
}

/** Parses a labels file into gold pairs, checking every token against the source sentences. */
function build(labelsFile) {
  const all = pairsByKey(shared)
  const gold = []
  let current
  readFileSync(labelsFile, 'utf8')
    .split('\n')
    .forEach((raw, lineIndex) => {
      const line = raw.replace(/\s+#\s.*$/, '').trim()
      const where = `${labelsFile}:${lineIndex + 1}`
      if (!line) return
      if (line.startsWith('@')) {
        const key = line.slice(1).trim()
        const pair = all.get(key)
        if (!pair) throw new Error(`${where}: no 1-1 pair "${key}"`)
        current = {
          pair,
          en: words(pair.en).map(({ word }) => word),
          it: words(pair.it).map(({ word }) => word),
        }
        current.content = new Set(contentTokens(pair.en).map(({ token }) => token))
        current.entry = {
          source: pair.source,
          story: pair.story,
          link: pair.link,
          enHash: sentenceHash(pair.en),
          itHash: sentenceHash(pair.it),
          words: [],
        }
        gold.push(current)
        return
      }
      if (!current) throw new Error(`${where}: a label before any "@ source story link" line`)
      const [tokenText, ...rest] = line.split(/\s+/)
      const en = Number(tokenText)
      if (!current.content.has(en))
        throw new Error(`${where}: ${tokenText} is not a content word's token`)
      let kind = 'word'
      if (kinds.includes(rest.at(-1))) kind = rest.pop()
      if (kind === 'none' && rest.length) throw new Error(`${where}: "none" with Italian words`)
      if ((kind === 'word' || kind === 'phrase') && !rest.length)
        throw new Error(`${where}: no Italian word`)
      const it = rest.length ? rest.map((reference) => resolve(reference, current.it, where)) : null
      current.entry.words.push({ en, it, kind })
    })
  for (const { entry, content, pair } of gold) {
    const labelled = new Set(entry.words.map(({ en }) => en))
    const missing = [...content].filter((token) => !labelled.has(token))
    if (missing.length)
      console.error(`unlabelled in ${pair.story} ${pair.link}: ${missing.join(' ')}`)
  }
  return gold.map(({ entry }) => entry)
}

/** The gold file's object, around its pairs. */
function goldFile(pairs) {
  return {
    version: 1,
    sources: sourceFiles,
    tokenizer:
      "words() of bench/translate.eval.mjs: /\\p{L}+(?:['’-]\\p{L}+)*/gu, indices from 0; en: a content word (contentTokens)",
    hash: 'sha256 of the sentence text, first 12 hex digits (wire: the one English sentence)',
    kinds: {
      word: 'the Italian word(s) a dictionary gives for this sense (any inflection)',
      phrase: 'a multi-word Italian expression for the one English word',
      free: 'said another way (paraphrase, other part of speech); it: those words or null',
      none: 'not said in the Italian (omitted, or a pronoun or ellipsis)',
      name: 'a proper name the eval takes for a content word (sentence-initial); it: the name or null',
    },
    pairs,
  }
}

/** The gold file's text: one line per labelled word, so a diff shows each label changed. */
function serialise(gold) {
  const pairs = gold.pairs.map(({ words: labels, ...pair }) => {
    const head = JSON.stringify(pair, null, 2).replace(/\n}$/, '').replace(/\n/g, '\n    ')
    const lines = labels.map((label) => `        ${JSON.stringify(label)}`)
    return `    ${head},\n      "words": [\n${lines.join(',\n')}\n      ]\n    }`
  })
  const head = JSON.stringify({ ...gold, pairs: [] }, null, 2).replace(/"pairs": \[\]\n}$/, '')
  return `${head}"pairs": [\n${pairs.join(',\n')}\n  ]\n}\n`
}

/** Reads the gold file, or throws an error that names it. */
export function readGold(path = goldPath) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`${path}: cannot read the gold file (${error.message})`)
  }
}

/** `show`: the pairs not labelled yet, `--per-story=N` places per story (default 6). */
function showCommand(args) {
  const perStory = Number(args.find((arg) => arg.startsWith('--per-story='))?.slice(12) ?? 6)
  const labelled = existsSync(goldPath)
    ? new Set(readGold().pairs.map((pair) => `${pair.story} ${pair.link}`))
    : new Set()
  const pairs = [
    ...proposal(sourcePairs(shared, 'ntrex-dev'), perStory),
    ...sourcePairs(shared, 'wire'),
  ].filter((pair) => !labelled.has(`${pair.story} ${pair.link}`))
  const [from = 0, to = pairs.length] = args.filter((arg) => !arg.startsWith('--')).map(Number)
  pairs.slice(from, to).forEach((pair, offset) => {
    console.log(`# ${from + offset}`)
    show(pair)
  })
}

/** The labels-file reference of Italian token `index`: its text, `@n` when not the first. */
function reference(index, tokens) {
  const text = tokens[index].toLowerCase()
  const nth = tokens.slice(0, index + 1).filter((token) => token.toLowerCase() === text).length
  return nth === 1 ? tokens[index] : `${tokens[index]}@${nth}`
}

/** `dump`: the gold labels as a labels file (`build` reads it back), each with its English word. */
function dumpCommand() {
  const all = pairsByKey(shared)
  for (const entry of readGold().pairs) {
    const pair = all.get(`${entry.source} ${entry.story} ${entry.link}`)
    if (!pair) {
      console.log(`# ${entry.source} ${entry.story} ${entry.link}: not in ../shared\n`)
      continue
    }
    const en = words(pair.en).map(({ word }) => word)
    const it = words(pair.it).map(({ word }) => word)
    console.log(`@ ${entry.source} ${entry.story} ${entry.link}`)
    for (const label of entry.words) {
      const italian = (label.it ?? []).map((index) => reference(index, it)).join(' ')
      console.log(`${label.en} ${italian} ${label.kind}  # ${en[label.en]}`)
    }
    console.log()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2)
  try {
    if (command === 'show') showCommand(args)
    else if (command === 'dump') dumpCommand()
    else if (command === 'build' && args[0]) {
      const pairs = build(args[0])
      writeFileSync(goldPath, serialise(goldFile(pairs)))
      const count = pairs.reduce((sum, pair) => sum + pair.words.length, 0)
      console.log(`${pairs.length} pairs, ${count} words → ${goldPath}`)
    } else {
      console.error('usage: label.mjs show [from] [to] [--per-story=N] | build <labels.txt> | dump')
      process.exitCode = 2
    }
  } catch (error) {
    console.error(`label.mjs: ${error.message}`)
    process.exitCode = 1
  }
}
