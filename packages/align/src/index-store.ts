import { argumentError, checkString, described } from './arguments.js'

/** One English text in an index: where it was read, and its text as read. */
export interface IndexedDocument {
  /** The file (or feed item) the text was read from. */
  file: string
  /** The text as read, so that offsets into it are offsets into the file. */
  text: string
}

/** One English sentence in an index. */
export interface IndexedSentence {
  /** The document it belongs to (an index into the store's documents). */
  document: number
  /** UTF-16 offsets of the sentence in its document's text; `end` is exclusive. */
  start: number
  end: number
  /** Its lexical keys, as key ids of the store. */
  keys: Int32Array
}

/**
 * Where an `EnglishIndex` keeps its documents, sentences and postings. The in-memory store is
 * the one fonte ships; a database backend implements the same few calls.
 */
export interface IndexStore {
  /** How many documents are stored. */
  readonly documentCount: number
  /** How many sentences are stored. */
  readonly sentenceCount: number
  /** How many distinct keys are stored. */
  readonly keyCount: number
  /** A document by id (0-based, in the order added). */
  document(id: number): IndexedDocument
  /** The sentence ids of a document: `[first, end)`, in document order. */
  documentSentences(id: number): readonly [first: number, end: number]
  /** A sentence by id (0-based, in the order added). */
  sentence(id: number): IndexedSentence
  /** The id of a key, or `undefined` when no sentence has it. */
  keyId(key: string): number | undefined
  /** The key of an id. */
  key(id: number): string
  /** The sentences that have a key, by id, ascending. */
  postings(keyId: number): ArrayLike<number>
  /**
   * Add a document and its sentences (offsets into `document.text`, each with its keys).
   *
   * @returns The document's id.
   */
  add(
    document: IndexedDocument,
    sentences: ReadonlyArray<{ start: number; end: number; keys: readonly string[] }>,
  ): number
}

/** An `IndexStore` in memory: arrays of documents and sentences, and a postings list per key. */
export class MemoryIndexStore implements IndexStore {
  private readonly documents: IndexedDocument[] = []
  private readonly documentRanges: Array<readonly [number, number]> = []
  private readonly sentences: IndexedSentence[] = []
  private readonly keys: string[] = []
  private readonly keyIds = new Map<string, number>()
  private readonly lists: number[][] = []

  get documentCount(): number {
    return this.documents.length
  }

  get sentenceCount(): number {
    return this.sentences.length
  }

  get keyCount(): number {
    return this.keys.length
  }

  document(id: number): IndexedDocument {
    const document = this.documents[id]
    if (!document) throw new RangeError(`no document ${id} in the index`)
    return document
  }

  documentSentences(id: number): readonly [number, number] {
    const range = this.documentRanges[id]
    if (!range) throw new RangeError(`no document ${id} in the index`)
    return range
  }

  sentence(id: number): IndexedSentence {
    const sentence = this.sentences[id]
    if (!sentence) throw new RangeError(`no sentence ${id} in the index`)
    return sentence
  }

  keyId(key: string): number | undefined {
    return this.keyIds.get(key)
  }

  key(id: number): string {
    return this.keys[id] as string
  }

  postings(keyId: number): ArrayLike<number> {
    return this.lists[keyId] ?? []
  }

  add(
    document: IndexedDocument,
    sentences: ReadonlyArray<{ start: number; end: number; keys: readonly string[] }>,
  ): number {
    const id = this.documents.length
    this.documents.push({ file: document.file, text: document.text })
    const first = this.sentences.length
    for (const { start, end, keys } of sentences) {
      this.addSentence(
        id,
        start,
        end,
        keys.map((key) => this.intern(key)),
      )
    }
    this.documentRanges.push([first, this.sentences.length])
    return id
  }

  /** Add a sentence whose keys are already ids of this store (loading a serialised index). */
  addSentence(document: number, start: number, end: number, keyIds: readonly number[]): void {
    const id = this.sentences.length
    const unique = Int32Array.from(new Set(keyIds)).sort()
    this.sentences.push({ document, start, end, keys: unique })
    for (const keyId of unique) (this.lists[keyId] as number[]).push(id)
  }

  /** The id of a key, made when new. */
  intern(key: string): number {
    let id = this.keyIds.get(key)
    if (id === undefined) {
      id = this.keys.length
      this.keys.push(key)
      this.keyIds.set(key, id)
      this.lists.push([])
    }
    return id
  }

  /** Start a document whose sentences come through `addSentence`; close it with `endDocument`. */
  startDocument(document: IndexedDocument): number {
    this.documents.push({ file: document.file, text: document.text })
    this.documentRanges.push([this.sentences.length, this.sentences.length])
    return this.documents.length - 1
  }

  /** Close the document `startDocument` opened. */
  endDocument(id: number): void {
    const [first] = this.documentSentences(id)
    this.documentRanges[id] = [first, this.sentences.length]
  }
}

/** The first line of a serialised index; the number is the format's version. */
export const indexFormatHeader = 'fonte-english-index'
/** The version of the serialised format this code writes and reads. */
export const indexFormatVersion = 1

/** A serialised index that cannot be read: not an index, another version, or damaged. */
export class IndexFormatError extends Error {
  /**
   * @param message - What is wrong.
   * @param options - The underlying error, as `cause` (optional).
   */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'IndexFormatError'
  }
}

interface SerialisedIndex {
  settings: Record<string, unknown>
  keys: string[]
  documents: Array<{ file: string; text: string; sentences: number[][] }>
}

