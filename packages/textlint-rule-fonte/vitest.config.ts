import { defineProject } from 'vitest/config'

export default defineProject({
  test: { name: 'textlint-rule-fonte' },
})
