import { readFileSync } from 'node:fs'
import Ajv from 'ajv'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'

const schema = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8'))
// `id` is the concept's id, never a language (Indonesian terms go under `id-ID`).
const validate = new Ajv({ allErrors: true }).compile(schema)
const yaml = (path: URL) => parse(readFileSync(path, 'utf8'))

describe('schema.json', () => {
  it('accepts the project term base and the test fixtures', () => {
    for (const path of [
      new URL('../../../glossary/fonte.glossary.yaml', import.meta.url),
      new URL('fixtures/termbases/house.yaml', import.meta.url),
    ]) {
      expect(validate(yaml(path)), JSON.stringify(validate.errors)).toBe(true)
    }
  })

  it('rejects what the loader rejects', () => {
    expect(validate(yaml(new URL('fixtures/termbases/bad-status.yaml', import.meta.url)))).toBe(
      false,
    )
    expect(validate({ concepts: [{ id: 'x', colour: 'red' }] })).toBe(false)
    expect(validate({ concepts: [{ note: 'no id' }] })).toBe(false)
  })
})