/**
 * Write a store as text: the header line `fonte-english-index 1`, then one line of JSON with
 * the settings the keys were made with, the keys, and each document with its text and its
 * sentences (`[start, end, ...key ids]`).
 *
 * @param store - The store.
 * @param settings - How the keys were made (shown by `readIndexStore`; optional).
 */
export function serialiseIndexStore(
  store: IndexStore,
  settings: Record<string, unknown> = {},
): string {
  if (typeof store !== 'object' || store === null || typeof store.key !== 'function')
    throw argumentError('serialiseIndexStore', 'store', 'an IndexStore', described(store))
  const keys = Array.from({ length: store.keyCount }, (_, id) => store.key(id))
  const documents = Array.from({ length: store.documentCount }, (_, id) => {
    const { file, text } = store.document(id)
    const [first, end] = store.documentSentences(id)
    const sentences: number[][] = []
    for (let sentenceId = first; sentenceId < end; sentenceId++) {
      const sentence = store.sentence(sentenceId)
      sentences.push([sentence.start, sentence.end, ...sentence.keys])
    }
    return { file, text, sentences }
  })
  const body: SerialisedIndex = { settings, keys, documents }
  return `${indexFormatHeader} ${indexFormatVersion}\n${JSON.stringify(body)}\n`
}

/**
 * Read a serialised index into a `MemoryIndexStore`.
 *
 * @param text - What `serialiseIndexStore` wrote.
 * @returns The store, and the settings its keys were made with.
 * @throws {IndexFormatError} When the text is not an index of this version, or is damaged.
 */
export function readIndexStore(text: string): {
  store: MemoryIndexStore
  settings: Record<string, unknown>
} {
  checkString('readIndexStore', 'text', text)
  const body = parseIndex(text)
  const store = new MemoryIndexStore()
  for (const key of body.keys) store.intern(String(key))
  for (const document of body.documents) {
    checkDocument(document, store.keyCount)
    const id = store.startDocument(document)
    for (const [start, end, ...keyIds] of document.sentences ?? []) {
      store.addSentence(id, start as number, end as number, keyIds)
    }
    store.endDocument(id)
  }
  return { store, settings: body.settings ?? {} }
}

/**
 * The documents of a serialised index, each `{file, text}` as it was read when indexed, checked
 * as `readIndexStore` checks them but without building the store: for a caller that reads the
 * stories again (`fonte report --en wire.index`), a tenth of the CPU of `readIndexStore`
 * (1,900 sentences: ~12 against ~120 ms in a fresh process).
 *
 * @param text - What `serialiseIndexStore` wrote.
 * @throws {IndexFormatError} When the text is not an index of this version, or is damaged.
 */
export function readIndexedDocuments(text: string): IndexedDocument[] {
  checkString('readIndexedDocuments', 'text', text)
  const body = parseIndex(text)
  return body.documents.map((document) => {
    checkDocument(document, body.keys.length)
    return { file: document.file, text: document.text }
  })
}

/** The body of a serialised index, its header and shape checked. */
function parseIndex(text: string): SerialisedIndex {
  const newline = text.indexOf('\n')
  const header = newline < 0 ? text : text.slice(0, newline)
  const match = /^fonte-english-index (\d+)$/.exec(header.trim())
  if (!match) throw new IndexFormatError('not a fonte index (no `fonte-english-index` header)')
  if (Number(match[1]) !== indexFormatVersion) {
    throw new IndexFormatError(
      `index format version ${match[1]} is not supported (this fonte reads version ${indexFormatVersion}): rebuild it with \`fonte index\``,
    )
  }
  let body: SerialisedIndex
  try {
    body = JSON.parse(text.slice(newline + 1)) as SerialisedIndex
  } catch (error) {
    throw new IndexFormatError('the index is damaged (its body is not JSON): rebuild it', {
      cause: error,
    })
  }
  if (!Array.isArray(body?.keys) || !Array.isArray(body.documents)) {
    throw new IndexFormatError('the index is damaged (no keys or documents): rebuild it')
  }
  return body
}

/**
 * Checks a serialised document: a file and a text, and sentences within the text whose key ids
 * are below `keyCount`.
 */
function checkDocument(document: SerialisedIndex['documents'][number], keyCount: number): void {
  if (typeof document?.file !== 'string' || typeof document.text !== 'string') {
    throw new IndexFormatError('the index is damaged (a document without file or text)')
  }
  if (document.sentences !== undefined && !Array.isArray(document.sentences)) {
    throw new IndexFormatError(
      `the index is damaged (the sentences of \`${document.file}\` are not a list)`,
    )
  }
  for (const sentence of document.sentences ?? []) {
    if (!isSentenceOf(sentence, document.text.length, keyCount)) {
      throw new IndexFormatError(
        `the index is damaged (a sentence of \`${document.file}\` is out of range)`,
      )
    }
  }
}

/**
 * Whether a serialised sentence, `[start, end, ...key ids]`, lies within a text of `length` and
 * has key ids below `keyCount` (read in place: an index holds thousands of sentences).
 */
function isSentenceOf(sentence: unknown, length: number, keyCount: number): boolean {
  if (!Array.isArray(sentence)) return false
  const [start, end] = sentence as unknown[]
  if (!Number.isInteger(start) || !Number.isInteger(end)) return false
  if ((start as number) < 0 || (start as number) > (end as number) || (end as number) > length)
    return false
  for (let at = 2; at < sentence.length; at++) {
    const keyId = sentence[at] as unknown
    if (!Number.isInteger(keyId) || (keyId as number) < 0 || (keyId as number) >= keyCount)
      return false
  }
  return true
}
