import { defineProject } from 'vitest/config'

export default defineProject({
  // textlint-tester writes its cases with the global `describe` and `it` (mocha's), read when it
  // is imported: vitest's globals make each row a vitest test.
  test: { name: 'textlint-rule-fonte', globals: true },
})
