// The aligner asks for the same words' keys, skeletons and translations again and again (every
// sentence of every article of a run reads the same news vocabulary); a look-up is kept, and a
// table that reaches its limit starts again rather than growing without bound.

/** A function of a string key whose answers are kept, up to `limit` keys at a time. */
export function remembered<Value>(
  limit: number,
  compute: (key: string) => Value,
): (key: string) => Value {
  const table = new Map<string, Value>()
  return (key) => {
    let value = table.get(key)
    if (value === undefined) {
      if (table.size >= limit) table.clear()
      value = compute(key)
      table.set(key, value)
    }
    return value
  }
}
