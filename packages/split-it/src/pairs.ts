/**
 * Pairing of quotation marks and brackets inside one segment.
 *
 * sentence-splitter's `PairMaker` knows `"` and brackets but not « », “ ”, ‘ ’ or „ “, and it
 * cannot be configured, so pairing lives here. Straight quotes and ’ are ambiguous (’ is also
 * the Italian apostrophe: `un’invasione`), so they are read by what stands on either side.
 * A mark left open at the end of a segment pairs with nothing: an unclosed quotation never
 * swallows the text after it.
 */

/** A matched pair: `openAt` is the index of the opening mark, `closeAt` of the closing one. */
export interface Pair {
  kind: 'quote' | 'bracket'
  open: string
  close: string
  openAt: number
  closeAt: number
  depth: number
}

interface Opener {
  kind: 'quote' | 'bracket'
  open: string
  /** Marks that may close it. */
  closers: string
  /** A straight quote: pending until closed, and the only kind a straight mark may close. */
  straight: boolean
  at: number
  /** Quotation marks open at or below this opener in the stack. */
  quotesBelow: number
  /** Brackets open at or below this opener in the stack. */
  bracketsBelow: number
}

const marks = /[«»“”‘’„‹›"'()[\]]/g
const letter = /\p{L}/u
const letterOrDigit = /[\p{L}\p{N}]/u
const space = /\s/
// Characters after which a straight quote opens rather than closes.
const openingContext = /[\s([{«“‘„‹—–-]/
// How far down the stack a closing mark looks for its opener: deeper nesting does not occur in
// prose, and the bound keeps pairing linear on adversarial input such as a megabyte of "(".
const searchDepth = 16

/** All matched quotation and bracket pairs of `text.slice(start, end)`, in order of opening. */
export function findPairs(text: string, start: number, end: number): Pair[] {
  const pairing = new Pairing()
  // The regex runs on the text cut at the segment's end (a slice, not a copy): on the whole text
  // it would read on past the segment to the next mark, the rest of the text on many short lines
  // without one, which made splitting quadratic.
  const upToEnd = text.slice(0, end)
  marks.lastIndex = start
  let match: RegExpExecArray | null
  while ((match = marks.exec(upToEnd))) {
    const at = match.index
    const mark = match[0]
    const before = at > start ? (text[at - 1] as string) : ''
    const after = at + 1 < end ? (text[at + 1] as string) : ''
    switch (mark) {
      case '«':
        pairing.open('quote', mark, '»', at)
        break
      case '‹':
        pairing.open('quote', mark, '›', at)
        break
      case '„':
        pairing.open('quote', mark, '“”"', at)
        break
      case '“':
        // „…“ is the German-style pair. A “ glued to the end of a word (`senza indugio“.`) is a
        // mistyped ” closing an open “, as Italian sites print it; otherwise “ opens.
        if (pairing.close(mark, at, '„')) break
        if (endsWord(before, after) && pairing.close(mark, at, '“')) break
        pairing.open('quote', mark, '”"', at)
        break
      case '‘':
        pairing.open('quote', mark, '’', at)
        break
      case '(':
        pairing.open('bracket', mark, ')', at)
        break
      case '[':
        pairing.open('bracket', mark, ']', at)
        break
      case '’':
        // Between two letters it is an apostrophe (un’invasione, dell’ONU).
        if (!(letter.test(before) && letter.test(after))) pairing.close(mark, at)
        break
      case "'":
        // Inside a word it is an apostrophe (l'art., dell'ONU).
        if (!(letterOrDigit.test(before) && letterOrDigit.test(after))) {
          pairing.straight(mark, at, before, after)
        }
        break
      case '"':
        // `“…"`: a straight quote at the end of a word closes an open “ or „ when no straight
        // quote is pending, as text that went through a CMS or a word processor prints it.
        if (!pairing.pendingStraight(mark) && endsWord(before, after) && pairing.closeCurly(at))
          break
        pairing.straight(mark, at, before, after)
        break
      default:
        // » › ” ) ]
        pairing.close(mark, at)
    }
  }
  return pairing.pairs.sort((a, b) => a.openAt - b.openAt)
}

/** Whether a mark between `before` and `after` stands at the end of a word, where marks close. */
function endsWord(before: string, after: string): boolean {
  return (
    before !== '' &&
    !space.test(before) &&
    !openingContext.test(before) &&
    (after === '' || !letterOrDigit.test(after))
  )
}

class Pairing {
  readonly pairs: Pair[] = []
  private readonly stack: Opener[] = []
  // Open straight quotes by mark, so that a pending one is found without a stack walk.
  private readonly pending = new Map<string, number>()

  open(kind: Opener['kind'], open: string, closers: string, at: number): void {
    const top = this.stack.at(-1)
    const quotesBelow = (top?.quotesBelow ?? 0) + (kind === 'quote' ? 1 : 0)
    const bracketsBelow = (top?.bracketsBelow ?? 0) + (kind === 'bracket' ? 1 : 0)
    const straight = open === '"' || open === "'"
    this.stack.push({ kind, open, closers, straight, at, quotesBelow, bracketsBelow })
    if (straight) this.pending.set(open, (this.pending.get(open) ?? 0) + 1)
  }

  /**
   * Close the innermost opener that `mark` closes (or, with `only`, the innermost `only`
   * opener), dropping the unclosed openers inside it. Returns whether a pair was made.
   */
  close(mark: string, at: number, only?: string): boolean {
    const lowest = Math.max(0, this.stack.length - searchDepth)
    for (let index = this.stack.length - 1; index >= lowest; index--) {
      const opener = this.stack[index] as Opener
      if (only === undefined ? opener.closers.includes(mark) : opener.open === only) {
        for (let drop = index; drop < this.stack.length; drop++) {
          const dropped = this.stack[drop] as Opener
          if (dropped.straight) {
            this.pending.set(dropped.open, (this.pending.get(dropped.open) ?? 1) - 1)
          }
        }
        this.stack.length = index
        this.pairs.push({
          kind: opener.kind,
          open: opener.open,
          close: mark,
          openAt: opener.at,
          closeAt: at,
          depth: (opener.kind === 'quote' ? opener.quotesBelow : opener.bracketsBelow) - 1,
        })
        return true
      }
    }
    return false
  }

  /** Whether a straight quote `mark` is open. */
  pendingStraight(mark: string): boolean {
    return (this.pending.get(mark) ?? 0) > 0
  }

  /** Close the innermost open “ or „ with a straight `"` at `at`, if the top quote is one. */
  closeCurly(at: number): boolean {
    const lowest = Math.max(0, this.stack.length - searchDepth)
    for (let index = this.stack.length - 1; index >= lowest; index--) {
      const opener = this.stack[index] as Opener
      if (opener.kind !== 'quote') continue
      // Only the innermost quotation: a `"` never closes a “ across an open « or ‘.
      return (opener.open === '“' || opener.open === '„') && this.close('"', at, opener.open)
    }
    return false
  }

  /** A straight quote closes the pending one of its kind, or opens where a quote can open. */
  straight(mark: string, at: number, before: string, after: string): void {
    const opensHere =
      (before === '' || openingContext.test(before)) && after !== '' && !space.test(after)
    // A straight quote that opens after a space, glued to the next word, is a nested quotation
    // ('…' inside "…", and "…" inside "…" as Italian copy prints a quoted sentence that quotes:
    // `"Quando il governo dirà, "O.K., …", potremo …"`), not a closer: a closing mark is glued
    // to the word before it.
    const nestedOpen = opensHere && before !== ''
    if ((this.pending.get(mark) ?? 0) > 0 && !nestedOpen && this.close(mark, at, mark)) return
    // `"…”`: a straight opening quote may be closed by a curly one (see `closeCurly`).
    if (opensHere) this.open('quote', mark, mark === '"' ? '"”' : mark, at)
  }
}
